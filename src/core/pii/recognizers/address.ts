// Addresses after a label (nơi thường trú, địa chỉ, nơi cư trú, trú tại, quê quán, nơi sinh...).
// The value runs over house numbers, address words (số, ngõ, thôn, xã, phường, huyện, tỉnh...) and
// capitalized place names, and stops at the next label, a sentence end or ordinary words ("đến nộp").
import type { Recognizer, Verdict } from '../types.ts';
import { catalogLabels } from '../catalog-labels.ts';
import { foldedHash, isLowerCode, wordHash } from '../scan.ts';
import { IntTable } from '../int-table.ts';
import { LL, codeAt } from '../charclass.ts';

// After the label: an optional qualifier ending in ':' ("Địa chỉ chủ xe: ...", "Địa chỉ (ghi rõ số nhà):"), then the value.
const AFTER_LABEL =
  new RegExp(String.raw`(?:[ \t]*[${LL}]+(?:[ \t]+[${LL}]+){0,3}[ \t]*:|[ \t]*\([^)\n]{0,60}\)[ \t]*:?)?[ \t]*(?:[:：\-–][ \t]*)?(?:\r?\n[ \t]*)?(?<v>[^\s,;|][^\n;|]{0,240})`, 'y');

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

export const address: Recognizer = {
  type: 'address',
  class: 'basic',
  patterns: [],
  afterLabel: [{ re: AFTER_LABEL }],
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
    let pos = ctx.start;
    let lastGood = -1;
    let tokens = 0;
    // Start of the first strong label at or after `pos` (limit: none), searched again only once passed.
    let nextLabel = -1;
    while (pos < limit && tokens < 40) {
      const c = codeAt(text, pos);
      if (c === 32 || c === 9 || c === 44 || c === 45 || c === 0x2013 || c === 47) {
        pos++; // ' ' '\t' ',' '-' '–' '/'
        continue;
      }
      if (c === 10 || c === 59 || c === 124 || c === 40) break; // '\n' ';' '|' '('
      if (nextLabel < pos) {
        nextLabel = ctx.labelStartIn(pos, limit);
        if (nextLabel < 0) nextLabel = limit;
      }
      if (nextLabel === pos) break; // a label starts here
      let end = pos;
      let digits = 0;
      let web = false;
      let dotOrColon = false;
      for (; end < limit; end++) {
        const e = text.charCodeAt(end);
        const k = e < 128 ? TOKEN_CLASS[e]! : WORD_CHAR;
        if (k === WORD_CHAR) continue;
        if (k === TOKEN_END) break;
        if (k === DIGIT) digits++;
        else if (k === AT) web = true;
        else dotOrColon = true;
      }
      let sentenceEnd = false;
      const last = codeAt(text, end - 1);
      if (last === 46 || last === 58) {
        // "TP." and "12." continue; "Nội." and "quán:" end the address
        sentenceEnd = last === 58 || !(digits > 0 || ABBREVIATION_HASHES.get(foldedHash(text, pos, end - 1)) !== 0);
        if (sentenceEnd) end--;
      }
      if (end <= pos) break;
      // A web or mail address is not a postal one (WEB needs a '.' or a ':' besides an '@').
      if (web || (end - pos > 4 && dotOrColon && WEB.test(text.slice(pos, end)))) break;
      // Address words ("số", "thôn", "phường") alone do not end an address: a name or number must follow.
      let content: boolean;
      if (digits > 0) {
        if (digits > 6) break; // a phone or ID number, not a house number
        content = true;
      } else if (!isLowerCode(c)) content = true;
      else {
        const fw = foldedHash(text, pos, codeAt(text, end - 1) === 46 ? end - 1 : end);
        lowerMode ??= !ctx.hasUpper;
        if (KEYWORD_HASHES.get(fw) !== 0) content = false;
        else if (lowerMode && LOWER_STOP_HASHES.get(fw) === 0) content = true;
        else break;
      }
      tokens++;
      if (content) lastGood = end;
      pos = end;
      if (sentenceEnd) break;
    }
    if (lastGood < 0) return null;
    return { score: this.baseScore, end: lastGood };
  },

};
