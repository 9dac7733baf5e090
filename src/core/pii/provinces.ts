// Birth-registration province codes that open a 12-digit personal identification number.
// The list itself is the validator's (core/validate); here it becomes a table read without slicing.
import { provinceCodes } from '../validate/personal-id.ts';

const valid = new Uint8Array(1000);
for (const code of provinceCodes) valid[Number(code)] = 1;

/** True for a valid 3-digit province code given as a number 0..999. */
export function isProvinceCode(code: number): boolean {
  return valid[code] === 1;
}
