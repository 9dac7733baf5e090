// Vietnamese typed in the pre-Unicode encodings TCVN3 (ABC, '.VnTime' fonts)
// and VNI-Windows still turns up in old offices' pages and PDFs. Read as
// Windows-1252 it looks like 'NguyÔn V¨n An' (TCVN3) or 'Nguyeãn Vaên An'
// (VNI). We convert only when the evidence is strong: characters genuine
// Vietnamese never uses, and words that become valid syllables once converted.
import { isVietnameseSyllable } from './syllable.ts';
import { convertVniTyping, looksLikeVniTyping } from './vni-typing.ts';

export type LegacyEncoding = 'tcvn3' | 'vni' | 'vni-typing';

// TCVN3 (TCVN 5712:1993 VN3) byte -> Unicode, for bytes 0xA1-0xFE as Latin-1 chars.
const tcvn3Pairs: Array<[number, string]> = [
  [0xa1, 'Ă'], [0xa2, 'Â'], [0xa3, 'Ê'], [0xa4, 'Ô'], [0xa5, 'Ơ'], [0xa6, 'Ư'], [0xa7, 'Đ'],
  [0xa8, 'ă'], [0xa9, 'â'], [0xaa, 'ê'], [0xab, 'ô'], [0xac, 'ơ'], [0xad, 'ư'], [0xae, 'đ'],
  [0xb5, 'à'], [0xb6, 'ả'], [0xb7, 'ã'], [0xb8, 'á'], [0xb9, 'ạ'],
  [0xbb, 'ằ'], [0xbc, 'ẳ'], [0xbd, 'ẵ'], [0xbe, 'ắ'], [0xc6, 'ặ'],
  [0xc7, 'ầ'], [0xc8, 'ẩ'], [0xc9, 'ẫ'], [0xca, 'ấ'], [0xcb, 'ậ'],
  [0xcc, 'è'], [0xce, 'ẻ'], [0xcf, 'ẽ'], [0xd0, 'é'], [0xd1, 'ẹ'],
  [0xd2, 'ề'], [0xd3, 'ể'], [0xd4, 'ễ'], [0xd5, 'ế'], [0xd6, 'ệ'],
  [0xd7, 'ì'], [0xd8, 'ỉ'], [0xdc, 'ĩ'], [0xdd, 'í'], [0xde, 'ị'],
  [0xdf, 'ò'], [0xe1, 'ỏ'], [0xe2, 'õ'], [0xe3, 'ó'], [0xe4, 'ọ'],
  [0xe5, 'ồ'], [0xe6, 'ổ'], [0xe7, 'ỗ'], [0xe8, 'ố'], [0xe9, 'ộ'],
  [0xea, 'ờ'], [0xeb, 'ở'], [0xec, 'ỡ'], [0xed, 'ớ'], [0xee, 'ợ'],
  [0xef, 'ù'], [0xf1, 'ủ'], [0xf2, 'ũ'], [0xf3, 'ú'], [0xf4, 'ụ'],
  [0xf5, 'ừ'], [0xf6, 'ử'], [0xf7, 'ữ'], [0xf8, 'ứ'], [0xf9, 'ự'],
  [0xfa, 'ỳ'], [0xfb, 'ỷ'], [0xfc, 'ỹ'], [0xfd, 'ý'], [0xfe, 'ỵ'],
];
const tcvn3 = new Map(tcvn3Pairs.map(([b, u]) => [String.fromCharCode(b), u]));

// VNI-Windows: an ASCII base letter followed by a mark byte, plus a few precomposed bytes.
const TONE = { acute: '\u0301', grave: '\u0300', hook: '\u0309', tilde: '\u0303', dot: '\u0323' };
const CIRC = '\u0302';
const BREVE = '\u0306';
const HORN = '\u031B';
/** Mark byte (as a Latin-1 char, either case) -> combining sequence, and which bases take it. */
const vniMarks: Record<string, { marks: string; bases: string }> = {
  'ù': { marks: TONE.acute, bases: 'aeouyơư' }, 'ø': { marks: TONE.grave, bases: 'aeouyơư' },
  'û': { marks: TONE.hook, bases: 'aeouyơư' }, 'õ': { marks: TONE.tilde, bases: 'aeouyơư' },
  'ï': { marks: TONE.dot, bases: 'aeouyơư' },
  'â': { marks: CIRC, bases: 'aeo' }, 'á': { marks: CIRC + TONE.acute, bases: 'aeo' },
  'à': { marks: CIRC + TONE.grave, bases: 'aeo' }, 'å': { marks: CIRC + TONE.hook, bases: 'aeo' },
  'ã': { marks: CIRC + TONE.tilde, bases: 'aeo' }, 'ä': { marks: CIRC + TONE.dot, bases: 'aeo' },
  'ê': { marks: BREVE, bases: 'a' }, 'é': { marks: BREVE + TONE.acute, bases: 'a' },
  'è': { marks: BREVE + TONE.grave, bases: 'a' }, 'ú': { marks: BREVE + TONE.hook, bases: 'a' },
  'ü': { marks: BREVE + TONE.tilde, bases: 'a' }, 'ë': { marks: BREVE + TONE.dot, bases: 'a' },
};
/** Precomposed VNI bytes. */
const vniSingles: Record<string, string> = {
  'ô': 'o' + HORN, 'ö': 'u' + HORN, 'ñ': 'đ', 'ò': 'i' + TONE.dot, 'ì': 'i' + TONE.grave,
  'í': 'i' + TONE.acute, 'î': 'i' + TONE.tilde, 'æ': 'i' + TONE.hook,
};

