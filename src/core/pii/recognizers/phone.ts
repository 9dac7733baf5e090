// Phone numbers: mobiles (0 or +84/84 then 3x, 5x, 7x, 8x, 9x and 7 more digits) and landlines
// (02x area codes, 10 national digits), in every common spelling: +84, (+84), 0084, 84..., 0...,
// spaces, dots, dashes, "(024) 3825 1234".
import type { Recognizer, Tokens, Verdict } from '../types.ts';
import { TOKEN_DIGIT_START } from '../scan.ts';
import { isOtherNumberLabel, supportingLabel } from '../context.ts';
import { L, digitsAt, inL, isDigit, codeAt, isSpace } from '../charclass.ts';

const PHONE = new RegExp(
  // A slash may separate two phones ("0912345678/0987654321"), so it is not excluded before one.
  // A 0 followed by eleven digits in a row is a 12-digit number (an ID card's, mostly), which the
  // validator would reject whatever its label (eleven digits are too many in a row): not matched.
  String.raw`(?<![${L}0-9_+]|[0-9][.,\-])` +
    String.raw`(?:(?:\(\s?\+?\s?84\s?\)|\+\s?84|0084|84|0(?!\d{11}))[ .\-]?\d(?:[ .\-]?\d){7,10}|\(0\d{2,3}\)[ .\-]?\d(?:[ .\-]?\d){5,8})` +
    String.raw`(?![${L}0-9_])`,
  'y',
);

/** Where each digit of digitChain's current chain sits (a store per digit instead of branches). */
const digitAt = new Int32Array(12);

/**
 * From `q`: `min` to `max` digits, each maybe after one ' ', '.' or '-', the longest first, ending
 * before no letter, digit or '_'; the end, or -1. (One pass: the last unit end from `min` on that
 * such a character follows is the longest match.) Leaves where its digits sit in `digitAt`, and
 * their count in `national.count`, for chainRead.
 */
function digitChain(text: string, q: number, min: number, max: number): number {
  const at = digitAt;
  let units = 0;
  let good = -1;
  let goodUnits = 0;
  for (;;) {
    const c = codeAt(text, q);
    if (units >= min && !(isDigit(c) || inL(c) || c === 95)) {
      good = q;
      goodUnits = units;
    }
    if (units === max) break;
    if (isDigit(c)) q++;
    else if ((c === 32 || c === 46 || c === 45) && isDigit(codeAt(text, q + 1))) q += 2;
    else break;
    at[units++] = q - 1;
  }
  national.count = goodUnits;
  return good;
}

/**
 * digitChain(text, pos + skip, 8, 11) then chainRead for a number whose prefix (0, 84 or 0084:
 * `skip` digits) opens the scanner's token `t` (its run of digits at least skip + 2 long, so the
 * first two national digits are pos + skip and the next), read from the tokens: a chain of numbers joined by single ' ', '.', '-' is a chain of
 * tokens, so only the characters at their ends are read again. The end, or -1.
 */
function tokenChain(text: string, pos: number, sc: Tokens, t: number, skip = 1, bare84 = false): number {
  const tStart = sc.tStart, tEnd = sc.tEnd, tFlags = sc.tFlags, tRun = sc.tRun, n = sc.n;
  let k = t;
  const nat0 = pos + skip; // the first national digit
  let first = nat0; // where token k's digits (units) start
  let r = tRun[t]! - skip;
  let units = 0; // before token k
  let good = -1, goodUnits = 0;
  let at9 = -1, at10 = -1;
  for (;;) {
    const e = first + r; // the end of its run of digits
    if (units <= 8 && units + r > 8) at9 = first + 8 - units;
    if (units <= 9 && units + r > 9) at10 = first + 9 - units;
    units += r;
    // Past eleven units the chain stops before a digit, and after letters glued to the digits it
    // stops before a letter: no end there.
    if (units > 11 || e !== tEnd[k]) break;
    const c = codeAt(text, e); // (no digit: the token ends there)
    if (units >= 8 && !(inL(c) || c === 95)) {
      good = e;
      goodUnits = units;
    }
    if (units === 11 || !(c === 32 || c === 46 || c === 45) || k + 1 >= n || tStart[k + 1] !== e + 1 || (tFlags[k + 1]! & TOKEN_DIGIT_START) === 0) break;
    k++;
    first = e + 1;
    r = tRun[k]!;
  }
  if (good < 0) return -1;
  const nat = national;
  nat.start = pos;
  nat.end = good;
  nat.length = text.length;
  nat.bare84 = bare84;
  nat.count = goodUnits;
  const d0 = text.charCodeAt(nat0) - 48;
  nat.expected = d0 === 2 ? 10 : text.charCodeAt(nat0 + 1) - 48 >= MOBILE_SECOND_MIN[d0]! ? 9 : 0;
  nat.ninthAt = goodUnits > 8 ? at9 : -1;
  nat.tenthAt = goodUnits > 9 ? at10 : -1;
  return good;
}

