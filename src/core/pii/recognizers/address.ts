// Addresses after a label (nơi thường trú, địa chỉ, nơi cư trú, trú tại, quê quán, nơi sinh...).
// The value runs over house numbers, address words (số, ngõ, thôn, xã, phường, huyện, tỉnh...) and
// capitalized place names, and stops at the next label, a sentence end or ordinary words ("đến nộp").
import type { Recognizer, Tokens, Verdict } from '../types.ts';
import { catalogLabels } from '../catalog-labels.ts';
import { TOKEN_HAS_DIGIT, TOKEN_UPPER_START, foldedHash, isLowerCode, wordHash } from '../scan.ts';
import { IntTable } from '../int-table.ts';
import { LL, codeAt, inLL, isSpace } from '../charclass.ts';

// After the label: an optional qualifier ending in ':' ("Địa chỉ chủ xe: ...", "Địa chỉ (ghi rõ số nhà):"), then the value.
const AFTER_LABEL =
  new RegExp(String.raw`(?:[ \t]*[${LL}]+(?:[ \t]+[${LL}]+){0,3}[ \t]*:|[ \t]*\([^)\n]{0,60}\)[ \t]*:?)?[ \t]*(?:[:：\-–][ \t]*)?(?:\r?\n[ \t]*)?(?<v>[^\s,;|][^\n;|]{0,240})`, 'y');

function skipBlanks(text: string, p: number): number {
  for (let c = codeAt(text, p); c === 32 || c === 9; c = codeAt(text, ++p));
  return p;
}

/**
 * The `v` group at `s` ([^\s,;|][^\n;|]{0,240}): its end, or -1. The first '\n', ';' or '|' ends
 * it: the engine's scanner recorded where they are; without it (a test), they are searched for.
 */
function valueFrom(text: string, s: number, sc: Tokens | null): number {
  if (s >= text.length) return -1;
  const c = text.charCodeAt(s);
  if (isSpace(c) || c === 44 || c === 59 || c === 124) return -1;
  const stop = sc !== null ? sc.breakFrom(s) : Math.min(nextOf(text, '\n', s), nextOf(text, ';', s), nextOf(text, '|', s));
  return stop < s + 241 ? stop : s + 241;
}

/** The next `c` at or after `s`, or the text length. */
function nextOf(text: string, c: string, s: number): number {
  const i = text.indexOf(c, s);
  return i < 0 ? text.length : i;
}

/** (?:\r?\n[ \t]*)? then the value, at `p`: its end, or -1; its start in found. */
function valueAfterBreak(text: string, p: number, found: { valueStart: number }, sc: Tokens | null): number {
  const c = codeAt(text, p);
  if (c === 10 || (c === 13 && codeAt(text, p + 1) === 10)) {
    const s = skipBlanks(text, p + (c === 13 ? 2 : 1));
    const end = valueFrom(text, s, sc);
    if (end >= 0) {
      found.valueStart = s;
      return end;
    }
    return -1; // (without the line break, the value would start at '\r' or '\n': a space)
  }
  const end = valueFrom(text, p, sc);
  if (end >= 0) found.valueStart = p;
  return end;
}

/** What follows the qualifier: [ \t]*, an optional separator and [ \t]*, an optional line break, the value. */
function separatorAndValue(text: string, pos: number, found: { valueStart: number }, sc: Tokens | null): number {
  const p = skipBlanks(text, pos);
  const c = codeAt(text, p);
  if (c === 58 || c === 0xff1a || c === 45 || c === 0x2013) {
    const end = valueAfterBreak(text, skipBlanks(text, p + 1), found, sc);
    if (end >= 0) return end;
  }
  // (giving back blanks never helps: the value cannot start with one)
  return valueAfterBreak(text, p, found, sc);
}

/**
 * AFTER_LABEL, hand-written (the regex with its backtracking: a qualifier of lower-case words ending
 * in ':', else one in parentheses, else none): the end, or -1; the start of `v` in found.
 */
function scanAfterLabel(text: string, pos: number, found: { valueStart: number }, tokens?: Tokens): number {
  const sc = tokens ?? null;
  // (every branch starts with [ \t]*: the blanks are skipped once)
  const start = skipBlanks(text, pos);
  // [ \t]*[LL]+(?:[ \t]+[LL]+){0,3}[ \t]*: (only whole words can be followed by blanks or ':')
  let p = start;
  for (let w = 0; w < 4; w++) {
    const s = p;
    while (inLL(codeAt(text, p))) p++;
    if (p === s) break;
    const q = skipBlanks(text, p);
    if (codeAt(text, q) === 58) {
      const end = separatorAndValue(text, q + 1, found, sc);
      if (end >= 0) return end;
      break;
    }
    if (q === p) break;
    p = q;
  }
  // [ \t]*\([^)\n]{0,60}\)[ \t]*:?
  p = start;
  if (codeAt(text, p) === 40) {
    let q = p + 1;
    const stop = Math.min(q + 60, text.length);
    while (q < stop) {
      const c = text.charCodeAt(q);
      if (c === 41 || c === 10) break;
      q++;
    }
    if (codeAt(text, q) === 41) {
      q = skipBlanks(text, q + 1);
      if (codeAt(text, q) === 58) {
        const end = separatorAndValue(text, q + 1, found, sc);
        if (end >= 0) return end;
      }
      const end = separatorAndValue(text, q, found, sc);
      if (end >= 0) return end;
    }
  }
  return separatorAndValue(text, start, found, sc);
}

