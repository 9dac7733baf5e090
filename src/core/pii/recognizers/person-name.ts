// Person names: after a label (Họ và tên, Người yêu cầu, catalog person fields...), after an
// honorific (ông, bà, anh, chị, cháu...), or, without either, a surname followed by given-name
// syllables. Title or UPPER case, with or without diacritics; MRZ name lines too.
import type { Label, MatchContext, Recognizer, Tokens, Verdict } from '../types.ts';
import { catalogLabels } from '../catalog-labels.ts';
import { FOLD_TABLE } from '../fold.ts';
import { WORD_HASH_START, lexiconAt, surnameSpellings, wordHashInput, wordHashStepLower } from '../lexicon.ts';
import { TOKEN_HAS_DIGIT, TOKEN_HAS_LOWER, TOKEN_UPPER_START, isLetterCode, isLowerCode, isUpperCode } from '../scan.ts';
import { L, LL, LU, inL, inLL, inLU, isDigit, codeAt } from '../charclass.ts';

const WORD = String.raw`[${LU}](?:[${L}]|['’][${L}]){0,9}`;
const RUN = String.raw`${WORD}(?:[ \t]+${WORD}){0,6}`;
// After the label: an optional qualifier ending in ':' ("Họ và tên người nộp: ..."), then the name.
// (words are separated by required spaces so a word cannot be split in many ways while backtracking)
const QUALIFIER = String.raw`(?:[ \t]*[${L}]+(?:[ \t]+[${L}]+){0,3}[ \t]*:|[ \t]*\([^)\n]{0,60}\)[ \t]*:?)?`;
// Text typed all in lower case has lower-case names after labels (checked by the validator).
const LOWER_WORD = String.raw`[${LL}]{1,7}`;
const AFTER_LABEL = new RegExp(
  String.raw`${QUALIFIER}[ \t]*(?:[:：.\-–][ \t]*)?(?:\r?\n[ \t]*)?` +
    String.raw`(?<v>${RUN}|${LOWER_WORD}(?:[ \t]+${LOWER_WORD}){0,4})(?![${L}0-9])`,
  'y',
);

function hasUpper(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (isUpperCode(codeAt(text, i))) return true;
  return false;
}

// Tried only at capitalized words that fold to a surname; the validator checks the exact spelling.
const SURNAME_FIRST = new RegExp(String.raw`(?<![${L}0-9_])${WORD}(?:[ \t]+${WORD}){1,6}(?![${L}0-9])`, 'y');
const isQuote = (c: number): boolean => c === 39 || c === 0x2019;
const isBlank = (c: number): boolean => c === 32 || c === 9;

// wordsFrom's table of the code units below U+2000: one read gives what the matcher asks of a unit
// (a letter or mark, an upper-case letter, a lower-case letter as isLowerCode says) and the code
// unit the lexicon hashes for it (wordHashInput), instead of a table read for each.
const enum Table {
  SIZE = 0x2000,
}
const enum Char {
  HASHED = 0xffff,
  LETTER = 1 << 16,
  UPPER = 1 << 17,
  LOWER = 1 << 18,
  /** A lower-case letter as inLL says (LL). */
  LL = 1 << 19,
}
const NAME_CHAR = new Int32Array(Table.SIZE);
for (let c = 0; c < Table.SIZE; c++) {
  NAME_CHAR[c] = wordHashInput(c) | (inL(c) ? Char.LETTER : 0) | (inLU(c) ? Char.UPPER : 0) | (isLowerCode(c) ? Char.LOWER : 0) |
    (inLL(c) ? Char.LL : 0);
}

// The words of the last run wordsFrom() matched, for the validator, which the engine runs right after
// the matcher on the same match: where each word starts and ends, its lexicon hash, whether it is
// pure ASCII and whether it has a lower-case letter (so the validator does not read the words again).
const RUN_WORDS = 7;
const runStarts = new Int32Array(RUN_WORDS);
const runEnds = new Int32Array(RUN_WORDS);
const runHashes = new Int32Array(RUN_WORDS);
const runAscii = new Uint8Array(RUN_WORDS);
const runLower = new Uint8Array(RUN_WORDS);
/**
 * For a run wordsFromTokens() recorded (runHashed false): the scanner's folded hash of each word; the
 * lexicon hash and ASCII flag were then not computed (the validator reads what it needs), and the
 * lower-case flag is the token's (TOKEN_HAS_LOWER).
 */
const runFolded = new Int32Array(RUN_WORDS);
let runHashed = true;
/** The run: text length, start, end and number of words (0: no run recorded). */
let runLength = -1;
let runStart = -1;
let runEnd = -1;
let runCount = 0;
/** Words of a lower-case run lowerWordsFrom() recorded in the same arrays (runCount is then 0). */
let lowerCount = 0;

/**
 * A run of capitalized words (WORD, then [ \t]+ WORD up to seven words, ending before no letter or
 * digit) at `pos`, with the regex's backtracking: longer words and more words first; the run may
 * stop once it has `minWords` words. The end, or -1.
 * Only the longest WORD can be followed by blanks (a shorter one stops before a letter or a quote),
 * and a shorter one can only end the run before a quote-and-letter unit. So the words are read
 * forwards once: when the last one cannot end the run (a letter or digit follows it), the run ends
 * before its last quote-and-letter unit, or else after the word before it (blanks follow that one).
 */
