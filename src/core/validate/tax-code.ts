// Tax code (MST): 10 digits, or 13 as NNNNNNNNNN-NNN for dependent units.
// N10 is a check digit: weights 31,29,23,19,17,13,7,5,3 over N1..N9,
// N10 = 10 - (sum mod 11) (domain.md).
const weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];

/** Expected check digit for the first nine digits, or null when the sum leaves no valid digit (remainder 0 gives 10). */
export function taxCodeCheckDigit(first9: string): number | null {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(first9[i]) * weights[i]!;
  const d = 10 - (sum % 11);
  return d >= 0 && d <= 9 ? d : null;
}

/** True for a well-formed tax code whose check digit is right. */
export function isValidTaxCode(code: string): boolean {
  const m = code.replace(/\s+/g, '').match(/^(\d{10})(?:-?(\d{3}))?$/);
  if (!m) return false;
  const ten = m[1]!;
  const expected = taxCodeCheckDigit(ten.slice(0, 9));
  return expected !== null && expected === Number(ten[9]);
}