const KEYWORDS = new Set(
  `so sn ngo ngach hem kiet duong pho thon xom ap ban to khu kp phuong xa thi tran tt quan huyen tx thanh tp tinh
   khom buon lang cum lo can ho chung cu toa tang nha km ql dan tdp kdt do khoi doi day lien p q h x ktx vn kv vuc
   phong lau block village ward district province city street road commune hamlet quoc lo tieu benh vien tram y te
   khoa san sinh trung tam`.split(/\s+/),
);
const ABBREVIATIONS = new Set(['tp', 'p', 'q', 'x', 'h', 'tx', 'tt', 'kp', 'ng', 'st', 't', 'tdp', 'kdt', 'f', 'đ', 'd', 'tx.']);
// Ordinary words that end an address written all in lower case ("...huyen dong anh den nop ho so").
const LOWER_STOP = new Set(
  'den nop va la co da theo duoc khong hien nay voi cung de xin nhu cua nhung trong luc vao ma thi roi neu tren duoi ghi hoac'.split(' '),
);

const enum Flag {
  /** Tokens.tFlags: the word has a decomposed mark (scan.ts's F.HAS_MARK; a test holds the two together). */
  HAS_MARK = 16,
}

const WEB = /@|:\/\/|^www\.|\.(?:vn|com|net|org|gov|edu|info)(?:\.|$)/i;

// The word lists by the hash of their folded spelling (words are looked up in place, without slicing).
const hashes = (words: Iterable<string>): IntTable => new IntTable([...new Set([...words].map(wordHash))].map((h) => [h, 1] as const));
const KEYWORD_HASHES = hashes(KEYWORDS);
const ABBREVIATION_HASHES = hashes(ABBREVIATIONS);
const LOWER_STOP_HASHES = hashes(LOWER_STOP);

// What the token loop tells apart among ASCII characters (one table read per character): the
// characters ending a token (' ', '\t', ',', ';', '|', '\n', '('), digits, '@', and '.' or ':'.
const WORD_CHAR = 0, TOKEN_END = 1, DIGIT = 2, AT = 3, DOT_OR_COLON = 4;
const TOKEN_CLASS = new Uint8Array(128);
for (const c of ' \t,;|\n(') TOKEN_CLASS[c.charCodeAt(0)] = TOKEN_END;
for (let c = 48; c <= 57; c++) TOKEN_CLASS[c] = DIGIT;
TOKEN_CLASS[64] = AT;
TOKEN_CLASS[46] = DOT_OR_COLON;
TOKEN_CLASS[58] = DOT_OR_COLON;

const NO_WORDS = new Int32Array(0);
const NO_FLAGS = new Uint8Array(0);

/**
 * The verdict the validator returns (a score and a narrowed end), reused: the engine reads it right
 * after the call and keeps nothing of it, so no object is allocated per address.
 */
const verdict = { score: 0, end: 0 };

/** The validator walks at most this many tokens of a value. */
const MAX_TOKENS = 40;

