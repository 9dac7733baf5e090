// Dates of birth: a date (or a birth year) right after a birth word — sinh, ngày sinh, sinh ngày,
// năm sinh, DOB, date of birth. Other dates (issue, expiry, filing) are not personal and stay readable.
import type { Recognizer } from '../types.ts';
import { isFillerGap } from '../context.ts';
import { THIS_YEAR } from './bounds.ts';

const NUMERIC = /(?<![\p{L}\p{N}_/.\-])(\d{1,2})\s?([/.\-])\s?(\d{1,2})\s?\2\s?(\d{4})(?![\p{L}\p{N}_]|[/.\-]\p{N})/yu;
const ISO = /(?<![\p{L}\p{N}_/.\-])(\d{4})-(\d{2})-(\d{2})(?![\p{L}\p{N}_]|[/.\-]\p{N})/yu;
const WORDS = /(?<![\p{L}\p{N}_])(\d{1,2})\s+th[áa]ng\s+(\d{1,2})\s*,?\s+n[ăa]m\s+(\d{4})(?![\p{N}])/iuy;
// MRZ line 2 of a chip ID card: YYMMDD birth date, check digit, sex, expiry, VNM.
const MRZ = /(?<![\dA-Z<])(?<mrz>\d{6})(?=\d[MF<]\d{7}VNM)/y;
const YEAR = /(?<![\p{L}\p{N}_/.\-])(?:19|20)\d{2}(?![\p{L}\p{N}_]|[/.\-]\p{N})/yu;
// A birth label then a month and year only ("sinh tháng 3/1985").
const MONTH_YEAR = /(?<![\p{L}\p{N}_/.\-])(\d{1,2})[/.\-](\d{4})(?![\p{L}\p{N}_]|[/.\-]\p{N})/yu;

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
    ...[NUMERIC, ISO, WORDS, YEAR, MONTH_YEAR].map((re) => ({ re, at: 'number' as const, after: ['date_of_birth' as const] })),
    { re: MRZ, at: 'number', minDigits: 7 },
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
      if (!isFillerGap(ctx.gap(), 12)) return null;
    }
    let day = 1;
    let month = 1;
    let year: number;
    if (match.length === 1) {
      year = Number(match[0]); // YEAR
    } else if (match.length === 3 && match[2]!.length === 4) {
      month = Number(match[1]); // MONTH_YEAR
      year = Number(match[2]);
    } else if (match[1]!.length === 4) {
      year = Number(match[1]); // ISO
      month = Number(match[2]);
      day = Number(match[3]);
    } else {
      day = Number(match[1]);
      month = Number(match[match.length === 5 ? 3 : 2]);
      year = Number(match[match.length === 5 ? 4 : 3]);
    }
    return plausible(day, month, year) ? this.baseScore : null;
  },
};
