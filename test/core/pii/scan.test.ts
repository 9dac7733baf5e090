// The tokenizer is hand-tuned (one table read per character, counters bumped without branches,
// runs of numbers summed as they are met): these tests hold it to a plain reference written from
// the definitions in scan.ts, on generated texts long enough to make its buffers grow.
import { describe, expect, it } from 'vitest';
import { Scanner, wordHash } from '../../../src/core/pii/scan.ts';
import { recognizers } from '../../../src/core/pii/recognizers/index.ts';
import { foldText } from '../../../src/core/pii/fold.ts';

const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isMark = (c: string): boolean => c >= '\u0300' && c <= '\u036f';
const isLetter = (c: string): boolean => c.charCodeAt(0) < 0x1f00 && /\p{L}/u.test(c);
const isUpper = (c: string): boolean => c.charCodeAt(0) < 0x1f00 && /\p{Lu}/u.test(c);

interface RefToken {
  start: number;
  end: number;
  hash: number;
  digits: number;
  /** Leading digits, up to 31. */
  run: number;
  pure: boolean;
}

/** The low 16 bits of the folded hashes of the words 'caps' patterns start at (the scanner's filter of them). */
const CAPS_START = new Set(
  recognizers.filter((r) => r.patterns.some((p) => p.at === 'caps')).flatMap((r) => r.startWords ?? []).map((w) => wordHash(foldText(w)) & 0xffff),
);

/** Tokens by the definitions: runs of letters, digits and marks that do not start with a mark. */
function reference(text: string): { tokens: RefToken[]; numbers: number[]; caps: number[]; codes: number[]; signs: number[]; emails: number[] } {
  const tokens: RefToken[] = [];
  for (let i = 0; i < text.length; ) {
    const c = text[i]!;
    if (!isDigit(c) && !isLetter(c)) {
      i++;
      continue;
    }
    let e = i + 1;
    while (e < text.length && (isDigit(text[e]!) || isLetter(text[e]!) || isMark(text[e]!))) e++;
    const word = text.slice(i, e);
    let lead = 0;
    while (lead < word.length && isDigit(word[lead]!)) lead++;
    tokens.push({
      start: i,
      end: e,
      hash: isDigit(c) ? -1 : wordHash(foldText([...word].filter((ch) => !isMark(ch)).join(''))),
      digits: lead,
      run: Math.min(lead, 31),
      pure: lead === word.length,
    });
    i = e;
  }
  // Digits reachable through single ' ', '.', '-' from each number, capped at 32.
  for (let t = tokens.length - 1; t >= 0; t--) {
    const k = tokens[t]!;
    if (k.digits === 0) continue;
    const next = tokens[t + 1];
    if (k.pure && next && next.start === k.end + 1 && ' .-'.includes(text[k.end]!) && next.digits > 0) k.digits += next.digits;
    k.digits = Math.min(k.digits, 32);
  }
  const numbers = tokens.flatMap((k, t) => (k.hash === -1 ? [t] : []));
  const caps = tokens.flatMap((k, t) => (isUpper(text[k.start]!) && CAPS_START.has(k.hash & 0xffff) ? [t] : []));
  const codes = tokens.flatMap((k, t) => {
    if (k.hash === -1) return [];
    if (/[0-9]/.test(text.slice(k.start, k.end))) return [t];
    return k.end - k.start <= 2 && text[k.end] === ' ' && isDigit(text[k.end + 1] ?? '') ? [t] : [];
  });
  const signs: number[] = [];
  const emails: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if ((text[i] === '+' || text[i] === '(') && /[0-9+ ]/.test(text[i + 1] ?? '')) signs.push(i);
    if (text[i] === '@') {
      let s = i;
      while (s > 0 && /[0-9A-Za-z._%+-]/.test(text[s - 1]!)) s--;
      if (s < i) emails.push(s);
    }
  }
  return { tokens, numbers, caps, codes, signs, emails };
}

const PIECES = [
  'Số', 'CCCD', 'của', 'ông', 'là', 'NGUYỄN', 'Văn', 'An', 'Trần', 'Le', 'ngày', 'sinh', 'địa', 'chỉ', 'thường', 'trú', 'Đ',
  'ho\u0323 te\u0302n', '0912', '345', '678', '0912345678', '23/2/2019', '12.3.2020', '1-2-3', 'C1234567', 'DN',
  '4', '79', 'AB12cd', 'x', '+84', '(028)', 'a.b@c.vn', '@', 'ω', 'Ω', '中文', '\u0301', '\u1ea0', '<<', 'P<VNM',
];
const GLUE = [' ', ' ', ' ', ', ', '. ', ': ', '\n', '-', '.', '/', '', '\t', '  ', ' - '];

function generate(seed: number, words: number): string {
  let s = seed >>> 0;
  const next = (n: number): number => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
  let text = '';
  for (let w = 0; w < words; w++) text += PIECES[next(PIECES.length)]! + GLUE[next(GLUE.length)]!;
  return text;
}

describe('Scanner tokens', () => {
  const scanner = new Scanner(recognizers);

  it('match the reference on generated texts, short and long', () => {
    let checked = 0;
    let capsSeen = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const text = generate(seed, seed % 50 === 0 ? 900 : 1 + (seed % 40));
      const ref = reference(text);
      scanner.scan(text);
      expect(scanner.n, text).toBe(ref.tokens.length);
      for (let t = 0; t < scanner.n; t++) {
        const k = ref.tokens[t]!;
        expect([scanner.tStart[t], scanner.tEnd[t], scanner.tHash[t]], `${text} #${t}`).toEqual([k.start, k.end, k.hash]);
        if (k.hash === -1) expect([scanner.tDigits[t], scanner.tRun[t]], `${text} #${t}`).toEqual([k.digits, k.run]);
      }
      expect([...scanner.numbers.subarray(0, scanner.numberCount)], text).toEqual(ref.numbers);
      expect([...scanner.caps.subarray(0, scanner.capsCount)], text).toEqual(ref.caps);
      expect([...scanner.codes.subarray(0, scanner.codeCount)], text).toEqual(ref.codes);
      expect(scanner.signs, text).toEqual(ref.signs);
      expect(scanner.emails, text).toEqual(ref.emails);
      expect(scanner.hasUpper, text).toBe(/\p{Lu}/u.test(text.replace(/[\u1f00-\uffff]/g, '')));
      checked += scanner.n;
      capsSeen += scanner.capsCount;
    }
    expect(checked).toBeGreaterThan(5000);
    expect(capsSeen).toBeGreaterThan(100); // surnames are in the pieces: the caps list is tested on real entries
  });

  it('finds labels at the words that start them, with their kind and end', () => {
    scanner.scan('Họ và tên: Trần Văn B, Số CCCD: 012345678901, địa chỉ thường trú tại Hà Nội');
    const labels = scanner.labels.slice(0, scanner.labelCount).map((l) => [l.start, l.end, l.kind]);
    expect(labels).toEqual([
      [0, 9, 'person_name'],
      [23, 30, 'national_id'],
      [46, 64, 'address'],
    ]);
    expect(scanner.strongCount).toBe(3);
    // The objects are reused: a second text rewrites them in place.
    scanner.scan('no label here 123');
    expect(scanner.labelCount).toBe(0);
  });
});