/** PHONE, hand-written: the prefixes in the regex's order, each with the longest digit run it allows; the end, or -1. */
function scanPhone(text: string, pos: number, _found?: { valueStart: number }, tokens?: Tokens, t = -1): number {
  const c = codeAt(text, pos);
  if (c !== 48 && c !== 56 && c !== 40 && c !== 43) return -1; // every prefix starts with 0, 8, '(' or '+'
  if (pos > 0) {
    const p = codeAt(text, pos - 1);
    if (inL(p) || isDigit(p) || p === 95 || p === 43) return -1;
    if ((p === 46 || p === 44 || p === 45) && isDigit(codeAt(text, pos - 2))) return -1;
  }
  if (c === 40 /* ( */) {
    // (+84), ( 84 ), ...
    let q = pos + 1;
    if (isSpace(codeAt(text, q))) q++;
    if (codeAt(text, q) === 43) q++;
    if (isSpace(codeAt(text, q))) q++;
    if (codeAt(text, q) === 56 && codeAt(text, q + 1) === 52) {
      q += 2;
      if (isSpace(codeAt(text, q))) q++;
      if (codeAt(text, q) === 41) {
        const end = digitChain(text, q + 1, 8, 11);
        if (end >= 0) return chainRead(text, pos, end, false);
      }
    }
    // (024) 3825 1234 (rare: the validator reads the digits again)
    if (codeAt(text, pos + 1) === 48 && isDigit(codeAt(text, pos + 2)) && isDigit(codeAt(text, pos + 3))) {
      const close = isDigit(codeAt(text, pos + 4)) ? pos + 5 : pos + 4;
      if (codeAt(text, close) === 41) {
        national.start = -1;
        return digitChain(text, close + 1, 6, 9);
      }
    }
    return -1;
  }
  if (c === 43 /* + */) {
    let q = pos + 1;
    if (isSpace(codeAt(text, q))) q++;
    if (codeAt(text, q) !== 56 || codeAt(text, q + 1) !== 52) return -1;
    const end = digitChain(text, q + 2, 8, 11);
    return end >= 0 ? chainRead(text, pos, end, false) : -1;
  }
  const is0084 = c === 48 && codeAt(text, pos + 1) === 48 && codeAt(text, pos + 2) === 56 && codeAt(text, pos + 3) === 52;
  if (is0084) {
    // (from the tokens when the run holds 0084 and two more digits: see tokenChain)
    if (t >= 0 && tokens !== undefined && tokens.tRun[t]! >= 6) {
      const end = tokenChain(text, pos, tokens, t, 4, false);
      if (end >= 0) return end;
    } else {
      const end = digitChain(text, pos + 4, 8, 11); // 0084
      if (end >= 0) return chainRead(text, pos, end, false);
    }
  }
  if (c === 56 && codeAt(text, pos + 1) === 52) {
    if (t >= 0 && tokens !== undefined && tokens.tRun[t]! >= 4) return tokenChain(text, pos, tokens, t, 2, true);
    const end = digitChain(text, pos + 2, 8, 11); // 84
    if (end >= 0) return chainRead(text, pos, end, true);
  }
  if (c === 48 && t >= 0 && !is0084) {
    // The usual 0...: from the scanner's tokens, when it leads a run of three digits or more
    if (tokens !== undefined) {
      const run = tokens.tRun[t]!;
      if (run >= 3) return run >= 12 ? -1 : tokenChain(text, pos, tokens, t); // 0(?!\d{11})
    }
  }
  // 0(?!\d{11}): the 11th digit first (a ten-digit phone ends before it; grouped ones fail early)
  if (c !== 48 || (isDigit(codeAt(text, pos + 11)) && digitsAt(text, pos + 1, 10))) return -1;
  const end = digitChain(text, pos + 1, 8, 11); // 0
  // (after a failed 0084, the validator still reads the digits after 84: it reads them again)
  if (end >= 0 && is0084) national.start = -1;
  return end >= 0 && !is0084 ? chainRead(text, pos, end, false) : end;
}

/** Records in `national` the match [pos, end), whose national number is digitChain's last chain; returns `end`. */
function chainRead(text: string, pos: number, end: number, bare84: boolean): number {
  const nat = national;
  nat.start = pos;
  nat.end = end;
  nat.length = text.length;
  nat.bare84 = bare84;
  const at = digitAt;
  const n = nat.count;
  const d0 = text.charCodeAt(at[0]!) - 48;
  nat.expected = d0 === 2 ? 10 : text.charCodeAt(at[1]!) - 48 >= MOBILE_SECOND_MIN[d0]! ? 9 : 0;
  nat.ninthAt = n > 8 ? at[8]! : -1;
  nat.tenthAt = n > 9 ? at[9]! : -1;
  return end;
}

/** Lowest second digit of a mobile number by its first digit (3x, 5x: 2-9; 7x, 9x: 0-9; 8x: 1-9); 10 = no mobile. */
const MOBILE_SECOND_MIN = new Int8Array([10, 10, 10, 2, 10, 2, 10, 0, 1, 0]);

