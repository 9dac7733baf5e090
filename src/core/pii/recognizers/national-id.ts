// Personal identification number (CCCD / căn cước, 12 digits) and old ID card (CMND, 9 digits).
// 12 digits = birth-registration province + century/gender digit + birth year (2 digits) + serial.
import type { Recognizer } from '../types.ts';
import { isProvinceCode } from '../provinces.ts';
import { digitsOf, isOtherNumberLabel, supportingLabel } from '../context.ts';
import { NUM_END, NUM_START, THIS_YEAR } from '../bounds.ts';

const ID12 = new RegExp(
  `${NUM_START}(?:\\d{12}|\\d{3}([ .])\\d{3}\\1\\d{3}\\1\\d{3}|\\d{4}([ .])\\d{4}\\2\\d{4})${NUM_END}`,
  'y',
);
const ID9 = new RegExp(`${NUM_START}(?:\\d{9}|\\d{3}([ .])\\d{3}\\1\\d{3})${NUM_END}`, 'y');
// MRZ line 1 of a chip ID card: IDVNM + last 9 digits + check digit + the full 12-digit number.
const MRZ = /IDVNM(?<v>\d{22})(?=<)/y;

/** True when 12 digits have a valid province code, a current century digit and a plausible birth year. */
export function isPlausibleId12(digits: string): boolean {
  if (digits.length !== 12) return false;
  const province = Number(digits.slice(0, 3));
  const century = digits.charCodeAt(3) - 48;
  if (!isProvinceCode(province) || century > 3) return false;
  const year = (century < 2 ? 1900 : 2000) + Number(digits.slice(4, 6));
  return year <= THIS_YEAR;
}

export const nationalId: Recognizer = {
  type: 'national_id',
  class: 'basic',
  patterns: [
    { re: ID12, at: 'number', minDigits: 12 },
    { re: ID9, at: 'number', minDigits: 9, after: ['national_id'] },
    { re: MRZ, at: 'code', guard: (text, pos) => text.startsWith('IDVNM', pos) },
  ],
  context: [
    'cccd', 'so cccd', 'can cuoc', 'can cuoc cong dan', 'the can cuoc', 'so can cuoc', 'the cccd', 'cccd/cmnd', 'cmnd/cccd',
    'cmnd', 'so cmnd', 'cmt', 'so cmt', 'chung minh nhan dan', 'chung minh thu', 'giay chung minh nhan dan',
    'so dinh danh', 'so dinh danh ca nhan', 'ma dinh danh', 'ma dinh danh ca nhan', 'dinh danh ca nhan',
    'giay to tuy than', 'so giay to tuy than', 'personal identification number', 'personal id', 'identity card', 'id no',
    'so/no', 'id card', 'cmnd cu', 'so cmnd cu',
  ],
  baseScore: 0.85,
  validate(match, _text, ctx) {
    if (match.groups?.v) return 0.97; // MRZ line: the card number, twice
    const digits = digitsOf(match[0]);
    const label = supportingLabel(ctx, 40);
    if (label === 'none') return null;
    if (digits.length === 12) {
      const plausible = isPlausibleId12(digits);
      if (label === 'national_id') return plausible ? 0.99 : 0.75;
      if (isOtherNumberLabel(label, 'national_id')) return plausible ? 0.4 : null; // another recognizer owns this number
      return plausible ? this.baseScore : null;
    }
    // Nine digits are an old ID card only when a label says so.
    return label === 'national_id' ? 0.9 : null;
  },
};