function wordsFrom(text: string, pos: number, minWords: number): number {
  runCount = lowerCount = 0;
  const table = NAME_CHAR;
  let w = 0; // words read
  let p = pos;
  let e = pos; // end of the last word read
  let quoteAt = -1; // start of its last quote-and-letter unit
  for (;;) {
    const first = codeAt(text, p);
    const f = first < Table.SIZE ? table[first]! : 0;
    if ((f & Char.UPPER) === 0) break;
    let h = wordHashStepLower(WORD_HASH_START, f & Char.HASHED);
    let seen = 0; // the table entries of the units after the first, or-ed (for Char.LOWER)
    let codes = first; // every code unit of the word, or-ed (ASCII when at most 127)
    e = p + 1;
    quoteAt = -1;
    for (let units = 1; units < 10; units++) {
      const c = codeAt(text, e);
      const x = c < Table.SIZE ? table[c]! : 0;
      if ((x & Char.LETTER) !== 0) {
        h = wordHashStepLower(h, x & Char.HASHED);
        seen |= x;
        codes |= c;
        e++;
      } else if (isQuote(c) && inL(codeAt(text, e + 1))) {
        // (a quote is hashed as it is: lower case leaves it alone)
        const l = codeAt(text, e + 1);
        const y = table[l]!;
        h = wordHashStepLower(wordHashStepLower(h, c), y & Char.HASHED);
        seen |= y;
        codes |= c | l;
        quoteAt = e;
        e += 2;
      } else break;
    }
    runStarts[w] = p;
    runEnds[w] = e;
    runHashes[w] = h;
    runAscii[w] = codes <= 127 ? 1 : 0;
    runLower[w] = (seen & Char.LOWER) !== 0 ? 1 : 0;
    w++;
    if (w === RUN_WORDS) break;
    let q = e;
    while (isBlank(codeAt(text, q))) q++;
    if (q === e) break;
    p = q;
  }
  if (w >= minWords) {
    const c = codeAt(text, e);
    if (!(inL(c) || isDigit(c))) return recordRun(text, pos, e, w, true);
    if (quoteAt >= 0) return quoteAt; // before a quote, which is neither a letter nor a digit (the words are not recorded)
  }
  return w - 1 >= minWords ? recordRun(text, pos, runEnds[w - 2]!, w - 1, true) : -1;
}

/**
 * wordsFrom(text, pos, minWords) on the engine's tokens (`t`: the token at `pos`, or -1): a word of
 * the run is then a whole capitalized token of at most ten letters, taken by its bounds, and only the
 * characters between words are read. Any other case (a digit, a longer word, a quote or a letter the
 * scanner leaves out of tokens next to a word) is left to wordsFrom.
 */
function wordsFromTokens(text: string, pos: number, minWords: number, tokens: Tokens, at: number): number {
  const tStart = tokens.tStart, tEnd = tokens.tEnd, tFlags = tokens.tFlags, tHash = tokens.tHash, n = tokens.n;
  const table = NAME_CHAR;
  let t = at >= 0 ? at : tokens.tokenAt(pos);
  runCount = lowerCount = 0;
  let w = 0;
  let p = pos;
  let e = pos;
  for (;;) {
    if (t >= n || tStart[t] !== p) {
      // No token starts here: a capital can only be one the scanner leaves out of tokens.
      const c = codeAt(text, p);
      if (c < Table.SIZE && (table[c]! & Char.UPPER) !== 0) return wordsFrom(text, pos, minWords);
      break;
    }
    const f = tFlags[t]!;
    if ((f & TOKEN_UPPER_START) === 0) break; // (a capital below U+1F00 starts a token with TOKEN_UPPER_START)
    e = tEnd[t]!;
    if ((f & TOKEN_HAS_DIGIT) !== 0 || e - p > 10) return wordsFrom(text, pos, minWords);
    let c = codeAt(text, e);
    if (inL(c) || isQuote(c)) return wordsFrom(text, pos, minWords);
    runStarts[w] = p;
    runEnds[w] = e;
    runFolded[w] = tHash[t]!;
    runLower[w] = (f & TOKEN_HAS_LOWER) !== 0 ? 1 : 0;
    w++;
    t++;
    if (w === RUN_WORDS || !isBlank(c)) break;
    // (one blank before the next token: that token starts the next word, without reading it here)
    let q = e + 1;
    if (t >= n || tStart[t] !== q) while (isBlank(codeAt(text, q))) q++;
    p = q;
  }
  // (no letter or digit follows the last word: a token ends there, and no letter of class L)
  return w >= minWords ? recordRun(text, pos, e, w, false) : -1;
}

/** Records the run [start, end) of `words` words for the validator; returns its end. */
function recordRun(text: string, start: number, end: number, words: number, hashed: boolean): number {
  runHashed = hashed;
  runLength = text.length;
  runStart = start;
  runEnd = end;
  runCount = words;
  return end;
}

/** SURNAME_FIRST, hand-written: the end of the match at `pos`, or -1. */
function scanSurnameFirst(text: string, pos: number, _found: { valueStart: number }, tokens?: Tokens, t = -1): number {
  if (pos > 0) {
    const p = codeAt(text, pos - 1);
    if (inL(p) || isDigit(p) || p === 95) return -1;
  }
  return tokens !== undefined ? wordsFromTokens(text, pos, 2, tokens, t) : wordsFrom(text, pos, 2);
}

/**
 * LOWER_WORD(?:[ \t]+LOWER_WORD){0,4} at `pos`, ending before no letter or digit; the end, or -1.
 * A word shorter than its run of lower-case letters stops before a letter, so only whole runs (of
 * at most seven letters) can match: the regex's backtracking comes down to taking words while the
 * last one ends before no letter or digit. The words are recorded for the validator like a
 * capitalized run's (lowerCount).
 */
