// Cross-field validation of extracted fields. Every problem is a warning with a
// stable code and an English message that never contains a value.
import type { ExtractionWarning } from '../extract/types.ts';
import { checkDates, todayIso } from './dates.ts';
import { checkPersonalId } from './personal-id.ts';
import { isValidTaxCode } from './tax-code.ts';

export { checkPersonalId, decodeCenturyGender, provinceCodes } from './personal-id.ts';
export { isValidTaxCode, taxCodeCheckDigit } from './tax-code.ts';
export { checkDates, todayIso } from './dates.ts';

/** Personal ID field -> the birth date and gender fields (or fixed gender) it must agree with. */
const idContexts: Record<string, { birth?: string; gender?: string }> = {
  so_dinh_danh: { birth: 'ngay_sinh', gender: 'gioi_tinh' },
  chong_so_dinh_danh: { birth: 'chong_ngay_sinh' },
  vo_so_dinh_danh: { birth: 'vo_ngay_sinh' },
  chu_ho_so_dinh_danh: {},
};

export interface ValidateOptions {
  /** ISO date taken as today (tests); defaults to the current date in Vietnam. */
  today?: string;
}

/** Fields that may hold an organization's identifier (its tax code) instead of a person's. */
const orgCapable: Record<string, string[]> = { quyet_dinh_hanh_chinh: ['so_dinh_danh'] };

export function validateFields(typeCode: string | null, fields: Record<string, string>, options: ValidateOptions = {}): ExtractionWarning[] {
  const warnings: ExtractionWarning[] = [];
  for (const [key, ctx] of Object.entries(idContexts)) {
    const id = fields[key];
    if (!id) continue;
    // Decisions name an organization by tax code in the same field: check it as one.
    if (/^\d{10}(-?\d{3})?$/.test(id) && (typeCode === null || orgCapable[typeCode]?.includes(key))) {
      if (!isValidTaxCode(id)) warnings.push({ field: key, code: 'tax_code_check_digit', message: 'the tax code check digit is wrong' });
      continue;
    }
    for (const issue of checkPersonalId(id, { birthDate: ctx.birth ? fields[ctx.birth] : undefined, gender: ctx.gender ? fields[ctx.gender] : undefined })) {
      warnings.push({ field: key, code: issue.code, message: issue.message });
    }
  }
  // A household-business code that is a plain tax code must carry a valid check digit.
  const hkd = fields.ma_so_ho_kinh_doanh;
  if (hkd && /^\d{10}(-\d{3})?$/.test(hkd) && !isValidTaxCode(hkd)) {
    warnings.push({ field: 'ma_so_ho_kinh_doanh', code: 'tax_code_check_digit', message: 'the tax code check digit is wrong' });
  }
  for (const d of checkDates(fields, options.today ?? todayIso())) warnings.push(d);
  return warnings;
}