/** ASCII letters of a word are all capitals (at least two of them). */
function capitalWord(original: string): boolean {
  const ascii = original.replace(/[^A-Za-z]/g, '');
  return ascii.length >= 2 && ascii === ascii.toUpperCase();
}

export function convertTcvn3(text: string): string {
  // Upper-case fonts (.VnTimeH) reuse the lower-case codes: a word in capitals, or a
  // short word between words in capitals ('§ç' in 'NGUYÔN §ç AN'), is in capitals.
  const parts = text.split(/(\s+)/);
  const words = parts.map((p, i) => (i % 2 === 0 ? p : null));
  const caps = words.map((w) => (w === null ? null : capitalWord(w)));
  const lowerAscii = (w: string) => /[a-z]/.test(w);
  return parts.map((p, i) => {
    if (i % 2 === 1) return p;
    let out = '';
    for (const ch of p) out += tcvn3.get(ch) ?? ch;
    if (out === p) return p;
    const prev = caps[i - 2];
    const next = caps[i + 2];
    const upper = caps[i] === true
      || (!lowerAscii(p) && (prev === true || next === true) && prev !== false && next !== false);
    return upper ? out.toLocaleUpperCase('vi') : out;
  }).join('').normalize('NFC');
}

export function convertVni(text: string): string {
  let out = '';
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const lower = ch.toLowerCase();
    const upper = ch !== lower;
    const single = vniSingles[lower];
    // A precomposed byte right after an ASCII letter that could take a mark is the mark, except ô/ö which are ơ/ư.
    if (single !== undefined) {
      let s = single;
      const next = chars[i + 1]?.toLowerCase();
      const tone = next !== undefined && vniMarks[next] && /^[\u0300-\u0323]$/.test(vniMarks[next].marks) ? vniMarks[next].marks : '';
      if (tone && (lower === 'ô' || lower === 'ö')) { s += tone; i++; }
      out += upper ? s.toLocaleUpperCase('vi') : s;
      continue;
    }
    const next = chars[i + 1];
    const mark = next !== undefined ? vniMarks[next.toLowerCase()] : undefined;
    if (mark && /[a-zA-Z]/.test(ch) && mark.bases.includes(lower)) {
      out += ch + mark.marks;
      i++;
      continue;
    }
    out += ch;
  }
  return out.normalize('NFC');
}

const genuineLatin1 = new Set([...'àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ']);
const unicodeVietnamese = /[\u1EA0-\u1EF9\u0102\u0103\u0110\u0111\u01A0\u01A1\u01AF\u01B0\u0128\u0129\u0168\u0169]/;
const legacyChar = /[\u00A1-\u00FF]/;

/** Lines that may hold legacy text: no genuine Vietnamese Unicode letter on them. */
function legacyLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).filter((l) => legacyChar.test(l) && !unicodeVietnamese.test(l));
}

interface Evidence { valid: number; total: number }

function evidence(lines: string[], convert: (s: string) => string): Evidence {
  let valid = 0;
  let total = 0;
  for (const line of lines) {
    for (const word of line.split(/[\s.,;:()"'/\-]+/)) {
      if (!legacyChar.test(word)) continue;
      const converted = convert(word);
      if (converted === word) continue;
      total++;
      if (/^\p{L}+$/u.test(converted) && isVietnameseSyllable(converted)) valid++;
    }
  }
  return { valid, total };
}

/**
 * The legacy encoding the text is in, or null. Decides on the lines without
 * Unicode Vietnamese, so a Unicode page embedding an old TCVN3 paper is still found.
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  const lines = legacyLines(text);
  if (lines.length === 0) {
    const plain = text.split(/\r\n|\r|\n/).filter((l) => !unicodeVietnamese.test(l)).join('\n');
    return looksLikeVniTyping(plain) ? 'vni-typing' : null;
  }
  let tells = 0;
  for (const l of lines) for (const ch of l) if (legacyChar.test(ch) && !genuineLatin1.has(ch)) tells++;
  if (tells === 0) return null;
  const t = evidence(lines, convertTcvn3);
  const v = evidence(lines, convertVni);
  // One odd character is thin evidence: then every converted word must be a real syllable.
  const ok = (e: Evidence) => e.valid >= 2 && e.valid / e.total >= (tells >= 2 ? 0.75 : 1);
  if (ok(t) && (!ok(v) || t.valid >= v.valid)) return 'tcvn3';
  if (ok(v)) return 'vni';
  return null;
}

/** Convert the legacy lines of `text` when an encoding is detected (lines with Unicode Vietnamese are left alone). */
export function repairLegacyEncoding(text: string, encoding: LegacyEncoding | null = detectLegacyEncoding(text)): string {
  if (encoding === null) return text;
  const convert = encoding === 'tcvn3' ? convertTcvn3 : encoding === 'vni' ? convertVni : convertVniTyping;
  const candidate = (l: string) => !unicodeVietnamese.test(l) && (encoding === 'vni-typing' || legacyChar.test(l));
  return text.split(/(\r\n|\r|\n)/).map((l) => (candidate(l) ? convert(l) : l)).join('');
}
