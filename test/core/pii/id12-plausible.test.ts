// isPlausibleId12At reads the twelve digits of a match in place (in a row, or grouped by spaces or
// dots): it must agree with isPlausibleId12 on the digits alone.
import { describe, expect, it } from 'vitest';
import { isPlausibleId12, isPlausibleId12At } from '../../../src/core/pii/recognizers/national-id.ts';
import { prng } from '../../fixtures/pii/prng.ts';

describe('isPlausibleId12At', () => {
  it('agrees with isPlausibleId12 on twelve digits, in a row or grouped', () => {
    const rand = prng(12);
    let plausible = 0;
    for (let i = 0; i < 20000; i++) {
      // province codes near the valid ones, every century digit, years around the current one
      let digits = String(Math.floor(rand() * 100)).padStart(3, '0') + String(Math.floor(rand() * 10)) + String(Math.floor(rand() * 100)).padStart(2, '0');
      for (let k = 0; k < 6; k++) digits += String(Math.floor(rand() * 10));
      const sep = rand() < 0.5 ? ' ' : '.';
      const forms = [digits, digits.replace(/(\d{3})(?=\d)/g, `$1${sep}`), digits.replace(/(\d{4})(?=\d)/g, `$1${sep}`)];
      const expected = isPlausibleId12(digits);
      if (expected) plausible++;
      for (const form of forms) {
        const text = `CCCD ${form}.`;
        expect(isPlausibleId12At(text, 5, 5 + form.length), form).toBe(expected);
      }
    }
    expect(plausible).toBeGreaterThan(1000);
  });
});
