// Tax code (mã số thuế, MST): 10 digits with a check digit, or NNNNNNNNNN-NNN for dependent units.
// Since 01/07/2025 the 12-digit personal identification number also serves as the personal tax code.
import type { Recognizer, Tokens } from '../types.ts';
import { supportingLabel } from '../context.ts';
import { NUM_END, NUM_START, runAt, numEndAt, numStartAt } from '../bounds.ts';
import { digitsAt, codeAt } from '../charclass.ts';
import { isPlausibleId12At } from './national-id.ts';
import { taxCodeCheckDigit } from '../../validate/tax-code.ts';

// Two patterns, by the run of digits they start at: ten digits (maybe a branch suffix), and twelve
// (the personal identification number), which the validator accepts only under a tax-code label, so
// the engine tries it only there (most 12-digit numbers are ID card numbers).
const TAX10 = new RegExp(`${NUM_START}\\d{10}(?:[ ]?-[ ]?\\d{3})?${NUM_END}`, 'y');
const TAX12 = new RegExp(`${NUM_START}\\d{12}${NUM_END}`, 'y');

/** TAX10, hand-written: the end of the match at `pos`, or -1. */
function scanTax10(text: string, pos: number, _found?: { valueStart: number }, tokens?: Tokens, t = -1): number {
  if (runAt(text, pos, tokens, t) !== 10 || !numStartAt(text, pos)) return -1;
  // "dddddddddd[ ]?-[ ]?ddd", then without it
  let q = pos + 10;
  if (codeAt(text, q) === 32) q++;
  if (codeAt(text, q) === 45) {
    q++;
    if (codeAt(text, q) === 32) q++;
    if (digitsAt(text, q, 3) && numEndAt(text, q + 3)) return q + 3;
  }
  return numEndAt(text, pos + 10) ? pos + 10 : -1;
}

/** TAX12, hand-written. */
function scanTax12(text: string, pos: number, _found?: { valueStart: number }, tokens?: Tokens, t = -1): number {
  return runAt(text, pos, tokens, t) === 12 && numStartAt(text, pos) && numEndAt(text, pos + 12) ? pos + 12 : -1;
}

/**
 * Check digit N10 = 10 - (sum of N1..N9 weighted 31,29,23,19,17,13,7,5,3 mod 11) (core/validate).
 * A remainder of 0 would need "10": such numbers are never issued, so they are invalid
 * (the practice of python-stdnum and the tax authority's look-up), as is an all-zero serial
 * or a branch suffix 000.
 */
export function isValidTaxCode(digits: string): boolean {
  if (digits.length !== 10 && digits.length !== 13) return false;
  if (digits.slice(2, 9) === '0000000') return false;
  if (digits.length === 13 && digits.endsWith('000')) return false;
  return taxCodeCheckDigit(digits.slice(0, 9)) === digits.charCodeAt(9) - 48;
}

const WEIGHTS = new Int32Array([31, 29, 23, 19, 17, 13, 7, 5, 3]);

/**
 * isValidTaxCode for a match of TAX at text[from, to) with `count` digits, reading the text in place
 * (the ten leading digits of a 10- or 13-digit match are contiguous). The check digit is
 * core/validate's (taxCodeCheckDigit) computed on the digits in place; a test holds the two together.
 */
export function isValidTaxCodeAt(text: string, from: number, to: number, count: number): boolean {
  if (count !== 10 && count !== 13) return false;
  let serialZero = true;
  let sum = 0;
  const weights = WEIGHTS; // (a local: one module-binding check, not nine)
  for (let i = 0; i < 9; i++) {
    const d = codeAt(text, from + i) - 48;
    if (i >= 2 && d !== 0) serialZero = false;
    sum += d * weights[i]!;
  }
  if (serialZero) return false;
  if (count === 13 && codeAt(text, to - 1) === 48 && codeAt(text, to - 2) === 48 && codeAt(text, to - 3) === 48) return false;
  const check = 10 - (sum % 11);
  return check <= 9 && check === codeAt(text, from + 9) - 48;
}

/**
 * Digits of a TAX match of `length` characters, without reading them: 10 or 12 digits alone, else ten
 * digits, a '-' (maybe between spaces) and three digits.
 */
function taxDigitCount(length: number): number {
  return length === 10 || length === 12 ? length : 13;
}

export const taxCode: Recognizer = {
  type: 'tax_code',
  class: 'basic',
  patterns: [
    { re: TAX10, at: 'number', minDigits: 10, runs: [10], scan: scanTax10 },
    { re: TAX12, at: 'number', minDigits: 12, runs: [12], after: ['tax_code'], scan: scanTax12 },
  ],
  context: [
    'mst', 'ma so thue', 'ma so thue ca nhan', 'mst ca nhan', 'so mst', 'tax code', 'tax id', 'ma so doanh nghiep',
    'msdn', 'ma so thue/cccd',
  ],
  baseScore: 0.6,
  validate(match, text, ctx) {
    const count = taxDigitCount(match.end - match.index);
    // The check digit first (about one number in eleven passes it): without a tax-code label in front, a
    // number that fails it is rejected whatever the label says, so the label is not read.
    const valid = count !== 12 && isValidTaxCodeAt(text, match.index, match.end, count);
    if (!valid && count !== 12 && ctx.label?.kind !== 'tax_code') return null;
    const label = supportingLabel(ctx, 40);
    if (label === 'none') return null;
    if (count === 12) return label === 'tax_code' && isPlausibleId12At(text, match.index, match.end) ? 0.95 : null;
    if (label !== null && label !== 'tax_code') return null;
    if (label === 'tax_code') return valid ? 0.98 : 0.7;
    if (label !== null || !valid) return null;
    return count === 13 ? 0.9 : this.baseScore;
  },
};