function lowerWordsFrom(text: string, pos: number): number {
  const table = NAME_CHAR;
  let end = -1;
  let p = pos;
  for (let w = 0; ; w++) {
    let h = WORD_HASH_START;
    let codes = 0;
    let e = p;
    for (; e < p + 7; e++) {
      const c = codeAt(text, e);
      const x = c < Table.SIZE ? table[c]! : 0;
      if ((x & Char.LL) === 0) break;
      h = wordHashStepLower(h, x & Char.HASHED);
      codes |= c;
    }
    if (e === p) break;
    const c = codeAt(text, e);
    if (inL(c) || isDigit(c)) break; // (no blank follows either)
    runStarts[w] = p;
    runEnds[w] = e;
    runHashes[w] = h;
    runAscii[w] = codes <= 127 ? 1 : 0;
    end = e;
    lowerCount = w + 1;
    if (w === 4) break;
    let q = e;
    while (isBlank(codeAt(text, q))) q++;
    if (q === e) break;
    p = q;
  }
  if (end >= 0) {
    runLength = text.length;
    runStart = pos;
    runEnd = end;
  }
  return end;
}

/** QUALIFIER's first form, [ \t]*[L]+(?:[ \t]+[L]+){0,3}[ \t]*: ; the end (after ':'), or -1. */
function qualifierWords(text: string, pos: number): number {
  let p = pos;
  while (isBlank(codeAt(text, p))) p++;
  for (let w = 0; w < 4; w++) {
    const s = p;
    while (inL(codeAt(text, p))) p++;
    if (p === s) return -1;
    let q = p;
    while (isBlank(codeAt(text, q))) q++;
    if (codeAt(text, q) === 58) return q + 1;
    if (q === p) return -1;
    p = q;
  }
  return -1;
}

/** QUALIFIER's second form, [ \t]*\([^)\n]{0,60}\)[ \t]*:? ; the end, or -1. */
function qualifierParen(text: string, pos: number): number {
  let p = pos;
  while (isBlank(codeAt(text, p))) p++;
  if (codeAt(text, p) !== 40) return -1;
  let q = p + 1;
  const limit = q + 60;
  const stop = Math.min(limit, text.length);
  while (q < stop) {
    const c = text.charCodeAt(q);
    if (c === 41 || c === 10) break; // ')', '\n'
    q++;
  }
  if (codeAt(text, q) !== 41) return -1;
  q++;
  while (isBlank(codeAt(text, q))) q++;
  return codeAt(text, q) === 58 ? q + 1 : q;
}

/**
 * The name after the separators at `pos` ([ \t]*, one of : ： . - –, a line break): its end, or -1;
 * its start in found. `at`: the token at `pos` when known, else -1.
 */
function nameAfter(text: string, pos: number, found: { valueStart: number }, tokens: Tokens | undefined, at: number): number {
  let p = pos;
  let c = codeAt(text, p);
  while (isBlank(c)) c = codeAt(text, ++p);
  if (c === 58 || c === 0xff1a || c === 46 || c === 45 || c === 0x2013) {
    c = codeAt(text, ++p);
    while (isBlank(c)) c = codeAt(text, ++p);
  }
  if (c === 10 || (c === 13 && codeAt(text, p + 1) === 10)) {
    p += c === 13 ? 2 : 1;
    while (isBlank(codeAt(text, p))) p++;
  }
  found.valueStart = p;
  const end = tokens !== undefined ? wordsFromTokens(text, p, 1, tokens, p === pos ? at : -1) : wordsFrom(text, p, 1);
  return end >= 0 ? end : lowerWordsFrom(text, p);
}

/**
 * qualifierWords(text, p) on the engine's tokens, `p` being at a letter: a word of the qualifier is
 * then a whole token, taken by its bounds, and only the characters between words are read. Any
 * other case (a digit in the token, a letter the scanner leaves out of tokens) is left to qualifierWords.
 */
function qualifierTokens(text: string, p: number, tokens: Tokens, at: number): number {
  const tStart = tokens.tStart, tEnd = tokens.tEnd, tFlags = tokens.tFlags, n = tokens.n;
  let t = at;
  let s = p;
  for (let w = 0; w < 4; w++, t++) {
    if (t >= n || tStart[t] !== s) return qualifierWords(text, p);
    // The letters stop at the token's digit, and no blank or ':' follows them there.
    if ((tFlags[t]! & TOKEN_HAS_DIGIT) !== 0) return -1;
    const e = tEnd[t]!;
    let c = codeAt(text, e);
    if (inL(c)) return qualifierWords(text, p);
    let q = e;
    while (isBlank(c)) c = codeAt(text, ++q);
    if (c === 58) return q + 1;
    if (q === e || !inL(c)) return -1;
    s = q;
  }
  return -1;
}

/** AFTER_LABEL, hand-written: with a qualifier of either form, then without one. */
function scanAfterLabel(text: string, pos: number, found: { valueStart: number }, tokens?: Tokens): number {
  // Both qualifiers and the name skip the same blanks first; then a qualifier of words starts with a
  // letter, one in parentheses with '(': at most one of them can be there.
  let p = pos;
  while (isBlank(codeAt(text, p))) p++;
  const c = codeAt(text, p);
  let q = -1;
  let t = -1; // the token at `p`, found for a qualifier of words (the name may start there too)
  if (inL(c)) {
    if (tokens !== undefined) q = qualifierTokens(text, p, tokens, (t = tokens.tokenAt(p)));
    else q = qualifierWords(text, p);
  } else if (c === 40) q = qualifierParen(text, p);
  if (q >= 0) {
    const end = nameAfter(text, q, found, tokens, -1);
    if (end >= 0) return end;
  }
  return nameAfter(text, p, found, tokens, t);
}

