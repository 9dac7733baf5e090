// Personal identification number (12 digits) or old ID card number (9 digits).
import { repairDigits } from '../text/ocr-repair.ts';
import type { NormalizeResult } from './result.ts';

export function normalizePersonalId(raw: string): NormalizeResult {
  // Spaces, dots and dashes are grouping only ('001 203 012 345').
  const compact = raw.normalize('NFC').replace(/[\s.\-–_]+/g, '');
  let digits = compact.replace(/\D/g, '');
  let warning: string | undefined;
  if (!/^\d+$/.test(compact)) {
    const r = repairDigits(compact);
    if (r.repaired && /^\d+$/.test(r.text)) {
      digits = r.text;
      warning = 'ocr_repaired';
    } else {
      // A label or note may trail the number ('001203012345 (CCCD)'): take the first digit run of a valid length.
      const run = raw.match(/(?<!\d)(\d{12}|\d{9}|\d{10})(?!\d)/);
      if (run) return { value: run[1]! };
    }
  }
  if (digits.length === 12 || digits.length === 9) return { value: digits, warning };
  // Organizations are identified by their tax code (10 digits, or 13 for a dependent unit) in the same fields.
  if (digits.length === 10 || digits.length === 13) return { value: digits, warning };
  if (digits.length === 0) return { value: null, warning: 'personal_id_unparsed' };
  // Any other length is kept for the official to correct, flagged.
  return { value: digits, warning: 'personal_id_length' };
}
