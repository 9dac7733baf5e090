import { describe, expect, it } from 'vitest';
import { fullMask } from '../../../src/core/pii/operators.ts';

/** fullMask as it was written first: one Unicode regex test per code point. */
function reference(value: string, maskChar = '*'): string {
  let out = '';
  for (const ch of value) out += /[\p{L}\p{N}]/u.test(ch) ? maskChar : ch;
  return out;
}

describe('fullMask', () => {
  it('masks letters and digits of any script as the regex does, code point by code point', () => {
    const samples = [
      '', '0123 456 789', 'AB-12.cd_@#[]`{}~', 'Nguyễn Văn Ấn', 'Đường 3/2', 'x\u0301y', '١٢٣ ٤',
      '𝟘𝟙 𝐀b', '😀a', '\ud800', 'a\udc00b', '\ud83d', 'ⅫⅠ²³', '\u00a0\u2007', '漢字 かな',
    ];
    for (const s of samples) {
      expect(fullMask(s)).toBe(reference(s));
      expect(fullMask(s, '#')).toBe(reference(s, '#'));
    }
    for (let c = 0; c < 0x3000; c++) {
      const s = `a${String.fromCharCode(c)}1`;
      expect(fullMask(s, 'x')).toBe(reference(s, 'x'));
    }
  });
});