// MRZ line 3 of a chip ID card: SURNAME<<GIVEN<NAMES<<<<
const MRZ_NAME = /^[A-Z]{2,}(?:<[A-Z]+)*<<[A-Z]+(?:<[A-Z]+)*(?=<*\s*$)/my;

function isLetterOrQuote(c: number): boolean {
  return isLetterCode(c) || c === 39 || c === 0x2019;
}

/** End of the run of letters and quotes at `s`, before `e`. */
function lettersOrQuotesEnd(text: string, s: number, e: number): number {
  let i = s;
  while (i < e && isLetterOrQuote(codeAt(text, i))) i++;
  return i;
}

/** A score, with the narrowed end when the name stops before the match does. */
function cut(score: number, end: number, matchEnd: number): Verdict {
  return end === matchEnd ? score : { score, end };
}

/**
 * The guard of SURNAME_FIRST: a capitalized word follows, and the checks the validator makes first
 * on a run without label pass (the run opens with a surname and does not continue a name), run
 * before the pattern since most capitalized surnames are inside names or places ("Nguyễn Văn An").
 * When the pattern matches, its first word is exactly the run of letters and quotes at `pos`, so the
 * validator does not repeat these checks (the engine tries the pattern only where its guard passed).
 * Read on the engine's tokens: `t` is the token at `pos`, and the engine only calls this where token
 * t + 1 is capitalized and follows after one space or tab (capsNext).
 */
function mayOpenName(text: string, pos: number, engineTokens?: Tokens, t = -1): boolean {
  const tokens = engineTokens!; // (optional in Pattern.guard for guards that do not read them)
  knownText = '';
  // The word at `pos` is then token t, ending at a blank before a capital, unless a digit cuts it.
  const tFlags = tokens.tFlags;
  if ((tFlags[t]! & TOKEN_HAS_DIGIT) !== 0) return false;
  const i = tokens.tEnd[t]!;
  // Without a label, the validator rejects a run whose second word is a stop word or no given-name
  // syllable ("Hà Nội"): checked on that word as the pattern would read it (WORD, longest first: up
  // to ten units of a letter or a quote and a letter), when it stops before no letter or digit.
  // It is token t + 1 unless a digit or a long word cuts it (the run then stops before a letter or
  // digit) or a letter the scanner leaves out of words (U+1F00 to U+1FFF) or a quote and a letter
  // follows it (then read from the text, below).
  const s2 = i + 1;
  const e2 = tokens.tEnd[t + 1]!;
  const c = codeAt(text, e2);
  const second = (tFlags[t + 1]! & TOKEN_HAS_DIGIT) !== 0 || e2 - s2 > 10 ? 0 : inL(c) || (isQuote(c) && inL(codeAt(text, e2 + 1))) ? 1 : 2;
  // Token t + 1's folded hash rules most second words out without reading any text: checked first.
  if (second === 2 && !lexiconAt.mayBeNameSyllable(tokens.tHash[t + 1]!)) return false;
  // The exact spelling of the word at `pos`, which folds to a surname's: most that are no surname are
  // words of upper-case headings ("CHỦ NGHĨA", "TỜ KHAI"), which the place check below lets through.
  // (a blank ends the word at `pos`: it is also the run of letters and quotes there)
  lexiconAt.word(text, pos, i);
  if (!lexiconAt.isSurname()) return false;
  const stop = lexiconAt.isNameStop();
  // The word before, which rejects most of the rest (a street, a place), is mostly ruled in or out
  // on its token.
  if (!notAfterPlace(text, pos, tokens, t)) return false;
  if (continuesRunAt(text, pos, tokens, t)) return false;
  if (second === 1 && !secondWordMayFollow(text, s2)) return false;
  if (second === 2) {
    lexiconAt.word(text, s2, e2);
    if (lexiconAt.isNameStop() || !lexiconAt.isNameSyllable()) return false;
  }
  knownText = text;
  knownStart = pos;
  knownEnd = i;
  knownStop = stop;
  knownEnd2 = second === 2 ? e2 : -1;
  return true;
}

/**
 * One of mayOpenName's checks, the validator's most frequent rejection of a run without label: after
 * a place word or a house number ("86 Lê Thánh Tôn") the words name a street or a place. Made before
 * the pattern runs unless a person-name label ends within 30 characters before `pos` (then the
 * validator may accept the name as that label's before it looks at the previous word). When the
 * word before is neither, the validator of the match at `pos` is told so (prevClearAt).
 */
