// Recognizers read the scanner's token flags: the bits they rely on must be the scanner's.
import { describe, expect, it } from 'vitest';
import { Scanner } from '../../../src/core/pii/scan.ts';
import { recognizers } from '../../../src/core/pii/index.ts';

describe('token flags', () => {
  it("address's HAS_MARK (16) is set exactly on words with a decomposed mark", () => {
    const scanner = new Scanner(recognizers);
    const text = `phường ${'phường'.normalize('NFD')} Hà ${'Nội'.normalize('NFD')} so 12`;
    scanner.scan(text);
    const marked: boolean[] = [];
    for (let t = 0; t < scanner.n; t++) marked.push((scanner.tFlags[t]! & 16) !== 0);
    expect(marked).toEqual([false, true, false, true, false, false]);
  });
});
