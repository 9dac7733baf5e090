// date-of-birth's matcher records the day, month and year it read for the validator that runs right
// after it: the validator must give the same verdict as when it reads the date itself.
import { describe, expect, it } from 'vitest';
import { dateOfBirth } from '../../../src/core/pii/recognizers/date-of-birth.ts';
import type { Label, MatchContext, PatternMatch } from '../../../src/core/pii/types.ts';
import { prng as rng } from '../../fixtures/pii/prng.ts';

const SEPS = ['/', '.', '-', ' / ', ' - ', '/ '];
const TAILS = ['', '', ' ', '.', '/1', 'a', ',', '_', '-2'];

/** A date in one of the forms the pattern reads (day and month up to 35, years around the plausible ones), or a near miss. */
function dateText(next: () => number): string {
  const pick = <T>(a: readonly T[]): T => a[Math.floor(next() * a.length)]!;
  const num = (max: number, pad: boolean): string => {
    const v = Math.floor(next() * (max + 1));
    return pad && v < 10 && next() < 0.5 ? `0${v}` : String(v);
  };
  const year = String(1880 + Math.floor(next() * 220));
  const d = num(35, true);
  const m = num(14, true);
  switch (Math.floor(next() * 5)) {
    case 0: {
      const s = pick(SEPS);
      return `${d}${s}${m}${s}${year}`;
    }
    case 1: return `${year}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
    case 2: return `${d} ${pick(['tháng', 'thang', 'THÁNG'])} ${m}${pick([' ', ', ', ' ,  '])}${pick(['năm', 'nam', 'NĂM'])} ${year}`;
    case 3: return `${m}${pick(SEPS)}${year}`;
    default: return year;
  }
}

describe('date-of-birth validator', () => {
  it('gives the same verdict with the date the matcher read and with its own reading', () => {
    const next = rng(7);
    const scan = dateOfBirth.patterns[0]!.scan!;
    const label: Label = { start: 0, end: 10, kind: 'date_of_birth', weak: false, kindBit: 0 };
    let accepted = 0;
    let matched = 0;
    for (let r = 0; r < 20000; r++) {
      const text = `Ngày sinh ${dateText(next)}${TAILS[Math.floor(next() * TAILS.length)]!}`;
      const end = scan(text, 10, { valueStart: 10 });
      if (end < 0) continue;
      matched++;
      const ctx: MatchContext = {
        text, hasUpper: true, start: 10, end, label, anchor: null,
        gap: () => '', labelKind: () => 'date_of_birth', labelStartIn: () => -1,
      };
      const match: PatternMatch = { index: 10, end, pattern: 0 };
      const recorded = dateOfBirth.validate(match, text, ctx);
      const read = dateOfBirth.validate(match, text, ctx); // (the record is used once)
      expect(recorded, text).toEqual(read);
      if (read !== null) accepted++;
    }
    expect(matched).toBeGreaterThan(1000);
    expect(accepted).toBeGreaterThan(100);
  });
});
