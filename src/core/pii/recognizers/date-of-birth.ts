// Dates of birth: a date (or a birth year) right after a birth word — sinh, ngày sinh, sinh ngày,
// năm sinh, DOB, date of birth. Other dates (issue, expiry, filing) are not personal and stay readable.
import type { Recognizer } from '../types.ts';
import { THIS_YEAR } from '../bounds.ts';
import { L } from '../charclass.ts';

// One regex for every written form, tried only at numbers that follow a birth label:
// 12/03/1985 (also '-' '.', spaces), 1985-03-12, 12 tháng 3 năm 1985, 3/1985 (month and year), 1985.
const END = String.raw`(?![${L}0-9_]|[/.\-][0-9])`;
const DATE = new RegExp(
  String.raw`(?<![${L}0-9_/.\-])(?:` +
    String.raw`(?<d1>\d{1,2})\s?(?<s>[/.\-])\s?(?<m1>\d{1,2})\s?\k<s>\s?(?<y1>\d{4})${END}` +
    String.raw`|(?<y2>\d{4})-(?<m2>\d{2})-(?<d2>\d{2})${END}` +
    String.raw`|(?<d3>\d{1,2})\s+th[áa]ng\s+(?<m3>\d{1,2})\s*,?\s+n[ăa]m\s+(?<y3>\d{4})(?![0-9])` +
    String.raw`|(?<m4>\d{1,2})[/.\-](?<y4>\d{4})${END}` +
    String.raw`|(?<y5>(?:19|20)\d{2})${END})`,
  'iy',
);
// MRZ line 2 of a chip ID card: YYMMDD birth date, check digit, sex, expiry, VNM.
const MRZ = /(?<![\dA-Z<])(?<mrz>\d{6})(?=\d[MF<]\d{7}VNM)/y;
// Birth words and a date are close: only punctuation, "là", "vào", a date-format hint between them.
const DATE_GAP = /^[\s:;,.=()\-–/]*(?:(?:la|vao|ngay|nam|thang|\((?:dd|ngay)[^)]{0,16}\))[\s:;,.=()\-–/]*)*$/;

function plausible(day: number, month: number, year: number): boolean {
  if (year < 1900 || year > THIS_YEAR) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= days[month - 1]!;
}

export const dateOfBirth: Recognizer = {
  type: 'date_of_birth',
  class: 'basic',
  patterns: [
    { re: DATE, at: 'number', after: ['date_of_birth'] },
    { re: MRZ, at: 'number', minDigits: 7, maxDigits: 7 },
  ],
  context: [
    'sinh', 'ngay sinh', 'sinh ngay', 'nam sinh', 'sinh nam', 'ngay thang nam sinh', 'ngay, thang, nam sinh', 'thang sinh',
    'sinh thang', 'dob', 'date of birth', 'birth date', 'birthday', 'ngay/thang/nam sinh', 'ns', 'sinh vao ngay', 'sinh ra ngay',
    'ngay sinh cua chong', 'ngay sinh cua vo', 'ngay sinh cua con', 'ngay sinh cua me', 'ngay sinh cua cha',
  ],
  baseScore: 0.95,
  validate(match, _text, ctx) {
    if (match.groups?.mrz) return 0.95;
    const label = ctx.label;
    if (!label || label.kind !== 'date_of_birth') return null;
    if (ctx.start - label.end > 24 || !DATE_GAP.test(ctx.gap())) {
      // "Ngày sinh: ông ... 12/03/1985" style gaps are not accepted; a filler gap is.
      if (ctx.labelKind(12) === null) return null;
    }
    const g = match.groups!;
    const day = Number(g.d1 ?? g.d2 ?? g.d3 ?? 1);
    const month = Number(g.m1 ?? g.m2 ?? g.m3 ?? g.m4 ?? 1);
    const year = Number(g.y1 ?? g.y2 ?? g.y3 ?? g.y4 ?? g.y5);
    return plausible(day, month, year) ? this.baseScore : null;
  },
};
