// address.ts's matcher reads the tokens of the value for the validator that runs right after it: the
// validator must give the same verdict whether it gets them from the matcher or reads them itself.
import { describe, expect, it } from 'vitest';
import { address } from '../../../src/core/pii/recognizers/address.ts';
import type { MatchContext, PatternMatch } from '../../../src/core/pii/types.ts';
import { prng as rng } from '../../fixtures/pii/prng.ts';

const PIECES = [
  ' ', ', ', ' - ', '/', '\n', ';', '|', '(', 'Số 12', 'số', 'thôn', 'Đông Anh', 'hà nội', 'TP.', 'Nội.', 'quán:',
  'nop', 'den', 'a@b.vn', 'www.abc', 'x.com', '0912345678', '12.', 'P.', 'tx.', 'ngõ 5', 'Hà Nội', 'phường',
];

/** A context without labels around [start, end). */
function context(text: string, start: number, end: number): MatchContext {
  return {
    text, hasUpper: /\p{Lu}/u.test(text), start, end, label: null, anchor: null,
    gap: () => '', labelKind: () => null, labelStartIn: () => -1,
  };
}

describe('address validator', () => {
  it('gives the same verdict with the tokens the matcher read and with its own reading', () => {
    const next = rng(5);
    const scan = address.afterLabel![0]!.scan!;
    const match: PatternMatch = { index: 0, end: 0, pattern: -1 };
    let accepted = 0;
    for (let r = 0; r < 4000; r++) {
      let text = 'Địa chỉ:';
      const n = 1 + Math.floor(next() * 50);
      for (let i = 0; i < n; i++) text += PIECES[Math.floor(next() * PIECES.length)]!;
      const found = { valueStart: 8 };
      const end = scan(text, 8, found);
      if (end < 0) continue;
      const afterMatcher = address.validate(match, text, context(text, found.valueStart, end));
      const alone = address.validate(match, text, context(text, found.valueStart, end));
      // A matcher run on another text in between must not leak into this validation.
      scan('Địa chỉ: Số 1 thôn Bắc, xã Nam', 8, { valueStart: 8 });
      const afterOther = address.validate(match, text, context(text, found.valueStart, end));
      expect(alone, JSON.stringify(text)).toEqual(afterMatcher);
      expect(afterOther, JSON.stringify(text)).toEqual(afterMatcher);
      if (afterMatcher !== null) accepted++;
    }
    expect(accepted).toBeGreaterThan(500);
  });
});