function notAfterPlace(text: string, pos: number, tokens: Tokens, t: number): boolean {
  prevClearText = '';
  const previous = previousMayBePlace(text, pos, tokens, t);
  if (previous === Previous.CLEAR) {
    prevClearText = text;
    prevClearAt = pos;
    return true;
  }
  if (previous === Previous.UNKNOWN) previousWord(text, pos);
  if (previous === Previous.TOKEN || !previousIsNumber(text)) {
    lexiconAt.word(text, prevStart, prevEnd);
    if (!lexiconAt.isPlaceOrOrgWord()) {
      prevClearText = text;
      prevClearAt = pos;
      return true;
    }
  }
  // (strong labels do not overlap: their ends come in text order too, so the last one ending at or
  // before `pos` is found by binary search; a backward walk from the last label would make long texts quadratic)
  const strong = tokens.strong;
  let lo = 0;
  let hi = tokens.strongCount;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (strong[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0; i--) {
    const l = strong[i]!;
    if (pos - l.end > 30) break;
    if (l.kind === 'person_name') return true;
  }
  return false;
}

// The words mayOpenName() last looked up (in knownText; '' when none): text[knownStart, knownEnd), a
// surname (a name syllable) and a stop word when knownStop, and when knownEnd2 >= 0, text[knownEnd +
// 1, knownEnd2), a name syllable and no stop word. The validator, which the engine runs right after,
// does not look them up again. Let go of in release().
let knownText = '';
let knownStart = -1;
let knownEnd = -1;
let knownStop = false;
let knownEnd2 = -1;

// The match position whose previous word notAfterPlace() found to be no place word and no number
// (in prevClearText; '' when none): the validator, which the engine runs right after, does not read
// it again. Let go of in release().
let prevClearText = '';
let prevClearAt = -1;

const enum Previous {
  /** The word before is no place word and no number. */
  CLEAR,
  /** The word before is token t - 1, no number, maybe a place word: in prevStart and prevEnd. */
  TOKEN,
  /** Unknown: previousWord() is to find it. */
  UNKNOWN,
}

/**
 * When the word previousWord() finds before `pos` is token t - 1 (only characters it skips between
 * them, a character that ends a word before it) with no digit (so no number): CLEAR when its folded
 * hash is no place word's (then not read), else TOKEN. UNKNOWN otherwise.
 */
function previousMayBePlace(text: string, pos: number, tokens: Tokens, t: number): Previous {
  if (t <= 0) return Previous.UNKNOWN;
  const p = t - 1;
  const e = tokens.tEnd[p]!;
  for (let i = e; i < pos; i++) if (!skippedBefore(text.charCodeAt(i))) return Previous.UNKNOWN;
  const s = tokens.tStart[p]!;
  if ((s > 0 && !endsWord(text.charCodeAt(s - 1))) || (tokens.tFlags[p]! & TOKEN_HAS_DIGIT) !== 0) return Previous.UNKNOWN;
  if (!lexiconAt.mayBePlaceWord(tokens.tHash[p]!)) return Previous.CLEAR;
  prevStart = s;
  prevEnd = e;
  return Previous.TOKEN;
}

/** mayOpenName's test of the second word at `s2`, read from the text (a word with a quote in it). */
function secondWordMayFollow(text: string, s2: number): boolean {
  let e2 = s2 + 1;
  for (let units = 1; units < 10; units++) {
    const c = codeAt(text, e2);
    if (inL(c)) e2++;
    else if (isQuote(c) && inL(codeAt(text, e2 + 1))) e2 += 2;
    else break;
  }
  // (the second word is text[s2, e2) when a blank follows it or the run ends there)
  const c = codeAt(text, e2);
  if (isBlank(c) || !(inL(c) || isDigit(c))) {
    lexiconAt.word(text, s2, e2);
    if (lexiconAt.isNameStop() || !lexiconAt.isNameSyllable()) return false;
  }
  return true;
}

/** continuesRun(text, pos) on the tokens, `t` being the token at `pos`. */
function continuesRunAt(text: string, pos: number, tokens: Tokens, t: number): boolean {
  if (t === 0) return false; // no letter before `pos`
  const p = t - 1;
  const e = tokens.tEnd[p]!;
  // What stands between the tokens is no letter: only blanks let a word before `pos` count.
  for (let i = e; i < pos; i++) if (!isBlank(text.charCodeAt(i))) return false;
  const f = tokens.tFlags[p]!;
  if ((f & TOKEN_HAS_DIGIT) !== 0) return continuesRun(text, pos); // the letters end inside the token
  // The word is token p: capitalized, and a name syllable (its folded hash rules most words out).
  if ((f & TOKEN_UPPER_START) === 0 || !lexiconAt.mayBeNameSyllable(tokens.tHash[p]!)) return false;
  lexiconAt.word(text, tokens.tStart[p]!, e);
  return lexiconAt.isNameSyllable();
}

/** True when a word has no lower-case letter (and is more than one letter long). */
function isUpperWord(text: string, s: number, e: number): boolean {
  if (e - s < 2) return false;
  for (let i = s; i < e; i++) if (isLowerCode(codeAt(text, i))) return false;
  return true;
}

/** True when a ':' follows `pos` within three characters, after spaces or tabs only. */
function colonFollows(text: string, pos: number): boolean {
  const stop = Math.min(pos + 3, text.length);
  for (let i = pos; i < stop; i++) {
    const c = codeAt(text, i);
    if (c === 58) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return false;
}

/** True when text[s, e) contains "<<" (an MRZ name line). */
function hasChevrons(text: string, s: number, e: number): boolean {
  for (let i = s + 1; i < e; i++) if (codeAt(text, i) === 60 && codeAt(text, i - 1) === 60) return true;
  return false;
}

/**
 * A lower-case run (the whole text has no capitals): after a label, the words up to the next label
 * or stop word; after an honorific, only a surname followed by given-name syllables.
 */
function lowerCaseName(text: string, ctx: MatchContext): Verdict {
  const anchor = ctx.anchor;
  if (!anchor || ctx.hasUpper) return null;
  // The run is lower-case words separated by spaces or tabs; `pos` and `length` count one space
  // between words (the name is given back as its words joined by single spaces).
  let k = 0;
  let pos = ctx.start;
  let length = 0;
  let firstEnd = ctx.start;
  let lastEnd = ctx.start;
  // Start of the first strong label at or after `pos`, searched again only once passed.
  let nextLabel = -1;
  // The words as the matcher recorded them when it matched this run, else read here.
  const words = lowerCount > 0 && runStart === ctx.start && runEnd === ctx.end && runLength === text.length ? lowerCount : 0;
  let j = 0;
  let i = ctx.start;
  while (i < ctx.end) {
    const s = i;
    if (words > 0) {
      i = runEnds[j]!;
      lexiconAt.hashed(runHashes[j]!, runAscii[j] === 1);
      j++;
    } else {
      while (i < ctx.end && codeAt(text, i) !== 32 && codeAt(text, i) !== 9) i++;
      lexiconAt.word(text, s, i);
    }
    const w = i - s;
    if (lexiconAt.isNameStop()) break;
    if (nextLabel < pos) {
      nextLabel = ctx.labelStartIn(pos, Number.MAX_SAFE_INTEGER);
      if (nextLabel < 0) nextLabel = Number.MAX_SAFE_INTEGER;
    }
    if (nextLabel < pos + w) break; // a label starts in the word
    if (anchor.weak && !lexiconAt.isNameSyllable()) break;
    if (k === 0) firstEnd = i;
    lastEnd = i;
    length += k === 0 ? w : w + 1;
    k++;
    pos += w + 1;
    while (i < ctx.end && (codeAt(text, i) === 32 || codeAt(text, i) === 9)) i++;
  }
  if (k < (anchor.weak ? 2 : 1)) return null;
  if (anchor.weak) {
    if (words > 0) lexiconAt.hashed(runHashes[0]!, runAscii[0] === 1);
    else lexiconAt.word(text, ctx.start, firstEnd);
    if (!lexiconAt.isSurname()) return null;
    if (lexiconAt.isPublicName(text, -1, -1, ctx.start, lastEnd) || lexiconAt.isPublicName(text, anchor.start, anchor.end, ctx.start, lastEnd)) return null;
  }
  return { score: anchor.weak ? 0.8 : 0.88, end: ctx.start + length };
}

/** True when the word before `pos` (same line, spaces only) is a capitalized name word: `pos` is inside a name. */
function continuesRun(text: string, pos: number): boolean {
  let i = pos;
  while (i > 0 && isBlank(codeAt(text, i - 1))) i--;
  if (i === pos || i === 0) return false;
  let s = i;
  while (s > 0 && isLetterCode(codeAt(text, s - 1))) s--;
  if (s === i || !isUpperCode(codeAt(text, s))) return false;
  lexiconAt.word(text, s, i);
  return lexiconAt.isNameSyllable();
}

// Bounds of the word before a position, as previousWord() finds it (module state: no allocation).
let prevStart = 0;
let prevEnd = 0;

// Characters skipped before the previous word ('\t', '\n', '\r', ' ', ',', '.', ':', ';'), and those
// that end it (the same and '(', ')'): all below 64, as bit sets of code units 0-31 and 32-63 (one
// test where a chain of comparisons would take one branch each).
const enum Sep {
  SKIP_LO = (1 << 9) | (1 << 10) | (1 << 13),
  SKIP_HI = (1 << (32 - 32)) | (1 << (44 - 32)) | (1 << (46 - 32)) | (1 << (58 - 32)) | (1 << (59 - 32)),
  ENDS_HI = SKIP_HI | (1 << (40 - 32)) | (1 << (41 - 32)),
}
function skippedBefore(c: number): boolean {
  return c < 64 && (((c < 32 ? Sep.SKIP_LO : Sep.SKIP_HI) >>> c) & 1) !== 0;
}
function endsWord(c: number): boolean {
  return c < 64 && (((c < 32 ? Sep.SKIP_LO : Sep.ENDS_HI) >>> c) & 1) !== 0;
}

/** Finds the word just before `pos` (skipping spaces and simple punctuation): text[prevStart, prevEnd), maybe empty. */
function previousWord(text: string, pos: number): void {
  let e = pos;
  while (e > 0 && skippedBefore(codeAt(text, e - 1))) e--;
  let s = e;
  while (s > 0 && !endsWord(codeAt(text, s - 1))) s--;
  prevStart = s;
  prevEnd = e;
}

function foldedAt(text: string, i: number): number {
  const c = codeAt(text, i);
  return c < 0x1f00 ? FOLD_TABLE[c]! : c;
}

/** The previous word folds to "hai" (Hai Bà Trưng). */
function previousIsHai(text: string): boolean {
  if (prevEnd - prevStart !== 3) return false;
  return foldedAt(text, prevStart) === 104 && foldedAt(text, prevStart + 1) === 97 && foldedAt(text, prevStart + 2) === 105;
}

/** The previous word is a number, maybe with one letter ("86", "12A"): a house number. */
function previousIsNumber(text: string): boolean {
  let i = prevStart;
  while (i < prevEnd && codeAt(text, i) >= 48 && codeAt(text, i) <= 57) i++;
  if (i === prevStart) return false;
  if (i === prevEnd) return true;
  const c = codeAt(text, i);
  return i + 1 === prevEnd && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122));
}