/**
 * National significant number (after 0 or 84) of the last match [start, end) in a text of `length`
 * characters: its digit count, its expected length (9 for mobiles, 10 for landlines, 0 when the
 * prefix is not a Vietnamese one), where its 9th and 10th digits sit (the last digit of a mobile or a
 * landline number; -1 when it has fewer), and whether it was written as a bare 84... One module
 * object, written once per match (no allocation): by scanPhone for the common forms, which the engine
 * runs right before the validator (see Pattern.guard), else by the validator itself (start = -1).
 */
const national = { start: -1, end: -1, length: -1, count: 0, expected: 0, ninthAt: -1, tenthAt: -1, bare84: false };

/** First index of "84" in text[from, to), or -1. */
function find84(text: string, from: number, to: number): number {
  for (let i = from; i + 1 < to; i++) if (codeAt(text, i) === 56 && codeAt(text, i + 1) === 52) return i;
  return -1;
}

/** Index of the first ')' in text[from, to), or -1. */
function closingParen(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (codeAt(text, i) === 41) return i;
  return -1;
}

function readNationalDigits(text: string, from: number, to: number): void {
  let i = from;
  let international = false;
  let bare84 = false;
  const first = codeAt(text, from);
  const at84 = first === 43 || first === 40 ? find84(text, from, to) : -1;
  if (first === 43 /* + */ || (first === 40 /* ( */ && at84 >= 0 && at84 < closingParen(text, from, to))) {
    international = true;
    i = (at84 >= 0 ? at84 : from - 1) + 2;
  } else if (first === 48 && codeAt(text, from + 1) === 48 && codeAt(text, from + 2) === 56 && codeAt(text, from + 3) === 52 && to - from >= 4) {
    international = true; // 0084
    i = from + 4;
  } else if (first === 56 && codeAt(text, from + 1) === 52 && to - from >= 2) {
    international = true;
    bare84 = true;
    i = from + 2;
  }
  // (locals in the loop, module state once at the end)
  let n = 0;
  let d0 = -1;
  let d1 = -1;
  let at9 = -1;
  let at10 = -1;
  let skippedTrunk = international;
  for (; i < to; i++) {
    const d = text.charCodeAt(i) - 48; // (inside the match: no bounds to check)
    if (d < 0 || d > 9) continue;
    if (!skippedTrunk) {
      skippedTrunk = true; // the leading 0
      continue;
    }
    if (n === 0) d0 = d;
    else if (n === 1) d1 = d;
    else if (n === 8) at9 = i;
    else if (n === 9) at10 = i;
    n++;
  }
  const nat = national;
  nat.count = n;
  nat.expected = n === 0 ? 0 : d0 === 2 ? 10 : n >= 2 && d1 >= MOBILE_SECOND_MIN[d0]! ? 9 : 0;
  nat.ninthAt = at9;
  nat.tenthAt = at10;
  nat.bare84 = bare84;
}

export const phone: Recognizer = {
  type: 'phone',
  class: 'basic',
  patterns: [
    { re: PHONE, at: 'number', minDigits: 9, firstDigits: [0, 8], scan: scanPhone }, // 0..., 84..., 0084...
    { re: PHONE, at: 'sign', scan: scanPhone },
  ],
  context: [
    'sdt', 'so dt', 'so dien thoai', 'dien thoai', 'dt', 'dtdd', 'di dong', 'so di dong', 'dien thoai di dong',
    'dien thoai lien he', 'dien thoai lien lac', 'so lien he', 'lien he', 'sdt lien he', 'tel', 'phone', 'mobile', 'zalo',
    'so zalo', 'dt/zalo', 'sdt/zalo', 'goi', 'nhan tin',
  ],
  baseScore: 0.85,
  validate(match, text, ctx): Verdict {
    const nat = national;
    if (nat.start !== match.index || nat.end !== match.end || nat.length !== text.length) readNationalDigits(text, match.index, match.end);
    const expected = nat.expected;
    const digitCount = nat.count;
    const label = supportingLabel(ctx, 30);
    if (label === 'none') return null;
    if (expected === 0 || digitCount < expected) {
      return label === 'phone' && digitCount >= 8 && digitCount <= 10 ? 0.6 : null;
    }
    let end = ctx.end;
    if (digitCount > expected) {
      // The match ran into a following number: keep the phone only if a separator ends it.
      const last = expected === 9 ? nat.ninthAt : nat.tenthAt;
      const next = last + 1 < match.end ? codeAt(text, last + 1) : -1;
      if (next !== 32 && next !== 46 && next !== 45) return null;
      end = ctx.start + (last - match.index) + 1;
    }
    let score = expected === 9 ? this.baseScore : 0.72;
    if (nat.bare84) score = 0.65;
    if (label === 'phone') score = 0.97;
    else if (isOtherNumberLabel(label, 'phone')) score = 0.3; // an account, tax or insurance number that looks like a phone
    return end === ctx.end ? score : { score, end };
  },
};
