// Birth-registration province codes that open a 12-digit personal
// identification number (Circular 07/2016/TT-BCA, 63 provinces, 001 Hà Nội ... 096 Cà Mau).
const CODES = [
  1, 2, 4, 6, 8, 10, 11, 12, 14, 15, 17, 19, 20, 22, 24, 25, 26, 27, 30, 31, 33, 34, 35, 36, 37, 38,
  40, 42, 44, 45, 46, 48, 49, 51, 52, 54, 56, 58, 60, 62, 64, 66, 67, 68, 70, 72, 74, 75, 77, 79, 80,
  82, 83, 84, 86, 87, 89, 91, 92, 93, 94, 95, 96,
];

const valid = new Uint8Array(100);
for (const c of CODES) valid[c] = 1;

/** True for a valid 3-digit province code given as a number 0..999. */
export function isProvinceCode(code: number): boolean {
  return code < 100 && valid[code] === 1;
}

export const provinceCodes: readonly number[] = CODES;
