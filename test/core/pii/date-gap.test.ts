import { describe, expect, it } from 'vitest';
import { DATE_GAP, dateGap } from '../../../src/core/pii/recognizers/date-of-birth.ts';
import { foldText } from '../../../src/core/pii/fold.ts';
import { prng as rng } from '../../fixtures/pii/prng.ts';

// Pieces of the gaps seen between a birth label and a date, and pieces that must not pass.
const PIECES = [
  ' ', ':', ',', '.', '(', ')', '-', '–', '/', '=', '\n', '\u00a0', 'là', 'LÀ', 'vào', 'Vào', 'ngày', 'NGÀY', 'năm', 'tháng',
  'Tháng', '(dd/mm/yyyy)', '(ngày/tháng/năm)', '(DD', 'dd', 'mm', 'yyyy', 'ông', 'x', 'l', 'n', 'ng', 'th', 'va',
  '(dd/mm/yyyy của người khai)', '(ngày', ')', 'ĺa', 'đ', 'ư',
];

describe('dateGap', () => {
  it('agrees with DATE_GAP on the folded gap', () => {
    const next = rng(11);
    let accepted = 0;
    for (let r = 0; r < 20000; r++) {
      let gap = '';
      const n = Math.floor(next() * 6);
      for (let i = 0; i < n; i++) gap += PIECES[Math.floor(next() * PIECES.length)]!;
      const text = `Sinh${gap}12/03/1985`;
      const expected = DATE_GAP.test(foldText(gap));
      if (expected) accepted++;
      expect(dateGap(text, 4, 4 + gap.length), JSON.stringify(gap)).toBe(expected);
    }
    expect(accepted).toBeGreaterThan(1000);
  });
});
