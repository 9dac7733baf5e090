// address.ts runs a hand-written matcher instead of its AFTER_LABEL regex (a qualifier, separators and
// a `v` group): it must give the same value start and match end as the regex at every position.
import { describe, expect, it } from 'vitest';
import { prng } from '../../fixtures/pii/prng.ts';
import { address } from '../../../src/core/pii/recognizers/address.ts';
import { loadCorpus } from '../../fixtures/pii/corpus.ts';

// What the regex branches on: blanks, separators, line breaks, qualifiers of lower-case words or in
// parentheses, characters that cannot start a value, letters of both cases, marks and a long value.
const PIECES = [
  ' ', ' ', '  ', '\t', ':', ':', '：', '-', '–', '.', ',', ';', '|', '\n', '\r\n', '\r', '\u00a0', '\u2028', '(', ')',
  '(ghi rõ số nhà)', '(', 'chủ xe', 'ghi rõ', 'đ', 'Đ', 'a', 'A', 'số', 'Số 12', 'thôn Đông', 'Hà Nội', '\u0301', 'ß',
  'x'.repeat(70), 'ab cd ef gh ij', '12', '/', '\uffff', 'ǅ',
];

function fuzzTexts(count: number, seed: number): string[] {
  const rand = prng(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let t = '';
    const n = 1 + Math.floor(rand() * 12);
    for (let k = 0; k < n; k++) t += PIECES[Math.floor(rand() * PIECES.length)]!;
    out.push(t);
  }
  return out;
}

/** "start..end" of the match at `pos` (start: of its `v` group), or "-1". */
function regexMatch(re: RegExp, text: string, pos: number): string {
  re.lastIndex = pos;
  const m = re.exec(text);
  if (m === null) return '-1';
  const end = m.index + m[0].length;
  return `${end - m.groups!.v!.length}..${end}`;
}

describe('address matcher', () => {
  const { re, scan } = address.afterLabel![0]!;
  const corpus = loadCorpus().map((s) => s.text);
  const texts = [...corpus, ...corpus.map((t) => t.toLowerCase()), ...fuzzTexts(20000, 20251127), 'x'.repeat(300)];

  it('has a hand-written matcher for AFTER_LABEL', () => {
    expect(scan).toBeTypeOf('function');
  });

  it('matches where AFTER_LABEL matches, at every position, with the same value start', () => {
    const wrong: string[] = [];
    let matches = 0;
    for (const text of texts) {
      for (let pos = 0; pos <= text.length && wrong.length < 5; pos++) {
        const expected = regexMatch(re, text, pos);
        const found = { valueStart: pos };
        const end = scan!(text, pos, found);
        const actual = end < 0 ? '-1' : `${found.valueStart}..${end}`;
        if (expected !== '-1') matches++;
        if (actual !== expected) wrong.push(`${JSON.stringify(text)} @${pos}: regex ${expected}, scan ${actual}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(matches).toBeGreaterThan(10000);
  });
});
