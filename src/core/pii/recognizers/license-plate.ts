// Vehicle licence plates: 2-digit province + series letter(s) (+ digit) + 4-5 digits,
// e.g. 30A-123.45, 29-B1 123.45, 51G12345, 59X2-345.67.
import type { Recognizer } from '../types.ts';
import { supportingLabel } from '../context.ts';
import { L, codeAt, inL } from '../charclass.ts';
import { numEndAt } from '../bounds.ts';

const PLATE = new RegExp(
  String.raw`(?<![${L}0-9_./\-])(\d{2})[ \-]?([A-Za-z]{1,2}\d?|[A-Z]Đ\d?)[ \-.]?(\d{3}\.\d{2}|\d{4,5})(?![${L}0-9_]|[.,/\-][0-9])`,
  'y',
);

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

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

// What the validator needs of the groups, recorded by the matcher (the engine runs the validator right
// after the matcher of the same match): so that it does not run PLATE again for its match array.
const enum Groups {
  /** The series has a lower-case letter. */
  LOWER = 1,
  /** The last group is ddd.dd. */
  DOTTED = 2,
  /** A ' ' or '-' stands before the series or the last group. */
  SEPARATED = 4,
  /** The last group is five digits. */
  FIVE = 8,
}
/** The match the groups were recorded for: its start and its text's length (-1: none waiting; no reference to the text is kept, so no release() is needed). */
let groupsLength = -1;
let groupsPos = -1;
let groups = 0;

/** The last group ((\d{3}\.\d{2}|\d{4,5}) then the look-ahead) at `p`: its end, or -1; records its form. */
function lastGroup(text: string, p: number): number {
  if (!isDigitCode(codeAt(text, p)) || !isDigitCode(codeAt(text, p + 1)) || !isDigitCode(codeAt(text, p + 2))) return -1;
  const c = codeAt(text, p + 3);
  if (c === 46) {
    if (isDigitCode(codeAt(text, p + 4)) && isDigitCode(codeAt(text, p + 5)) && numEndAt(text, p + 6)) {
      groups |= Groups.DOTTED;
      return p + 6;
    }
    return -1; // (\d{4,5} needs a fourth digit here)
  }
  if (!isDigitCode(c)) return -1;
  if (isDigitCode(codeAt(text, p + 4)) && numEndAt(text, p + 5)) {
    groups |= Groups.FIVE;
    return p + 5;
  }
  return numEndAt(text, p + 4) ? p + 4 : -1;
}

/** What follows a series ending at `q`: the optional [ \-.] (a digit must follow, so taking it is the only way), the last group. */
function afterSeries(text: string, q: number, lower: number, separated: number): number {
  const c = codeAt(text, q);
  let p = q;
  if (c === 32 || c === 45) {
    p++;
    separated = Groups.SEPARATED;
  } else if (c === 46) p++;
  groups = lower | separated;
  return lastGroup(text, p);
}

/**
 * PLATE, hand-written: the end of the match at `pos`, or -1. The series alternatives are tried in the
 * regex's order (two letters, then one, each with then without its digit; then a capital and Đ), each
 * followed by the rest; an optional separator is taken whenever present (what follows it needs a
 * letter or a digit, which a separator is not).
 */
function scanPlate(text: string, pos: number): number {
  groupsLength = -1; // (a failed try overwrites `groups`)
  if (pos > 0) {
    const b = codeAt(text, pos - 1);
    if (inL(b) || isDigitCode(b) || b === 95 || b === 46 || b === 47 || b === 45) return -1;
  }
  if (!isDigitCode(codeAt(text, pos)) || !isDigitCode(codeAt(text, pos + 1))) return -1;
  let p = pos + 2;
  let separated = 0;
  let c = codeAt(text, p);
  if (c === 32 || c === 45) {
    separated = Groups.SEPARATED;
    c = codeAt(text, ++p);
  }
  let end = -1;
  if (isAsciiLetter(c)) {
    const d = codeAt(text, p + 1);
    const lower = c >= 97 ? Groups.LOWER : 0;
    if (isAsciiLetter(d)) {
      const lower2 = lower | (d >= 97 ? Groups.LOWER : 0);
      if (isDigitCode(codeAt(text, p + 2)) && (end = afterSeries(text, p + 3, lower2, separated)) >= 0) return record(text, pos, end);
      if ((end = afterSeries(text, p + 2, lower2, separated)) >= 0) return record(text, pos, end);
    }
    if (isDigitCode(d) && (end = afterSeries(text, p + 2, lower, separated)) >= 0) return record(text, pos, end);
    if ((end = afterSeries(text, p + 1, lower, separated)) >= 0) return record(text, pos, end);
    if (c <= 90 && d === 0x110) {
      if (isDigitCode(codeAt(text, p + 2)) && (end = afterSeries(text, p + 3, 0, separated)) >= 0) return record(text, pos, end);
      if ((end = afterSeries(text, p + 2, 0, separated)) >= 0) return record(text, pos, end);
    }
  }
  return -1;
}

function record(text: string, pos: number, end: number): number {
  groupsLength = text.length;
  groupsPos = pos;
  return end;
}

export const licensePlate: Recognizer = {
  type: 'license_plate',
  class: 'basic',
  patterns: [{ re: PLATE, at: 'number', minDigits: 2, maxDigits: 2, runs: [2], letterAfterRun: true, guard: seriesFollows, scan: scanPlate }],
  context: ['bien so', 'bien so xe', 'bien kiem soat', 'bks', 'bsx', 'bien so dang ky', 'so bien so', 'xe mang bien', 'license plate'],
  baseScore: 0.75,
  validate(found, text, ctx) {
    // The matcher has just recorded the groups of this match; find them again when it has not.
    if (groupsLength !== text.length || groupsPos !== found.index) scanPlate(text, found.index);
    groupsLength = -1;
    const g = groups;
    const province = (codeAt(text, found.index) - 48) * 10 + codeAt(text, found.index + 1) - 48;
    if (province < 11) return null;
    const label = supportingLabel(ctx, 30);
    if (label === 'none') return null;
    if (label === 'license_plate') return 0.97;
    if (label !== null) return null;
    const dotted = (g & Groups.DOTTED) !== 0;
    if ((g & Groups.LOWER) !== 0) return dotted ? 0.8 : null; // typed in lower case: only the dotted form
    const separated = (g & Groups.SEPARATED) !== 0;
    if (dotted) return 0.9;
    if ((g & Groups.FIVE) !== 0) return separated ? 0.85 : this.baseScore;
    return separated ? 0.7 : 0.55;
  },
};
