// Dates of birth: a date (or a birth year) right after a birth word — sinh, ngày sinh, sinh ngày,
// năm sinh, DOB, date of birth. Other dates (issue, expiry, filing) are not personal and stay readable.
import type { Recognizer } from '../types.ts';
import { THIS_YEAR } from '../bounds.ts';
import { L, digitsAt, codeAt, inL, isDigit, isSpace } from '../charclass.ts';
import { FOLD_TABLE, foldText } from '../fold.ts';

// One regex for every written form, tried only at numbers that follow a birth label:
// 12/03/1985 (also '-' '.', spaces), 1985-03-12, 12 tháng 3 năm 1985, 3/1985 (month and year), 1985.
// (readDate() reads the numbers, so the only group is the separator the day-month-year form repeats:
// fewer groups make the regex cheaper to run)
const END = String.raw`(?![${L}0-9_]|[/.\-][0-9])`;
const DATE = new RegExp(
  String.raw`(?<![${L}0-9_/.\-])(?:` +
    String.raw`\d{1,2}\s?([/.\-])\s?\d{1,2}\s?\1\s?\d{4}${END}` +
    String.raw`|\d{4}-\d{2}-\d{2}${END}` +
    String.raw`|\d{1,2}\s+th[áa]ng\s+\d{1,2}\s*,?\s+n[ăa]m\s+\d{4}(?![0-9])` +
    String.raw`|\d{1,2}[/.\-]\d{4}${END}` +
    String.raw`|(?:19|20)\d{2}${END})`,
  'iy',
);
// MRZ line 2 of a chip ID card: YYMMDD birth date, check digit, sex, expiry, VNM.
const MRZ = /(?<![\dA-Z<])(?<mrz>\d{6})(?=\d[MF<]\d{7}VNM)/y;
/** MRZ, hand-written: YYMMDD, then a check digit, M/F/<, seven digits and VNM. */
function scanMrz(text: string, pos: number): number {
  if (pos > 0) {
    const p = codeAt(text, pos - 1);
    if ((p >= 48 && p <= 57) || (p >= 65 && p <= 90) || p === 60) return -1;
  }
  if (!digitsAt(text, pos, 7)) return -1;
  const sex = codeAt(text, pos + 7);
  if (sex !== 77 && sex !== 70 && sex !== 60) return -1;
  return digitsAt(text, pos + 8, 7) && text.startsWith('VNM', pos + 15) ? pos + 6 : -1;
}

/** The length of the run of digits at `i`; its value in `runValue`. */
function digitRun(text: string, i: number): number {
  let e = i;
  let v = 0;
  for (let c = codeAt(text, e); c >= 48 && c <= 57; c = codeAt(text, ++e)) v = v * 10 + c - 48;
  runValue = v;
  return e - i;
}

/** Value of digitRun's last run. */
let runValue = 0;

/** DATE's END at `i`: no letter, digit or '_', nor a '/', '.' or '-' before a digit. */
function endsDate(text: string, i: number): boolean {
  const c = codeAt(text, i);
  if (inL(c) || isDigit(c) || c === 95) return false;
  return !((c === 47 || c === 46 || c === 45) && isDigit(codeAt(text, i + 1)));
}

/** One \s at `i`: i + 1, else i. */
function optionalSpace(text: string, i: number): number {
  return isSpace(codeAt(text, i)) ? i + 1 : i;
}

function skipSpaces(text: string, i: number): number {
  while (isSpace(codeAt(text, i))) i++;
  return i;
}

/** An 'a' or 'A', or the accented `lower` or its capital `upper` (the regex has the 'i' flag). */
function isA(c: number, lower: number, upper: number): boolean {
  return (c | 32) === 97 || c === lower || c === upper;
}

/**
 * DATE, hand-written: the end of its match at `pos`, or -1. Every quantifier of the regex is decided
 * by the digit runs and spaces it meets (no backtracking choice changes the match), so the forms are
 * tried in the regex's order with the lengths of the runs.
 */
