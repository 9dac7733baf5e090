// The licence-plate matcher must match exactly what PLATE matches, and record the groups its validator
// reads instead of PLATE's match array: the validator's scores are checked against ones computed from
// the regex's groups.
import { describe, expect, it } from 'vitest';
import { prng } from '../../fixtures/pii/prng.ts';
import { licensePlate } from '../../../src/core/pii/recognizers/license-plate.ts';
import type { MatchContext } from '../../../src/core/pii/types.ts';

const PIECES = ['30', '29', '51', '59', '10', 'A', 'B', 'a', 'g', 'X', 'Đ', 'đ', 'ễ', 'AĐ', 'LD', 'ab', ' ', ' ', '-', '-', '.', '.', ',', '/', '_', '1', '12', '123', '1234', '12345', '123.45', '\n', 'é'];

/** Random strings of the pieces above, half of them around a plate-like value (each part varied). */
function fuzz(count: number, seed: number): string[] {
  const rand = prng(seed);
  const pick = (a: readonly string[]): string => a[Math.floor(rand() * a.length)]!;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let t = '';
    const n = 1 + Math.floor(rand() * 5);
    for (let k = 0; k < n; k++) t += pick(PIECES);
    if (rand() < 0.5) {
      t += (rand() < 0.7 ? ' ' : '') + pick(['30', '29', '05', '1', '123']) + pick(['', '', ' ', '-', '.']) + pick(['A', 'LD', 'a', 'gH', 'X2', 'AĐ', 'AĐ1', 'Đ', 'ab1', 'A1B', '']) +
        pick(['', '', ' ', '-', '.', ',', '  ']) + pick(['123.45', '1234', '12345', '123', '123456', '12.345', '123.4', '1234.5', '123.456']) +
        pick(['', '', ' ', '.', '.6', ',7', '-1', '/', 'x', 'ễ', '_', '9']);
    }
    out.push(t);
  }
  return out;
}

const pattern = licensePlate.patterns[0]!;
const scan = pattern.scan!;

/** The validator's score for the groups of PLATE's match array (what it computed before the matcher recorded them). */
function scoreFromGroups(m: RegExpExecArray): number | null {
  if (Number(m[1]) < 11) return null;
  const dotted = m[3]!.includes('.');
  if (/[a-z]/.test(m[2]!)) return dotted ? 0.8 : null;
  const separated = /[ \-]/.test(m[0]);
  if (dotted) return 0.9;
  if (m[3]!.length === 5) return separated ? 0.85 : 0.75;
  return separated ? 0.7 : 0.55;
}

// No label in front: the validator goes on to the groups.
const ctx = { labelKind: () => null, label: null } as unknown as MatchContext;

describe('licence-plate matcher', () => {
  const texts = [...fuzz(20000, 7), '30A-123.45', 'xe 29-B1 123.45', '51G12345', '59X2-345.67', '30AĐ 12345', '12 tháng 3', 'a30A12345', '30A12345.6'];
  it('ends where PLATE ends, at every position', () => {
    let matched = 0;
    for (const text of texts) {
      for (let pos = 0; pos < text.length; pos++) {
        pattern.re.lastIndex = pos;
        const m = pattern.re.exec(text);
        const end = scan(text, pos, { valueStart: pos });
        expect(end, `${JSON.stringify(text)} @${pos}`).toBe(m === null ? -1 : m.index + m[0].length);
        if (m !== null) matched++;
      }
    }
    expect(matched).toBeGreaterThan(300);
  });
  it('gives the scores of the regex groups, right after the matcher and without it', () => {
    let scored = 0;
    for (const text of texts) {
      for (let pos = 0; pos < text.length; pos++) {
        pattern.re.lastIndex = pos;
        const m = pattern.re.exec(text);
        if (m === null) continue;
        const want = scoreFromGroups(m);
        const end = scan(text, pos, { valueStart: pos });
        const match = { index: pos, end, pattern: 0 };
        expect(licensePlate.validate(match, text, ctx), `${JSON.stringify(text)} @${pos}`).toBe(want);
        // without the matcher's record (another match's groups are recorded): the same score
        if (pos > 0) scan(text, pos - 1, { valueStart: pos - 1 });
        expect(licensePlate.validate(match, text, ctx)).toBe(want);
        if (want !== null) scored++;
      }
    }
    expect(scored).toBeGreaterThan(200);
  });
});
