// Personal identification number (CCCD / căn cước, 12 digits) and old ID card (CMND, 9 digits).
// 12 digits = birth-registration province + century/gender digit + birth year (2 digits) + serial.
import type { Recognizer, Tokens } from '../types.ts';
import { isProvinceCode } from '../provinces.ts';
import { isOtherNumberLabel, supportingLabel } from '../context.ts';
import { NUM_END, NUM_START, THIS_YEAR, runAt, numEndAt, numStartAt } from '../bounds.ts';
import { digitsAt, codeAt } from '../charclass.ts';

const ID12 = new RegExp(
  `${NUM_START}(?:\\d{12}|\\d{3}([ .])\\d{3}\\1\\d{3}\\1\\d{3}|\\d{4}([ .])\\d{4}\\2\\d{4})${NUM_END}`,
  'y',
);
const ID9 = new RegExp(`${NUM_START}(?:\\d{9}|\\d{3}([ .])\\d{3}\\1\\d{3})${NUM_END}`, 'y');
/** `groups` groups of `size` digits at `pos`, separated by one ' ' or '.' (the same each time); the end, or -1. */
function groupedAt(text: string, pos: number, groups: number, size: number): number {
  if (!digitsAt(text, pos, size)) return -1;
  const sep = codeAt(text, pos + size);
  if (sep !== 32 && sep !== 46) return -1;
  let p = pos + size;
  for (let g = 1; g < groups; g++) {
    if (codeAt(text, p) !== sep || !digitsAt(text, p + 1, size)) return -1;
    p += size + 1;
  }
  return p;
}

/** ID12, hand-written: the end of the match at `pos`, or -1. The first digit run says which form can match. */
function scanId12(text: string, pos: number, _found?: { valueStart: number }, tokens?: Tokens, t = -1): number {
  const run = runAt(text, pos, tokens, t);
  if ((run !== 12 && run !== 3 && run !== 4) || !numStartAt(text, pos)) return -1;
  const end = run === 12 ? pos + 12 : groupedAt(text, pos, run === 3 ? 4 : 3, run);
  return end >= 0 && numEndAt(text, end) ? end : -1;
}

/** ID9, hand-written. */
function scanId9(text: string, pos: number, _found?: { valueStart: number }, tokens?: Tokens, t = -1): number {
  const run = runAt(text, pos, tokens, t);
  if ((run !== 9 && run !== 3) || !numStartAt(text, pos)) return -1;
  const end = run === 9 ? pos + 9 : groupedAt(text, pos, 3, 3);
  return end >= 0 && numEndAt(text, end) ? end : -1;
}

// MRZ line 1 of a chip ID card: IDVNM + last 9 digits + check digit + the full 12-digit number.
const MRZ = /IDVNM(?<v>\d{22})(?=<)/y;

/** IDVNM at `pos` (a token start, inside the text): its 'I' first, which nearly every code token fails. */
function mrzFollows(text: string, pos: number): boolean {
  return text.charCodeAt(pos) === 73 && text.startsWith('IDVNM', pos);
}

/** True when 12 digits have a valid province code, a current century digit and a plausible birth year. */
export function isPlausibleId12(digits: string): boolean {
  if (digits.length !== 12) return false;
  const province = Number(digits.slice(0, 3));
  const century = digits.charCodeAt(3) - 48;
  if (!isProvinceCode(province) || century > 3) return false;
  const year = (century < 2 ? 1900 : 2000) + Number(digits.slice(4, 6));
  return year <= THIS_YEAR;
}

/** isPlausibleId12 for the 12 digits found in text[from, to) (separators skipped), without slicing. */
export function isPlausibleId12At(text: string, from: number, to: number): boolean {
  if (to - from === 12 && to <= text.length) {
    // twelve characters (an ID12 or TAX12 match): the six digits read in place, with no loop
    const d0 = text.charCodeAt(from) - 48, d1 = text.charCodeAt(from + 1) - 48, d2 = text.charCodeAt(from + 2) - 48;
    const century = text.charCodeAt(from + 3) - 48, d4 = text.charCodeAt(from + 4) - 48, d5 = text.charCodeAt(from + 5) - 48;
    if (d0 >>> 0 <= 9 && d1 >>> 0 <= 9 && d2 >>> 0 <= 9 && century >>> 0 <= 9 && d4 >>> 0 <= 9 && d5 >>> 0 <= 9) {
      if (!isProvinceCode(d0 * 100 + d1 * 10 + d2) || century > 3) return false;
      return (century < 2 ? 1900 : 2000) + d4 * 10 + d5 <= THIS_YEAR;
    }
  }
  let k = 0;
  let province = 0;
  let century = 0;
  let yy = 0;
  const stop = Math.min(to, text.length);
  for (let i = from; i < stop && k < 6; i++) {
    const d = text.charCodeAt(i) - 48; // (inside the match)
    if (d < 0 || d > 9) continue;
    if (k < 3) province = province * 10 + d;
    else if (k === 3) century = d;
    else yy = yy * 10 + d;
    k++;
  }
  if (!isProvinceCode(province) || century > 3) return false;
  return (century < 2 ? 1900 : 2000) + yy <= THIS_YEAR;
}

export const nationalId: Recognizer = {
  type: 'national_id',
  class: 'basic',
  patterns: [
    { re: ID12, at: 'number', minDigits: 12, runs: [3, 4, 12], scan: scanId12 },
    { re: ID9, at: 'number', minDigits: 9, runs: [3, 9], after: ['national_id'], scan: scanId9 },
    { re: MRZ, at: 'code', head: 'letter-letter', guard: mrzFollows },
  ],
  context: [
    'cccd', 'so cccd', 'can cuoc', 'can cuoc cong dan', 'the can cuoc', 'so can cuoc', 'the cccd', 'cccd/cmnd', 'cmnd/cccd',
    'cmnd', 'so cmnd', 'cmt', 'so cmt', 'chung minh nhan dan', 'chung minh thu', 'giay chung minh nhan dan',
    'so dinh danh', 'so dinh danh ca nhan', 'ma dinh danh', 'ma dinh danh ca nhan', 'dinh danh ca nhan',
    'giay to tuy than', 'so giay to tuy than', 'personal identification number', 'personal id', 'identity card', 'id no',
    'so/no', 'id card', 'cmnd cu', 'so cmnd cu',
  ],
  baseScore: 0.85,
  validate(match, text, ctx) {
    if (match.pattern === 2) return 0.97; // MRZ line: the card number, twice
    const label = supportingLabel(ctx, 40);
    if (label === 'none') return null;
    if (match.pattern === 0) {
      // twelve digits
      const plausible = isPlausibleId12At(text, match.index, match.end);
      if (label === 'national_id') return plausible ? 0.99 : 0.75;
      if (isOtherNumberLabel(label, 'national_id')) return plausible ? 0.4 : null; // another recognizer owns this number
      return plausible ? this.baseScore : null;
    }
    // Nine digits are an old ID card only when a label says so.
    return label === 'national_id' ? 0.9 : null;
  },
};