function scanDate(text: string, pos: number): number {
  dateEnd = -1; // (recorded again on a match)
  if (pos > 0) {
    const p = codeAt(text, pos - 1);
    if (inL(p) || isDigit(p) || p === 95 || p === 47 || p === 46 || p === 45) return -1;
  }
  const n = digitRun(text, pos);
  const a = runValue;
  if (n === 4) {
    // \d{4}-\d{2}-\d{2}, then (?:19|20)\d{2}
    if (codeAt(text, pos + 4) === 45 && digitRun(text, pos + 5) === 2) {
      const b = runValue;
      if (codeAt(text, pos + 7) === 45 && digitRun(text, pos + 8) === 2 && endsDate(text, pos + 10)) {
        return recordDate(text, pos, pos + 10, runValue, b, a);
      }
    }
    return (a >= 1900 && a <= 2099) && endsDate(text, pos + 4) ? recordDate(text, pos, pos + 4, 1, 1, a) : -1;
  }
  if (n < 1 || n > 2) return -1;
  // \d{1,2}\s?([/.\-])\s?\d{1,2}\s?\1\s?\d{4}
  let i = optionalSpace(text, pos + n);
  const sep = codeAt(text, i);
  if (sep === 47 || sep === 46 || sep === 45) {
    i = optionalSpace(text, i + 1);
    const m = digitRun(text, i);
    if (m >= 1 && m <= 2) {
      const b = runValue;
      i = optionalSpace(text, i + m);
      if (codeAt(text, i) === sep) {
        i = optionalSpace(text, i + 1);
        if (digitRun(text, i) === 4 && endsDate(text, i + 4)) return recordDate(text, pos, i + 4, a, b, runValue);
      }
    }
  }
  // \d{1,2}\s+th[áa]ng\s+\d{1,2}\s*,?\s+n[ăa]m\s+\d{4}(?![0-9])
  i = skipSpaces(text, pos + n);
  if (i > pos + n && (codeAt(text, i) | 32) === 116 && (codeAt(text, i + 1) | 32) === 104 && isA(codeAt(text, i + 2), 0xe1, 0xc1) &&
    (codeAt(text, i + 3) | 32) === 110 && (codeAt(text, i + 4) | 32) === 103) {
    let j = skipSpaces(text, i + 5);
    const m = digitRun(text, j);
    if (j > i + 5 && m >= 1 && m <= 2) {
      const b = runValue;
      j += m;
      // \s*,?\s+ : spaces with at least one after the comma, or at least one without a comma
      let k = skipSpaces(text, j);
      let ok = k > j;
      if (codeAt(text, k) === 44) {
        const after = skipSpaces(text, k + 1);
        ok = after > k + 1;
        k = after;
      }
      if (ok && (codeAt(text, k) | 32) === 110 && isA(codeAt(text, k + 1), 0x103, 0x102) && (codeAt(text, k + 2) | 32) === 109) {
        const y = skipSpaces(text, k + 3);
        if (y > k + 3 && digitRun(text, y) === 4) return recordDate(text, pos, y + 4, a, b, runValue);
      }
    }
  }
  // \d{1,2}[/.\-]\d{4}
  const s = codeAt(text, pos + n);
  if ((s === 47 || s === 46 || s === 45) && digitRun(text, pos + n + 1) === 4 && endsDate(text, pos + n + 5)) {
    return recordDate(text, pos, pos + n + 5, 1, a, runValue);
  }
  return -1;
}

// The day, month and year of scanDate's last match [datePos, dateEnd) in a text of dateLength
// characters (dateEnd -1: none), read as it matched: the engine runs the validator right after the
// matcher of the same match. (No reference to the text is kept.)
let datePos = -1;
let dateEnd = -1;
let dateLength = -1;

/** Records the match [pos, end) of `text` and its date; returns `end`. */
function recordDate(text: string, pos: number, end: number, d: number, m: number, y: number): number {
  datePos = pos;
  dateEnd = end;
  dateLength = text.length;
  day = d;
  month = m;
  year = y;
  return end;
}

// Birth words and a date are close: only punctuation, "là", "vào", a date-format hint between them.
export const DATE_GAP = /^[\s:;,.=()\-–/]*(?:(?:la|vao|ngay|nam|thang|\((?:dd|ngay)[^)]{0,16}\))[\s:;,.=()\-–/]*)*$/;

/** True when text[from, to) is only the punctuation and spaces DATE_GAP starts with (the common case, tested without slicing). */
function punctuationGap(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i); // (between a label and its value: inside the text)
    // ' ' : ; , . = ( ) - – / and the other spaces
    if (!(c === 32 || isSpace(c) || c === 58 || c === 59 || c === 44 || c === 46 || c === 61 || c === 40 || c === 41 || c === 45 || c === 0x2013 || c === 47)) return false;
  }
  return true;
}

/** Folded code unit (as foldText folds it). */
function foldedAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c < 0x1f00 ? FOLD_TABLE[c]! : c;
}

/** True when the folded text at `i` is `word` (lower-case ASCII). */
function wordAt(text: string, i: number, to: number, word: string): boolean {
  if (i + word.length > to) return false;
  for (let k = 0; k < word.length; k++) if (foldedAt(text, i + k) !== word.charCodeAt(k)) return false;
  return true;
}

