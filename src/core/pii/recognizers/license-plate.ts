// Vehicle licence plates: 2-digit province + series letter(s) (+ digit) + 4-5 digits,
// e.g. 30A-123.45, 29-B1 123.45, 51G12345, 59X2-345.67.
import type { Recognizer } from '../types.ts';
import { supportingLabel } from '../context.ts';
import { L, codeAt } from '../charclass.ts';

const PLATE = new RegExp(
  String.raw`(?<![${L}0-9_./\-])(\d{2})[ \-]?([A-Za-z]{1,2}\d?|[A-Z]Đ\d?)[ \-.]?(\d{3}\.\d{2}|\d{4,5})(?![${L}0-9_]|[.,/\-][0-9])`,
  'y',
);

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Two digits, an optional '-' or ' ', a series letter, maybe a second letter (or Đ), then a digit,
 * after one separator at most: what PLATE needs before its last group ("12 tháng" fails here).
 */
function seriesFollows(text: string, pos: number): boolean {
  let p = pos + 2;
  let c = codeAt(text, p);
  if (c === 45 || c === 32) c = codeAt(text, ++p);
  if (!isAsciiLetter(c)) return false;
  c = codeAt(text, ++p);
  if (isAsciiLetter(c) || c === 0x110) c = codeAt(text, ++p);
  if (c >= 48 && c <= 57) return true;
  return (c === 32 || c === 45 || c === 46) && isDigitCode(codeAt(text, p + 1));
}

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

export const licensePlate: Recognizer = {
  type: 'license_plate',
  class: 'basic',
  patterns: [{ re: PLATE, at: 'number', minDigits: 2, maxDigits: 2, runs: [2], guard: seriesFollows }],
  context: ['bien so', 'bien so xe', 'bien kiem soat', 'bks', 'bsx', 'bien so dang ky', 'so bien so', 'xe mang bien', 'license plate'],
  baseScore: 0.75,
  validate(found, text, ctx) {
    // Plates are rare: the groups come from running the pattern again, with its match array.
    PLATE.lastIndex = found.index;
    const match = PLATE.exec(text)!;
    const province = Number(match[1]);
    if (province < 11) return null;
    const label = supportingLabel(ctx, 30);
    if (label === 'none') return null;
    if (label === 'license_plate') return 0.97;
    if (label !== null) return null;
    const dotted = match[3]!.includes('.');
    if (/[a-z]/.test(match[2]!)) return dotted ? 0.8 : null; // typed in lower case: only the dotted form
    const separated = /[ \-]/.test(match[0]);
    if (dotted) return 0.9;
    if (match[3]!.length === 5) return separated ? 0.85 : this.baseScore;
    return separated ? 0.7 : 0.55;
  },
};