export const address: Recognizer = {
  type: 'address',
  class: 'basic',
  patterns: [],
  afterLabel: [{ re: AFTER_LABEL, scan: scanAfterLabel }],
  context: [
    ...new Set([
      'noi thuong tru', 'thuong tru', 'thuong tru tai', 'dia chi thuong tru', 'ho khau thuong tru', 'hktt', 'noi cu tru',
      'cu tru tai', 'hien cu tru tai', 'noi o hien tai', 'noi o hien nay', 'cho o hien nay', 'cho o hien tai', 'noi o',
      'dia chi', 'dia chi lien he', 'dia chi lien lac', 'dia chi cu tru', 'dia chi nha', 'dia chi hien tai', 'tru tai',
      'hien tru tai', 'tam tru', 'noi tam tru', 'tam tru tai', 'dia chi tam tru', 'que quan', 'nguyen quan', 'noi sinh',
      'noi dang ky khai sinh', 'place of residence', 'place of origin', 'place of birth', 'address', 'noi chet',
      'sinh song tai', 'dang sinh song tai', 'hien song tai', 'song tai', 'o tai', 'hien o', 'hien o tai', 'dia chi nhan ket qua',
      'dia chi gui ket qua', 'dia chi noi o', 'noi dang ky thuong tru', 'noi dang ky tam tru', 'cu ngu tai',
      ...catalogLabels('address'),
    ]),
  ],
  baseScore: 0.9,
  guarded: false,
  validate(_match, text, ctx): Verdict {
    const limit = ctx.end;
    // A text typed all in lower case has no capitals to tell place names from ordinary words.
    let lowerMode: boolean | undefined;
    let lastGood = -1;
    // Start of the first strong label at or after `pos` (limit: none), searched again only once passed.
    let nextLabel = -1;
    // (module-level table copied to a local: one load instead of one per character)
    const tokenClass = TOKEN_CLASS;
    // The scanner's words (absent from contexts built by hand): a word of letters that a token end
    // follows is one of the walk's tokens, read without its characters, its folded hash reused.
    const words = ctx.tokens;
    const nWords = words === undefined ? 0 : words.n;
    let w = words === undefined ? 0 : words.tokenAt(ctx.start);
    const wStart = words === undefined ? NO_WORDS : words.tStart;
    const wEnd = words === undefined ? NO_WORDS : words.tEnd;
    const wHash = words === undefined ? NO_WORDS : words.tHash;
    const wFlags = words === undefined ? NO_FLAGS : words.tFlags;
    // The tokens, read as the walk goes (it usually stops early): separators (' ' '\t' ',' '-' '–' '/')
    // skipped, a '(' at a token start or the MAX_TOKENS-th token ends the walk.
    let p = ctx.start;
    for (let n = 0; n < MAX_TOKENS; n++) {
      let c = 0;
      for (; p < limit; p++) {
        c = text.charCodeAt(p);
        if (!(c === 32 || c === 9 || c === 44 || c === 45 || c === 0x2013 || c === 47)) break;
      }
      if (p >= limit || c === 40) break;
      const pos = p;
      let digits = 0;
      let marks = 0;
      /** Folded hash of the token when the scanner's word is the whole token, else -1. */
      let hash = -1;
      while (w < nWords && wStart[w]! < pos) w++;
      let wordEnd = -1;
      let after = -1;
      if (w < nWords && wStart[w] === pos && (wFlags[w]! & TOKEN_HAS_DIGIT) === 0) {
        // (every character of a word of letters and marks is a word character here)
        const e = wEnd[w]!;
        after = e < limit ? text.charCodeAt(e) : -1;
        if (e === limit || (after >= 0 && after < 128 && tokenClass[after] === TOKEN_END)) wordEnd = e;
      }
      if (wordEnd >= 0) {
        p = wordEnd;
        // the scanner's hash leaves decomposed marks out, foldedHash() keeps them
        if ((wFlags[w]! & Flag.HAS_MARK) === 0) hash = wHash[w]!;
      } else {
        for (; p < limit; p++) {
          const e = text.charCodeAt(p);
          // Letters ('A' and above, but '|') are word characters: no table read for most characters.
          if (e > 64 && e !== 124) continue;
          const k = tokenClass[e]!;
          if (k === WORD_CHAR) continue;
          if (k === TOKEN_END) break;
          if (k === DIGIT) digits++;
          else marks |= k === AT ? 1 : 2;
        }
      }
      let end = p;
      if (nextLabel < pos) {
        nextLabel = ctx.labelStartIn(pos, limit);
        if (nextLabel < 0) nextLabel = limit;
      }
      if (nextLabel === pos) break; // a label starts here
      if (wordEnd >= 0) {
        // The scanner's word of letters (the usual token): it ends in a letter or a mark (no '.' or
        // ':'), holds no digit or '@', and its flags say whether it is capitalized.
        if ((wFlags[w]! & TOKEN_UPPER_START) === 0) {
          const fw = hash >= 0 ? hash : foldedHash(text, pos, end);
          lowerMode ??= !ctx.hasUpper;
          if (KEYWORD_HASHES.get(fw) !== 0) continue;
          if (!lowerMode || LOWER_STOP_HASHES.get(fw) !== 0) break;
        }
        lastGood = end;
        if (after === 32) p++; // (the usual space after it: already read)
        continue;
      }
      let sentenceEnd = false;
      const last = text.charCodeAt(end - 1);
      if (last === 46 || last === 58) {
        // "TP." and "12." continue; "Nội." and "quán:" end the address
        sentenceEnd = last === 58 || !(digits > 0 || ABBREVIATION_HASHES.get(foldedHash(text, pos, end - 1)) !== 0);
        if (sentenceEnd) end--;
      }
      if (end <= pos) break;
      // A web or mail address is not a postal one (WEB needs a '.' or a ':' besides an '@').
      if ((marks & 1) !== 0 || (end - pos > 4 && marks === 2 && WEB.test(text.slice(pos, end)))) break;
      // Address words ("số", "thôn", "phường") alone do not end an address: a name or number must follow.
      let content: boolean;
      if (digits > 0) {
        if (digits > 6) break; // a phone or ID number, not a house number
        content = true;
      } else if (!isLowerCode(text.charCodeAt(pos))) content = true;
      else {
        const fw = hash >= 0 ? hash : foldedHash(text, pos, text.charCodeAt(end - 1) === 46 ? end - 1 : end);
        lowerMode ??= !ctx.hasUpper;
        if (KEYWORD_HASHES.get(fw) !== 0) content = false;
        else if (lowerMode && LOWER_STOP_HASHES.get(fw) === 0) content = true;
        else break;
      }
      if (content) lastGood = end;
      if (sentenceEnd) break;
    }
    if (lastGood < 0) return null;
    const v = verdict;
    v.score = this.baseScore;
    v.end = lastGood;
    return v;
  },

};
