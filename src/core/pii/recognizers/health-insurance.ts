// Health-insurance card code (mã thẻ BHYT): 15 characters = 2-letter beneficiary group + benefit level
// (1-5) + 2-digit province + the 10-digit social-insurance number; printed with or without spaces.
import type { Recognizer } from '../types.ts';
import { supportingLabel } from '../context.ts';
import { L, digitsAt, inL, isDigit, codeAt } from '../charclass.ts';

const BHYT = new RegExp(String.raw`(?<![${L}0-9_])[A-Za-z]{2}[ ]?[1-5][ ]?\d{2}[ ]?\d{10}(?![${L}0-9_])`, 'y');

// Beneficiary group codes (Decision 1351/QĐ-BHXH and later lists).
const GROUPS = new Set(
  ('DN HX CH NN TK HC XK CA HT TB MS XB XN TN CC CK CB KC HD TE BT HN DT DK XD TS TC TQ TA TY HG LS PV CN HS ' +
    'SV GB GD ND TH TV TD TU NO XV CY QN HK KH NT').split(' '),
);
/** The groups as numbers (first letter << 8 | second), read from the text without slicing. */
const GROUP_KEYS = new Set([...GROUPS].map((g) => (g.charCodeAt(0) << 8) | g.charCodeAt(1)));

/**
 * Two ASCII letters, an optional space, the benefit-level digit 1-5, an optional space and two
 * digits, then the first and last of ten digits. The second letter first: most code tokens fail there
 * (agency codes "H12", "G12"; accented words before a number, "số 12"); the digits reject the short
 * words before other numbers ("so 5, ngõ", "lo 1A", "so 223.80.75", "Km 34+325").
 */
function levelDigitFollows(text: string, pos: number): boolean {
  const b = codeAt(text, pos + 1) | 32; // (bit 5 set: lower case)
  if (b < 97 || b > 122) return false;
  let p = pos + 2;
  if (codeAt(text, p) === 32) p++;
  const c = codeAt(text, p);
  if (c < 49 || c > 53) return false;
  if (codeAt(text, ++p) === 32) p++;
  if (!isDigit(codeAt(text, p)) || !isDigit(codeAt(text, p + 1))) return false;
  // the first and the last of the ten digits after them
  p += 2;
  if (codeAt(text, p) === 32) p++;
  if (!isDigit(codeAt(text, p)) || !isDigit(codeAt(text, p + 9))) return false;
  const a = codeAt(text, pos) | 32;
  return a >= 97 && a <= 122;
}

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** Not a letter, digit or '_' (the regex's look-behind and look-ahead). */
const boundary = (c: number): boolean => !(inL(c) || isDigit(c) || c === 95);

/** BHYT, hand-written (every optional space is a single ' ' that the next part cannot take): the end, or -1. */
function scanBhyt(text: string, pos: number): number {
  if (pos > 0 && !boundary(codeAt(text, pos - 1))) return -1;
  if (!isAsciiLetter(codeAt(text, pos)) || !isAsciiLetter(codeAt(text, pos + 1))) return -1;
  let q = pos + 2;
  if (codeAt(text, q) === 32) q++;
  const level = codeAt(text, q);
  if (level < 49 || level > 53) return -1;
  q++;
  if (codeAt(text, q) === 32) q++;
  if (!digitsAt(text, q, 2)) return -1;
  q += 2;
  if (codeAt(text, q) === 32) q++;
  if (!digitsAt(text, q, 10)) return -1;
  q += 10;
  return boundary(codeAt(text, q)) ? q : -1;
}

export const healthInsurance: Recognizer = {
  type: 'health_insurance',
  class: 'basic',
  patterns: [{ re: BHYT, at: 'code', head: 'letter-letter', guard: levelDigitFollows, scan: scanBhyt }],
  context: [
    'bhyt', 'the bhyt', 'ma the bhyt', 'so the bhyt', 'ma bhyt', 'bao hiem y te', 'the bao hiem y te',
    'ma the bao hiem y te', 'so the bao hiem y te', 'health insurance',
  ],
  baseScore: 0.9,
  validate(match, text, ctx) {
    const label = supportingLabel(ctx, 40);
    if (label === 'none') return null;
    if (label === 'health_insurance') return 0.98;
    // The pattern starts with two ASCII letters: clearing bit 5 upper-cases them.
    const a = codeAt(text, match.index);
    const b = codeAt(text, match.index + 1);
    const upper = a <= 90 && b <= 90;
    if (GROUP_KEYS.has(((a & ~32) << 8) | (b & ~32))) return upper ? this.baseScore : 0.8; // 0.8: typed in lower case
    return upper ? 0.65 : null;
  },
};
