// One normalizer per catalog FieldType (catalog `normalization` section).
import type { FieldType } from '../catalog/catalog.ts';
import { normalizeDate } from './date.ts';
import { normalizeDocNumber } from './doc-number.ts';
import { normalizeGender } from './gender.ts';
import { normalizeMoney } from './money.ts';
import { normalizePersonalId } from './personal-id.ts';
import { normalizePersonName, normalizeText } from './text.ts';
import type { NormalizeResult } from './result.ts';
import { repairDigits } from '../text/ocr-repair.ts';

export type { NormalizeResult } from './result.ts';
export { normalizeDate, isoDate } from './date.ts';
export { normalizeDocNumber } from './doc-number.ts';
export { normalizeGender } from './gender.ts';
export { normalizeMoney } from './money.ts';
export { normalizePersonalId } from './personal-id.ts';
export { normalizePersonName, normalizeText } from './text.ts';

/** Dates: undo OCR letter/digit confusions only in numeric tokens, then parse. */
function normalizeDateRepairing(raw: string): NormalizeResult {
  const direct = normalizeDate(raw);
  if (direct.value !== null) return direct;
  const r = repairDigits(raw);
  if (!r.repaired) return direct;
  const again = normalizeDate(r.text);
  return again.value !== null ? { value: again.value, warning: 'ocr_repaired' } : direct;
}

/**
 * Normalize a raw value for a catalog field type. `values` lists the allowed
 * values of an enum field (matched without regard to case and diacritics).
 */
export function normalizeField(type: FieldType, raw: string, values?: readonly string[]): NormalizeResult {
  if (statesNoValue(raw)) return { value: null, warning: 'no_value' };
  switch (type) {
    case 'text':
    case 'org_name':
    case 'address':
      return normalizeText(raw);
    case 'person_name':
      return normalizePersonName(raw);
    case 'date':
      return normalizeDateRepairing(raw);
    case 'personal_id':
      return normalizePersonalId(raw);
    case 'gender':
      return normalizeGender(raw);
    case 'doc_number':
      return normalizeDocNumber(raw);
    case 'money':
      return normalizeMoney(raw);
    case 'enum':
      return normalizeEnum(raw, values ?? []);
  }
}

/**
 * The paper says there is nothing here: 'Không thời hạn' (no expiry), 'Không có',
 * '---', 'N/A'. That is an answer, not an unreadable value.
 */
const signaturePlaceholder = /^(da )?ky( ten)?( va)?( ghi ro| ghi)?( ho ten| ho va ten)?( va)?( dong dau)?( va ghi ro ho ten)?$/;

export function statesNoValue(raw: string): boolean {
  const f = raw.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  if (f === '' && /^[\s\-–—_.\/x]+$/i.test(raw) && raw.trim().length > 0) return true;
  // '(Đã ký)', '(Ký, ghi rõ họ tên)' under a signature: where the paper is signed, not a value.
  if (/^\s*[(（]/.test(raw) && signaturePlaceholder.test(f)) return true;
  return /^(khong|vo|khong co) (co )?thoi han$|^(khong|khong co|chua co|khong xac dinh|n a|none|unlimited|no expiry|not applicable)$/.test(f);
}

function normalizeEnum(raw: string, values: readonly string[]): NormalizeResult {
  const text = normalizeText(raw);
  if (text.value === null) return text;
  const key = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().trim();
  const hit = values.find((v) => key(v) === key(text.value!));
  return hit !== undefined ? { value: hit } : { value: text.value, warning: 'enum_unknown_value' };
}
