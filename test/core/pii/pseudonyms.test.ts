import { describe, expect, it } from 'vitest';
import { PII_TYPES } from '../../../src/core/pii/types.ts';
import { Pseudonymizer, pseudonymKey } from '../../../src/core/pii/operators.ts';
import { maskText } from '../../../src/core/pii/mask.ts';
import { prng as rng } from '../../fixtures/pii/prng.ts';

// Characters where a shortcut on the last character could go wrong: case pairs, letters whose lower
// case is longer (İ) or depends on context (Σ), combining marks, surrogates, and the separators keys drop.
const ALPHABET = [
  '0', '4', '8', '9', '1', 'a', 'A', 'z', 'Z', 'đ', 'Đ', 'ễ', 'Ễ', 'İ', 'i', 'Σ', 'σ', 'ς', 'ß', 'ẞ',
  '\u0301', '\u0307', '😀', ' ', ',', '.', '-', '/', '\t', '\n', '+', 'Ⅻ', 'ⅻ',
];

describe('Pseudonymizer', () => {
  it('gives two values the same tag exactly when their keys are equal', () => {
    const next = rng(7);
    const word = (): string => {
      let w = '';
      const n = 1 + Math.floor(next() * 7);
      for (let i = 0; i < n; i++) w += ALPHABET[Math.floor(next() * ALPHABET.length)]!;
      return w;
    };
    let same = 0;
    for (const type of PII_TYPES) {
      for (let r = 0; r < 3000; r++) {
        const a = word();
        // Often the same value with a changed first part, so that the keys agree at the end.
        const b = next() < 0.5 ? word() + a.slice(Math.floor(next() * a.length)) : word();
        const p = new Pseudonymizer();
        const ta = p.label(type, a);
        const tb = p.label(type, b);
        const equal = a === b || pseudonymKey(type, a) === pseudonymKey(type, b);
        if (equal) same++;
        expect(tb === ta, `${type} ${JSON.stringify(a)} ${JSON.stringify(b)}`).toBe(equal);
      }
    }
    expect(same).toBeGreaterThan(100);
  });

  it('compares values whose last letter lower-cases to more than one character', () => {
    const p = new Pseudonymizer();
    expect(p.label('person_name', 'Aİ')).toBe('[HO_TEN_1]');
    expect(p.label('person_name', 'ai\u0307')).toBe('[HO_TEN_1]'); // 'İ'.toLowerCase() is 'i' + U+0307
    expect(p.label('person_name', 'ai')).toBe('[HO_TEN_2]');
  });

  it('numbers phone numbers whose keys are empty or short like any other value', () => {
    const p = new Pseudonymizer();
    expect(p.label('phone', '0084')).toBe('[SDT_1]');
    expect(p.label('phone', '0')).toBe('[SDT_1]'); // both keys are empty
    expect(p.label('phone', '84 912 345 678')).toBe('[SDT_2]');
    expect(p.label('phone', '0912.345.678')).toBe('[SDT_2]');
    expect(p.label('phone', '0912 345 679')).toBe('[SDT_3]');
  });

  it('keeps numbering values past the point where it switches to a key index', () => {
    const p = new Pseudonymizer();
    for (let i = 1; i <= 20; i++) expect(p.label('national_id', `0012${String(i).padStart(8, '0')}`)).toBe(`[CCCD_${i}]`);
    expect(p.label('national_id', '0012 0000 0003')).toBe('[CCCD_3]');
    expect(p.label('person_name', 'Nguyễn Văn A')).toBe('[HO_TEN_1]');
  });

  it('numbers the values of one maskText call as a fresh Pseudonymizer does, past the point where it switches', () => {
    // maskText's default numbers values by their place in the text, and hands over to a Pseudonymizer
    // past 16 values: texts of up to 40 values, many of them respelled, must come out the same.
    const next = rng(11);
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
    const values: Record<string, string[]> = {
      national_id: ['001234567890', '0012 3456 7890', '001.234.567.890', '079203000111', '079 203 000 111'],
      phone: ['0912 345 678', '+84 912 345 678', '0084912345678', '84912345678', '0912.345.679', '(+84) 912-345-679'],
      date_of_birth: ['1/2/1990', '01/02/1990', '01-02-1990', '1.2.1990', '2/1/1990', '12/11/1985'],
      person_name: ['Nguyễn Văn An', 'NGUYỄN VĂN AN', 'nguyễn  văn an', 'Nguyễn Văn Ân', 'Trần Thị B', 'TRẦN THỊ B,', 'Aİ', 'ai\u0307'],
      address: ['12 Lê Lợi, Huế', '12 lê lợi huế', '12 Lê Lợi. Huế', '5 Trần Phú, Hà Nội'],
      license_plate: ['29A-123.45', '29A12345', '29a 123 45', '30E-678.90'],
      bank_account: ['0123456789', '0123 456 789'],
    };
    const types = Object.keys(values) as (keyof typeof values)[];
    for (let r = 0; r < 400; r++) {
      let text = '';
      const spans: { start: number; end: number; type: (typeof PII_TYPES)[number]; score: number }[] = [];
      const n = 1 + Math.floor(next() * 40);
      for (let i = 0; i < n; i++) {
        const type = pick(types);
        // Distinct values too, so that some texts hold more than 16 of them.
        const value = next() < 0.6 ? pick(values[type]!) : `${pick(values[type]!)}${Math.floor(next() * 90) + 10}`;
        text += pick(['; ', ' và ', '\n']);
        spans.push({ start: text.length, end: text.length + value.length, type: type as (typeof PII_TYPES)[number], score: 1 });
        text += value;
      }
      expect(maskText(text, spans), text).toBe(maskText(text, spans, undefined, new Pseudonymizer()));
    }
  });

  it('starts every maskText call without a Pseudonymizer afresh', () => {
    const spans = [{ start: 0, end: 12, type: 'national_id' as const, score: 1 }];
    const other = [{ start: 0, end: 12, type: 'national_id' as const, score: 1 }];
    expect(maskText('001234567890', spans)).toBe('[CCCD_1]');
    expect(maskText('009876543210', other)).toBe('[CCCD_1]');
    const shared = new Pseudonymizer();
    expect(maskText('001234567890', spans, undefined, shared)).toBe('[CCCD_1]');
    expect(maskText('009876543210', other, undefined, shared)).toBe('[CCCD_2]');
  });
});
