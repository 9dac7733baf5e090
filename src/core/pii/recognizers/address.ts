// Addresses after a label (nơi thường trú, địa chỉ, nơi cư trú, trú tại, quê quán, nơi sinh...).
// The value runs over house numbers, address words (số, ngõ, thôn, xã, phường, huyện, tỉnh...) and
// capitalized place names, and stops at the next label, a sentence end or ordinary words ("đến nộp").
import type { Recognizer, Verdict } from '../types.ts';
import { catalogLabels } from '../catalog-labels.ts';

// After the label: an optional qualifier ending in ':' ("Địa chỉ chủ xe: ...", "Địa chỉ (ghi rõ số nhà):"), then the value.
const AFTER_LABEL =
  /(?:[ \t]*(?:\p{Ll}+[ \t]*){1,4}:|[ \t]*\([^)\n]{0,60}\)[ \t]*:?)?[ \t]*(?:[:：\-–][ \t]*)?(?:\r?\n[ \t]*)?(?<v>[^\s,;|][^\n;|]{0,240})/yu;

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

const UPPER = /\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;
const DIGIT = /\d/;
const WEB = /@|:\/\/|^www\.|\.(?:vn|com|net|org|gov|edu|info)(?:\.|$)/i;
const STOP_CHARS = '\n;|(';

export const address: Recognizer = {
  type: 'address',
  class: 'basic',
  patterns: [],
  afterLabel: [AFTER_LABEL],
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
    const lowerMode = !UPPER.test(text);
    let pos = ctx.start;
    let lastGood = -1;
    let tokens = 0;
    while (pos < limit && tokens < 40) {
      const ch = text[pos]!;
      if (ch === ' ' || ch === '\t' || ch === ',' || ch === '-' || ch === '–' || ch === '/') {
        pos++;
        continue;
      }
      if (STOP_CHARS.includes(ch)) break;
      if (ctx.labelStartIn(pos, pos + 1) >= 0) break;
      let end = pos;
      while (end < limit && !' \t,;|\n('.includes(text[end]!)) end++;
      let word = text.slice(pos, end);
      let sentenceEnd = false;
      if (word.endsWith('.') || word.endsWith(':')) {
        const bare = ctx.fold(pos, end - 1);
        if (word.endsWith(':') || !(ABBREVIATIONS.has(bare) || DIGIT.test(bare))) sentenceEnd = true;
        if (sentenceEnd) {
          word = word.slice(0, -1);
          end--;
        }
      }
      if (word.length === 0 || WEB.test(word)) break; // a web or mail address is not a postal one
      const fw = ctx.fold(pos, pos + word.length).replace(/\.$/, '');
      // Address words ("số", "thôn", "phường") alone do not end an address: a name or number must follow.
      let content: boolean;
      if (DIGIT.test(word)) {
        if (word.replace(/\D/g, '').length > 6) break; // a phone or ID number, not a house number
        content = true;
      } else if (!LOWER_START.test(word)) content = true;
      else if (KEYWORDS.has(fw)) content = false;
      else if (lowerMode && !LOWER_STOP.has(fw)) content = true;
      else break;
      tokens++;
      if (content) lastGood = end;
      pos = end;
      if (sentenceEnd) break;
    }
    if (lastGood < 0) return null;
    return { score: this.baseScore, end: lastGood };
  },
};