/** The words DATE_GAP allows between punctuation, by their first folded letter. */
function gapWordEnd(text: string, i: number, to: number, c: number): number {
  switch (c) {
    case 108: return wordAt(text, i, to, 'la') ? i + 2 : -1;
    case 118: return wordAt(text, i, to, 'vao') ? i + 3 : -1;
    case 116: return wordAt(text, i, to, 'thang') ? i + 5 : -1;
    case 110: return wordAt(text, i, to, 'ngay') ? i + 4 : wordAt(text, i, to, 'nam') ? i + 3 : -1;
    case 40: {
      // \((?:dd|ngay)[^)]{0,16}\)
      const s = wordAt(text, i + 1, to, 'dd') ? i + 3 : wordAt(text, i + 1, to, 'ngay') ? i + 5 : -1;
      if (s < 0) return -1;
      for (let j = s, stop = Math.min(s + 17, to); j < stop; j++) if (foldedAt(text, j) === 41) return j + 1;
      return -1;
    }
    default: return -1;
  }
}

/**
 * DATE_GAP.test(fold(text[from, to))) without the substring (exported for its test against DATE_GAP): the positions the pattern can reach
 * as bits (the gap is at most 24 characters), since a '(' may be punctuation or open "(dd/mm/yyyy)".
 */
export function dateGap(text: string, from: number, to: number): boolean {
  const n = to - from;
  if (n > 30) return DATE_GAP.test(foldText(text.slice(from, to)));
  let reach = 1;
  for (let k = 0; k < n; k++) {
    if ((reach & (1 << k)) === 0) continue;
    const i = from + k;
    const c = foldedAt(text, i);
    if (isSpace(c) || c === 58 || c === 59 || c === 44 || c === 46 || c === 61 || c === 40 || c === 41 || c === 45 || c === 0x2013 || c === 47) {
      reach |= 1 << (k + 1);
    }
    const e = gapWordEnd(text, i, to, c);
    if (e >= 0) reach |= 1 << (e - from);
  }
  return (reach & (1 << n)) !== 0;
}

// Day, month and year of the last DATE match (module state: no allocation).
let day = 1;
let month = 1;
let year = 0;

/**
 * Reads the numbers of a DATE match: three numbers are day, month, year (year, month, day when the
 * first has four digits), two are month and year, one is a year; missing parts count as 1.
 */
function readDate(text: string, from: number, to: number): void {
  let runs = 0;
  let firstLength = 0;
  let a = 0;
  let b = 0;
  let c = 0;
  let i = from;
  while (i < to && runs < 3) {
    let d = codeAt(text, i) - 48;
    if (d < 0 || d > 9) {
      i++;
      continue;
    }
    let v = 0;
    const s = i;
    while (i < to && d >= 0 && d <= 9) {
      v = v * 10 + d;
      d = codeAt(text, ++i) - 48;
    }
    if (runs === 0) {
      firstLength = i - s;
      a = v;
    } else if (runs === 1) b = v;
    else c = v;
    runs++;
  }
  day = 1;
  month = 1;
  if (runs === 3) {
    if (firstLength === 4) {
      year = a;
      month = b;
      day = c;
    } else {
      day = a;
      month = b;
      year = c;
    }
  } else if (runs === 2) {
    month = a;
    year = b;
  } else year = a;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function plausible(day: number, month: number, year: number): boolean {
  if (year < 1900 || year > THIS_YEAR) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  if (month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) return day <= 29;
  return day <= DAYS_IN_MONTH[month - 1]!;
}

export const dateOfBirth: Recognizer = {
  type: 'date_of_birth',
  class: 'basic',
  patterns: [
    // (a date starts with a run of 1, 2 or 4 digits; an MRZ birth date with its 6 digits and the check digit)
    { re: DATE, at: 'number', runs: [1, 2, 4], after: ['date_of_birth'], scan: scanDate },
    { re: MRZ, at: 'number', minDigits: 7, maxDigits: 7, runs: [7], scan: scanMrz },
  ],
  context: [
    'sinh', 'ngay sinh', 'sinh ngay', 'nam sinh', 'sinh nam', 'ngay thang nam sinh', 'ngay, thang, nam sinh', 'thang sinh',
    'sinh thang', 'dob', 'date of birth', 'birth date', 'birthday', 'ngay/thang/nam sinh', 'ns', 'sinh vao ngay', 'sinh ra ngay',
    'ngay sinh cua chong', 'ngay sinh cua vo', 'ngay sinh cua con', 'ngay sinh cua me', 'ngay sinh cua cha',
  ],
  baseScore: 0.95,
  validate(match, text, ctx) {
    if (match.pattern === 1) return 0.95; // MRZ
    const label = ctx.label;
    if (!label || label.kind !== 'date_of_birth') return null;
    if (ctx.start - label.end > 24 || !(punctuationGap(text, label.end, ctx.start) || dateGap(text, label.end, ctx.start))) {
      // "Ngày sinh: ông ... 12/03/1985" style gaps are not accepted; a filler gap is.
      if (ctx.labelKind(12) === null) return null;
    }
    // (the date the matcher read, unless it has not just matched this)
    if (datePos !== match.index || dateEnd !== match.end || dateLength !== text.length) readDate(text, match.index, match.end);
    dateEnd = -1;
    return plausible(day, month, year) ? this.baseScore : null;
  },
};
