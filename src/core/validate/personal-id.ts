// Personal identification number (CCCD): 3-digit birth-registration province
// code + century/gender digit + last two digits of the birth year + 6 serial
// digits (domain.md). It must agree with the date of birth and the gender.

/**
 * Province codes of the personal identification number (Circular 07/2016/TT-BCA
 * as amended; 63 provinces before the 2025 merger). Exported so a deployment
 * can check it against the official list; codes of merged provinces stay valid.
 */
export const provinceCodes: ReadonlySet<string> = new Set([
  '001', '002', '004', '006', '008', '010', '011', '012', '014', '015', '017', '019', '020', '022', '024', '025',
  '026', '027', '030', '031', '033', '034', '035', '036', '037', '038', '040', '042', '044', '045', '046', '048',
  '049', '051', '052', '054', '056', '058', '060', '062', '064', '066', '067', '068', '070', '072', '074', '075',
  '077', '079', '080', '082', '083', '084', '086', '087', '089', '091', '092', '093', '094', '095', '096',
]);

export interface IdIssue {
  code: string;
  message: string;
}

/** Century (first year) and gender the 4th digit encodes: 0/1 = 1900s male/female, 2/3 = 2000s, ... 8/9 = 1800s. */
export function decodeCenturyGender(digit: number): { century: number; gender: 'Nam' | 'Nữ' } {
  const centuries = [1900, 2000, 2100, 2200, 1800];
  return { century: centuries[Math.floor(digit / 2)]!, gender: digit % 2 === 0 ? 'Nam' : 'Nữ' };
}

/**
 * Consistency of a 12-digit personal identification number with the birth
 * date (ISO) and gender ('Nam'/'Nữ') when known. 9-digit old ID numbers carry
 * nothing to check beyond their length.
 */
export function checkPersonalId(id: string, context: { birthDate?: string; gender?: string } = {}): IdIssue[] {
  if (/^\d{9}$/.test(id)) return [];
  if (!/^\d{12}$/.test(id)) return [{ code: 'id_format', message: 'personal identification number must have 12 digits (or 9 for an old ID card)' }];
  const issues: IdIssue[] = [];
  if (!provinceCodes.has(id.slice(0, 3))) {
    issues.push({ code: 'id_province_unknown', message: 'the first three digits are not a known province code' });
  }
  const { century, gender } = decodeCenturyGender(Number(id[3]));
  const yy = Number(id.slice(4, 6));
  const birthYear = context.birthDate && /^\d{4}-\d{2}-\d{2}$/.test(context.birthDate) ? Number(context.birthDate.slice(0, 4)) : null;
  if (birthYear !== null) {
    if (Math.floor(birthYear / 100) * 100 !== century) {
      issues.push({ code: 'id_century_mismatch', message: 'the century digit of the personal identification number does not match the date of birth' });
    }
    if (birthYear % 100 !== yy) {
      issues.push({ code: 'id_birth_year_mismatch', message: 'the birth-year digits of the personal identification number do not match the date of birth' });
    }
  }
  if ((context.gender === 'Nam' || context.gender === 'Nữ') && context.gender !== gender) {
    issues.push({ code: 'id_gender_mismatch', message: 'the gender digit of the personal identification number does not match the gender' });
  }
  return issues;
}
