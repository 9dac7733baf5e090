// text, org_name, address, person_name per the catalog's normalization section.
import { cleanText } from '../text/unicode.ts';
import type { NormalizeResult } from './result.ts';

/** NFC, trimmed, white space folded; stray label punctuation at the ends dropped. */
export function normalizeText(raw: string): NormalizeResult {
  const value = cleanText(raw)
    .replace(/^[\s:;,.|\-–—_*]+/, '')
    .replace(/[\s:;,|\-–—_*]+$/, '')
    .trim()
    // A sentence's full stop is not part of the value; an abbreviation's is ('TP.', 'Q.').
    .replace(/(^|[^\p{L}])(\p{L}+)\.$/u, (m, pre: string, word: string) => (/^\p{Lu}/u.test(word) && word.length <= 3 ? m : pre + word));
  return { value: value.length > 0 ? value : null, warning: value.length > 0 ? undefined : 'value_empty' };
}

// Courtesy titles written before a name are not part of it.
const honorific = /^(?:ông\s*\/\s*bà|ông\s*\(bà\)|ông|bà|anh|chị|cháu|em|mr\.?|mrs\.?|ms\.?|miss)\s+/iu;

/** As text, then upper case (Vietnamese letters upper-case correctly in Unicode: đ -> Đ, ữ -> Ữ). */
export function normalizePersonName(raw: string): NormalizeResult {
  const base = normalizeText(raw);
  if (base.value === null) return base;
  let name = base.value.replace(honorific, '');
  // A trailing '(đã chết)' style note or a digit-bearing tail is not part of a name.
  name = name.replace(/\s*\(.*\)\s*$/, '').trim();
  if (name.length === 0) return { value: null, warning: 'value_empty' };
  const value = name.toLocaleUpperCase('vi');
  if (/\d/.test(value)) return { value, warning: 'name_has_digits' };
  return { value };
}
