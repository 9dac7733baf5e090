// Recognizers read the scanner's tokens: the flag bits they rely on must be the scanner's, and what
// they take from the tokens must give what they would read from the text.
import { describe, expect, it } from 'vitest';
import { Scanner } from '../../../src/core/pii/scan.ts';
import { recognizers } from '../../../src/core/pii/index.ts';
import { address } from '../../../src/core/pii/recognizers/address.ts';
import type { MatchContext, PatternMatch, Tokens } from '../../../src/core/pii/types.ts';
import { prng as rng } from '../../fixtures/pii/prng.ts';

const PIECES = [
  ' ', ', ', ' - ', '/', '\n', ';', '|', '(', 'Số 12', 'số', 'thôn', 'Đông Anh', 'hà nội', 'TP.', 'Nội.', 'quán:', 'nop',
  'den', 'a@b.vn', 'www.abc', '0912345678', '12.', 'P.', 'tx.', 'ngõ 5', 'Hà Nội', 'phường', 'xã', 'Bà Rịa-Vũng Tàu', 'A°',
  'huyện', '\t', 'ấp', 'Ấp', 'khu phố', 'Quận', 'x', 'ß', '–',
];

/** A context without labels around [start, end), with or without the scanner's tokens. */
function context(text: string, start: number, end: number, tokens?: Tokens): MatchContext {
  return {
    text, hasUpper: /\p{Lu}/u.test(text), start, end, label: null, anchor: null,
    gap: () => '', labelKind: () => null, labelStartIn: () => -1, ...(tokens ? { tokens } : {}),
  };
}

describe('token flags', () => {
  it("address's HAS_MARK (16) is set exactly on words with a decomposed mark", () => {
    const scanner = new Scanner(recognizers);
    const text = `phường ${'phường'.normalize('NFD')} Hà ${'Nội'.normalize('NFD')} so 12`;
    scanner.scan(text);
    const marked: boolean[] = [];
    for (let t = 0; t < scanner.n; t++) marked.push((scanner.tFlags[t]! & 16) !== 0);
    expect(marked).toEqual([false, true, false, true, false, false]);
  });

  it('the address validator gives the same verdict with the scanner words as reading the text', () => {
    const next = rng(11);
    const scanner = new Scanner(recognizers);
    const scan = address.afterLabel![0]!.scan!;
    const match: PatternMatch = { index: 0, end: 0, pattern: -1 };
    let accepted = 0;
    for (let r = 0; r < 4000; r++) {
      let text = 'Địa chỉ:';
      const n = 1 + Math.floor(next() * 30);
      for (let i = 0; i < n; i++) text += PIECES[Math.floor(next() * PIECES.length)]!;
      if (next() < 0.3) text = text.normalize('NFD');
      const found = { valueStart: 8 };
      const end = scan(text, 8, found);
      if (end < 0) continue;
      const alone = address.validate(match, text, context(text, found.valueStart, end));
      scanner.scan(text);
      const withWords = address.validate(match, text, context(text, found.valueStart, end, scanner));
      expect(withWords, JSON.stringify(text)).toEqual(alone);
      if (alone !== null) accepted++;
    }
    expect(accepted).toBeGreaterThan(500);
  });
});
