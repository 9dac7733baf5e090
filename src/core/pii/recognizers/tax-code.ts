// Tax code (mã số thuế, MST): 10 digits with a check digit, or NNNNNNNNNN-NNN for dependent units.
// Since 01/07/2025 the 12-digit personal identification number also serves as the personal tax code.
import type { Recognizer } from '../types.ts';
import { digitsOf, supportingLabel } from '../context.ts';
import { NUM_END, NUM_START } from '../bounds.ts';
import { isPlausibleId12 } from './national-id.ts';
import { taxCodeCheckDigit } from '../../validate/tax-code.ts';

const TAX = new RegExp(`${NUM_START}(?:\\d{10}(?:[ ]?-[ ]?\\d{3})?|\\d{12})${NUM_END}`, 'y');
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

export const taxCode: Recognizer = {
  type: 'tax_code',
  class: 'basic',
  patterns: [{ re: TAX, at: 'number', minDigits: 10 }],
  context: [
    'mst', 'ma so thue', 'ma so thue ca nhan', 'mst ca nhan', 'so mst', 'tax code', 'tax id', 'ma so doanh nghiep',
    'msdn', 'ma so thue/cccd',
  ],
  baseScore: 0.6,
  validate(match, _text, ctx) {
    const digits = digitsOf(match[0]);
    const label = supportingLabel(ctx, 40);
    if (label === 'none') return null;
    if (digits.length === 12) return label === 'tax_code' && isPlausibleId12(digits) ? 0.95 : null;
    const valid = isValidTaxCode(digits);
    if (label === 'tax_code') return valid ? 0.98 : 0.7;
    if (label !== null || !valid) return null;
    return digits.length === 13 ? 0.9 : this.baseScore;
  },
};