/**
 * Before the name after an honorific is read: the validator's first checks on the honorific (its
 * exact spelling) and the word before it (Hai Bà Trưng, đường Bà Triệu), which reject most of them.
 */
function honorificMayOpen(text: string, label: Label): boolean {
  openedText = '';
  lexiconAt.word(text, label.start, label.end);
  if (!lexiconAt.isHonorific()) return false;
  const ascii = lexiconAt.isAsciiHonorific();
  const opensPublic = lexiconAt.mayOpenPublicName();
  previousWord(text, label.start);
  if (previousIsHai(text)) return false;
  lexiconAt.word(text, prevStart, prevEnd);
  if (lexiconAt.isPlaceOrOrgWord()) return false;
  openedText = text;
  openedStart = label.start;
  openedEnd = label.end;
  openedAscii = ascii;
  openedPublic = opensPublic;
  return true;
}

// The honorific honorificMayOpen() last let through (in openedText; '' when none), which the engine
// validates right after it with the name that follows: the validator does not check it again.
// Let go of in release().
let openedText = '';
let openedStart = -1;
let openedEnd = -1;
let openedAscii = false;
let openedPublic = true;

export const personName: Recognizer = {
  type: 'person_name',
  class: 'basic',
  patterns: [
    { re: SURNAME_FIRST, at: 'caps', capsNext: true, guard: mayOpenName, scan: scanSurnameFirst },
    { re: MRZ_NAME, at: 'angle' },
  ],
  startWords: surnameSpellings(),
  afterLabel: [{ re: AFTER_LABEL, scan: scanAfterLabel, weakGuard: honorificMayOpen }],
  context: [
    ...new Set([
      'ho va ten', 'ho ten', 'ho, chu dem va ten', 'ho chu dem va ten', 'ho, chu dem, ten', 'ho va ten khai sinh', 'ho:',
      'chu dem:', 'ten:', 'chu dem va ten:', 'ten goi khac', 'ten thuong goi', 'ten khac', 'full name', 'name:', 'surname',
      'given name', 'given names', 'nguoi yeu cau', 'nguoi de nghi', 'nguoi nop', 'nguoi nop ho so', 'nguoi nop don',
      'nguoi khai', 'nguoi di khai', 'nguoi dai dien', 'nguoi dai dien theo phap luat', 'nguoi duoc uy quyen',
      'nguoi uy quyen', 'nguoi nhan', 'nguoi nhan ket qua', 'nguoi lien he', 'nguoi giam ho', 'nguoi duoc giam ho',
      'nguoi lam chung', 'chu ho', 'ho ten chu ho', 'chu ho kinh doanh', 'chu so huu', 'chu xe', 'chu tai khoan',
      'ten chu tai khoan', 'ten tai khoan', 'cong dan', 'ong/ba', 'ba/ong', 'ho ten me', 'ho ten cha', 'ho va ten me',
      'ho va ten cha', 'ho ten bo', 'ho ten vo', 'ho ten chong', 'me:', 'cha:', 'bo:', 'vo:', 'chong:', 'con:',
      'nguoi chet', 'nguoi mat', 'nguoi da mat', 'ho va ten nguoi chet', 'nguoi duoc cap', 'cap cho', 'nguoi thu huong',
      'ten nguoi', 'ho ten nguoi yeu cau', 'ho ten nguoi nop', 'ho ten nguoi khai', 'nguoi tham gia', 'thanh vien',
      'nguoi duoc khai sinh', 'nguoi duoc xac nhan', 'nguoi phu thuoc', 'chu su dung', 'chu ho so', 'ten toi la',
      'toi ten la', 'toi la',
      ...catalogLabels('person_name'),
    ]),
  ],
  weakContext: ['ong', 'ba', 'anh', 'chi', 'em', 'chau', 'co', 'chu', 'cu', 'bac', 'mr', 'ms', 'mrs'],
  baseScore: 0.75,
  guarded: false,
  release(): void {
    openedText = '';
    prevClearText = '';
    knownText = '';
  },
  validate(match, text, ctx): Verdict {
    // After a label, "<<" can only be in a parenthesized qualifier, before the name.
    if (match.pattern === 1 || (match.pattern === -1 && hasChevrons(text, match.index, ctx.start))) return 0.95;
    const anchor = ctx.anchor;
    let asciiHonorific = false;
    let honorificPublic = true; // (the honorific may open a public name: see mayOpenPublicName)
    if (anchor === null) {
      // No label, no honorific: the run must open with a surname and not continue a capitalized name
      // (for SURNAME_FIRST, its guard made these checks before the pattern ran).
      if (match.pattern !== 0) {
        lexiconAt.word(text, ctx.start, lettersOrQuotesEnd(text, ctx.start, ctx.end));
        if (!lexiconAt.isSurname() || continuesRun(text, ctx.start)) return null;
      }
    } else if (anchor.weak) {
      // An honorific is right before the name ("ông Nguyễn Văn An"), not before a sentence.
      for (let i = anchor.end; i < ctx.start; i++) {
        const c = codeAt(text, i);
        if (c !== 32 && c !== 9) return null;
      }
      if (openedStart === anchor.start && openedEnd === anchor.end && openedText === text) {
        asciiHonorific = openedAscii; // (its guard checked the rest)
        honorificPublic = openedPublic;
      } else {
        lexiconAt.word(text, anchor.start, anchor.end);
        if (!lexiconAt.isHonorific()) return null;
        asciiHonorific = lexiconAt.isAsciiHonorific();
        honorificPublic = lexiconAt.mayOpenPublicName();
        previousWord(text, anchor.start);
        if (previousIsHai(text)) return null; // Hai Bà Trưng
        lexiconAt.word(text, prevStart, prevEnd);
        if (lexiconAt.isPlaceOrOrgWord()) return null; // đường Bà Triệu
      }
    }
    // The words as the matcher recorded them when it matched this run, else read here.
    const words = runCount > 0 && runStart === ctx.start && runEnd === ctx.end && runLength === text.length ? runCount : 0;
    // (a recorded run starts with a capital: below U+1F00, hasUpper would find that one)
    const capitalFirst = words > 0 && text.charCodeAt(ctx.start) < 0x1f00;
    if (!capitalFirst) {
      // (a lower-case run lowerWordsFrom() recorded has only LL letters and blanks: no upper case)
      const lowerRun = words === 0 && lowerCount > 0 && runStart === ctx.start && runEnd === ctx.end && runLength === text.length;
      if (lowerRun || !hasUpper(text, ctx.start, ctx.end)) return ctx.hasUpper ? null : lowerCaseName(text, ctx);
    }

    // Cut the run at the first word that cannot be part of a name or starts a label.
    let k = 0;
    let end = ctx.start;
    let upperRun = false;
    let allSyllables = true;
    // (after a label, whether the words are name syllables does not matter)
    const syllables = anchor === null || anchor.weak;
    let firstEnd = ctx.start;
    let firstIsSurname = false;
    // Start of the first strong label at or after the current word (ctx.end: none), searched again
    // only when a label starts between words.
    let nextLabel = -1;
    let w = 0;
    let i = ctx.start;
    for (;;) {
      let s: number;
      let upper: boolean;
      let stop: boolean;
      let known = false; // (a word mayOpenName() looked up: a name syllable, and the first one a surname)
      if (words > 0) {
        if (w === words) break;
        s = runStarts[w]!;
        i = runEnds[w]!;
        if (w < 2 && syllables && knownText === text && (w === 0 ? s === knownStart && i === knownEnd : s === knownEnd + 1 && i === knownEnd2)) {
          known = true;
          stop = w === 0 && knownStop;
        } else if (runHashed) {
          // (after a label only stop words matter: a filter rules most words out without a look-up)
          if (syllables) {
            lexiconAt.hashed(runHashes[w]!, runAscii[w] === 1);
            stop = lexiconAt.isNameStop();
          } else stop = lexiconAt.isStopHash(runHashes[w]!);
        } else {
          // (words taken by their token bounds: the folded hash rules most stop words out unread)
          if (syllables) {
            lexiconAt.word(text, s, i);
            stop = lexiconAt.isNameStop();
          } else if (lexiconAt.mayBeStopWord(runFolded[w]!)) {
            lexiconAt.word(text, s, i);
            stop = lexiconAt.isNameStop();
          } else stop = false;
        }
        upper = runLower[w] === 0 && i - s >= 2;
        w++;
      } else {
        while (i < ctx.end && isBlank(codeAt(text, i))) i++;
        if (i >= ctx.end) break;
        s = i;
        i = lexiconAt.wordToBlank(text, s, ctx.end);
        stop = lexiconAt.isNameStop();
        upper = isUpperWord(text, s, i);
      }
      if (stop) break;
      if (k > 0) {
        if (nextLabel < s) {
          nextLabel = ctx.labelStartIn(s, ctx.end);
          if (nextLabel < 0) nextLabel = ctx.end;
        }
        if (nextLabel < i) break;
        if (upperRun !== upper && i - s > 1) break; // "NGUYỄN VĂN AN Hà Nội" / "Nguyễn Văn An CCCD"
      } else {
        upperRun = upper;
        firstEnd = i;
        firstIsSurname = syllables && (known || lexiconAt.isSurname()); // (read only after an honorific)
      }
      if (syllables && allSyllables && !known && !lexiconAt.isNameSyllable()) allSyllables = false;
      k++;
      end = i;
    }
    if (k === 0) return null;
    // A single word followed by ':' is a label ("Người nộp thuế:"), not a name. (A run of letters and
    // quotes from the start to the end has no blank: it is the first word.)
    if (firstEnd === ctx.end && lettersOrQuotesEnd(text, ctx.start, ctx.end) === ctx.end && colonFollows(text, ctx.end)) {
      return null;
    }

    if (anchor && !anchor.weak) return cut(0.92, end, ctx.end);

    if (anchor) {
      if (honorificPublic && lexiconAt.isPublicName(text, anchor.start, anchor.end, ctx.start, end)) return null;
      // (the first word as the loop read it, unless it holds characters that are not letters or quotes;
      // a run taken on tokens has none: its first word is a token of letters, with none right after it)
      const first = words > 0 && !runHashed ? firstEnd : lettersOrQuotesEnd(text, ctx.start, ctx.end);
      let surname = firstIsSurname;
      if (first !== firstEnd) {
        lexiconAt.word(text, ctx.start, first);
        surname = lexiconAt.isSurname();
      }
      if (asciiHonorific) {
        return k >= 2 && surname ? cut(0.85, end, ctx.end) : null; // "ba", "co", "chi" are everyday words
      }
      if (k >= 2) {
        if (surname || allSyllables) return cut(0.9, end, ctx.end);
        return upperRun ? null : cut(0.7, end, ctx.end); // in upper-case text every word is capitalized
      }
      return allSyllables ? cut(0.75, end, ctx.end) : null;
    }

    if (k < 2 || !allSyllables) return null;
    const label = ctx.label;
    if (label && ctx.labelKind(30) !== null) {
      if (label.kind === 'person_name') return cut(0.9, end, ctx.end);
      if (label.kind === 'address' || label.kind === 'none') return null; // a street, an official, an agency
    }
    // After a place word or a house number ("86 Lê Thánh Tôn") the words name a street or a place
    // (unless the guard of this match found the word before to be neither).
    if (prevClearAt !== ctx.start || prevClearText !== text) {
      previousWord(text, ctx.start);
      lexiconAt.word(text, prevStart, prevEnd);
      if (lexiconAt.isPlaceOrOrgWord() || previousIsNumber(text)) return null;
    }
    if (lexiconAt.isPublicName(text, -1, -1, ctx.start, end)) return null;
    return cut(this.baseScore, end, ctx.end);
  },
};
