// zoneAround reads the digit runs of a candidate from the engine's tokens when it gets them: it must
// answer as it does reading the text, for every span (the corpus, and look-alike strings with codes,
// amounts, letters glued to digits, marks and NFD text).
import { describe, expect, it } from 'vitest';
import { zoneAround } from '../../../src/core/pii/guards.ts';
import { Scanner } from '../../../src/core/pii/scan.ts';
import { recognizers } from '../../../src/core/pii/index.ts';
import { loadCorpus } from '../../fixtures/pii/corpus.ts';

const PIECES = [
  ' ', ' ', '.', ',', '/', '-', '%', ' %', 'đ', ' đồng', ' VNĐ', ' triệu', ' ngàn', 'ngan dong', '/QĐ-UBND', '/2020/NĐ-CP', '.H',
  '.h', 'G', 'A', 'Đ', 'ễ', 'e\u0301', 'x', ':', '(', ')', '\t', 'số', 'Số ', '000.00.00.H12', '1.000018', '-240101-', 'tỷ'.normalize('NFD'),
];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('zoneAround', () => {
  it('answers the same with the tokens as reading the text', () => {
    const next = rng(11);
    const texts = loadCorpus().map((s) => s.text);
    for (let r = 0; r < 3000; r++) {
      let text = '';
      const n = 2 + Math.floor(next() * 12);
      for (let i = 0; i < n; i++) {
        if (next() < 0.5) {
          const len = 1 + Math.floor(next() * 8);
          for (let d = 0; d < len; d++) text += String(Math.floor(next() * 10));
        } else text += PIECES[Math.floor(next() * PIECES.length)]!;
      }
      texts.push(text, text.normalize('NFD'));
    }
    const scanner = new Scanner(recognizers);
    const wrong: string[] = [];
    let zones = 0;
    for (const text of texts) {
      scanner.scan(text);
      for (let start = 0; start < text.length && wrong.length < 5; start++) {
        for (let end = start + 1; end <= Math.min(text.length, start + 24); end += 3) {
          const expected = zoneAround(text, start, end);
          if (expected) zones++;
          if (zoneAround(text, start, end, scanner) !== expected) wrong.push(`${JSON.stringify(text)} [${start}, ${end})`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(zones).toBeGreaterThan(1000);
  });
});
