// The hand-written matchers the engine runs instead of the hottest regexes must match exactly what
// their regex matches (same end at every position), on the corpus and on random look-alike strings.
import { describe, expect, it } from 'vitest';
import { prng } from '../../fixtures/pii/prng.ts';
import { recognizers } from '../../../src/core/pii/index.ts';
import type { Scan, Tokens } from '../../../src/core/pii/types.ts';
import { Scanner } from '../../../src/core/pii/scan.ts';
import { isValidTaxCode, isValidTaxCodeAt } from '../../../src/core/pii/recognizers/tax-code.ts';
import { ZONE_RE, zoneMayFollow } from '../../../src/core/pii/guards.ts';
import { codeHead, Head, letterAfterRun } from '../../../src/core/pii/bounds.ts';
import { loadCorpus } from '../../fixtures/pii/corpus.ts';

// Pieces the patterns care about: digit runs and their separators, phone prefixes, letters of every
// class, quotes, MRZ characters, marks, and characters outside the tables.
const PIECES = [
  '84', '0084', '+84', '(+84)', '( 84 )', '+ 84', '(024)', '(0243)', ' ', ' ', ' ', '  ', '.', '.', '-', '-', '/', ',', '+',
  '(', ')', '\t', '_', ':', '\n', '\u00a0', 'A', 'a', 'C', 'c', 'G', 'D', 'N', 'V', 'x', 'Đ', 'đ', 'Ễ', 'ễ', 'Ư', 'ư',
  'Nguyễn', 'NGUYỄN', 'Văn', 'An', 'TRẦN', 'Lê', 'Thị', "'", '’', "O'", '<', '<<', 'M', 'F', 'VNM', '\u0301', 'ß', '–', '€',
  'Ω', 'ω', 'ǅ', 'GD', 'HC', 'B', '@', 'GD 4 79 ', 'DN4', 'hc 5', '9001011M3001017VNM', '900101M3001017VNM', '1F', '<VNM',
  'người nộp', 'họ tên', 'ông', 'abcdefghij', 'ABCDEFGHIJKL', ': ', '：', '\r\n', '(ghi rõ)', '(', 'Văn An', 'van an', 'x:',
  '30A', '29-B1 ', '51G', '59X2-', 'AĐ', '.45', 'IDVNM', 'tháng',
];

/** Random strings of 2 to `parts` + 1 parts: digit runs (1 to `digits` digits, half of the parts) and pieces. */
function fuzzTexts(count: number, seed: number, pieces: readonly string[] = PIECES, parts = 12, digits = 13): string[] {
  const rand = prng(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let t = '';
    const n = 2 + Math.floor(rand() * parts);
    for (let k = 0; k < n; k++) {
      if (rand() < 0.5) {
        const len = 1 + Math.floor(rand() * digits);
        for (let d = 0; d < len; d++) t += String(Math.floor(rand() * 10));
      } else t += pieces[Math.floor(rand() * pieces.length)]!;
    }
    out.push(t);
  }
  return out;
}

/** Corpus snippets with a few random edits near their values: deleted, doubled or replaced characters. */
function mutants(texts: readonly string[], seed: number): string[] {
  const rand = prng(seed);
  const edits = [' ', '.', '-', '/', '', '0', '8', 'A', '<', '\t'];
  return texts.map((t) => {
    let s = t;
    for (let k = 0; k < 4; k++) {
      const i = Math.floor(rand() * s.length);
      const e = edits[Math.floor(rand() * edits.length)]!;
      s = rand() < 0.3 ? s.slice(0, i) + s[i] + s.slice(i) : s.slice(0, i) + e + s.slice(i + 1);
    }
    return s;
  });
}

const withScan = recognizers.flatMap((r) => [
  ...r.patterns.flatMap((p, i) => (p.scan ? [{ name: `${r.type}[${i}]`, re: p.re, scan: p.scan }] : [])),
  ...(r.afterLabel ?? []).flatMap((p, i) => (p.scan ? [{ name: `${r.type}.afterLabel[${i}]`, re: p.re, scan: p.scan }] : [])),
]);

/** "end" or "start..end" of the regex's match at `pos` (start: of its `v` group), or "-1". */
function regexMatch(re: RegExp, text: string, pos: number): string {
  re.lastIndex = pos;
  const m = re.exec(text);
  if (m === null) return '-1';
  const end = m.index + m[0].length;
  const v = m.groups?.v;
  return v === undefined ? String(end) : `${end - v.length}..${end}`;
}

/**
 * Where a pre-check the engine runs before a pattern would wrongly skip it: at each position where
 * `re` matches, `miss` says why the check fails there (null: it holds). The first five, and the matches.
 */
function preCheckMisses(re: RegExp, inputs: readonly string[], miss: (text: string, pos: number) => string | null): { wrong: string[]; matches: number } {
  const wrong: string[] = [];
  let matches = 0;
  for (const text of inputs) {
    for (let pos = 0; pos < text.length && wrong.length < 5; pos++) {
      if (regexMatch(re, text, pos) === '-1') continue;
      matches++;
      const why = miss(text, pos);
      if (why !== null) wrong.push(`${JSON.stringify(text)} @${pos}: ${why}`);
    }
  }
  return { wrong, matches };
}

/** The matcher's answer, given the engine's tokens of `text` (as the engine runs it) or not. */
function scanMatch(scan: Scan, text: string, pos: number, hasValue: boolean, tokens?: Tokens): string {
  const found = { valueStart: pos };
  let end: number;
  if (tokens === undefined) end = scan(text, pos, found);
  else {
    const t = tokens.tokenAt(pos);
    end = scan(text, pos, found, tokens, t < tokens.n && tokens.tStart[t] === pos ? t : -1);
  }
  if (end < 0) return '-1';
  return hasValue ? `${found.valueStart}..${end}` : String(end);
}

describe('hand-written matchers', () => {
  it('exist for the hot numeric and name patterns', () => {
    expect(withScan.map((p) => p.name).sort()).toEqual([
      'address.afterLabel[0]', 'bank_account[0]', 'date_of_birth[0]', 'date_of_birth[1]', 'health_insurance[0]', 'license_plate[0]',
      'national_id[0]', 'national_id[1]', 'passport[0]', 'person_name.afterLabel[0]', 'person_name[0]', 'phone[0]', 'phone[1]', 'social_insurance[0]',
      'tax_code[0]', 'tax_code[1]',
    ]);
  });

  const corpus = loadCorpus().map((s) => s.text);
  const texts = [
    ...corpus, ...corpus.map((t) => t.toUpperCase()), ...mutants(corpus, 7), ...mutants(corpus, 8), ...fuzzTexts(6000, 20251126),
  ];
  for (const { name, re, scan } of withScan) {
    const hasValue = re.source.includes('(?<v>');
    it(`${name} matches where its regex matches, at every position`, () => {
      const wrong: string[] = [];
      const scanner = new Scanner(recognizers);
      for (const text of texts) {
        scanner.scan(text);
        for (let pos = 0; pos < text.length && wrong.length < 5; pos++) {
          const expected = regexMatch(re, text, pos);
          const actual = scanMatch(scan, text, pos, hasValue);
          if (actual !== expected) wrong.push(`${JSON.stringify(text)} @${pos}: regex ${expected}, scan ${actual}`);
          const withTokens = scanMatch(scan, text, pos, hasValue, scanner);
          if (withTokens !== expected) wrong.push(`${JSON.stringify(text)} @${pos}: regex ${expected}, scan with tokens ${withTokens}`);
        }
      }
      expect(wrong).toEqual([]);
    });
  }

  // Guards are quick tests run before a pattern: they may only reject where the pattern cannot match.
  // (person_name[0]'s guard also runs the first checks of the validator, so it is held to the
  // engine's output by the accuracy tests instead.)
  const guarded = recognizers.flatMap((r) =>
    r.patterns.flatMap((p, i) => (p.guard && !(r.type === 'person_name' && i === 0) ? [{ name: `${r.type}[${i}]`, re: p.re, guard: p.guard }] : [])),
  );
  for (const { name, re, guard } of guarded) {
    it(`${name}'s guard accepts every position where the pattern matches`, () => {
      const wrong: string[] = [];
      let matches = 0;
      for (const text of texts) {
        for (let pos = 0; pos < text.length && wrong.length < 5; pos++) {
          if (regexMatch(re, text, pos) === '-1') continue;
          matches++;
          if (!guard(text, pos)) wrong.push(`${JSON.stringify(text)} @${pos}`);
        }
      }
      expect(wrong).toEqual([]);
      expect(matches).toBeGreaterThan(0);
    });
  }

  // zoneAround runs the zone regex only at digit runs that zoneMayFollow accepts: it may only reject
  // runs where the regex cannot match.
  it('zone pre-check accepts every digit run where the zone regex matches', () => {
    const zonePieces = [
      '.', ',', '/', ' ', '\t', '%', ' %', 'đ', ' đồng', 'đồng', ' VNĐ', 'VND', ' vnđ', 'vnd', '₫', ' dong', 'dong', ' triệu', 'trieu',
      ' nghìn', ' ngàn', ' tỷ', ' ty', 'ngan dong', ' ngan', 'tỷ'.normalize('NFD'), '/QĐ-UBND', '/NĐ-CP', '/', 'H', 'g', '.H', '-',
      'Đ', 'A', 'a', 'x', 'v', 'V', 't', 'n', 'd',
    ];
    const zoneTexts = [...texts, ...fuzzTexts(8000, 99, zonePieces, 10, 7)];
    const wrong: string[] = [];
    let matches = 0;
    for (const text of zoneTexts) {
      for (let pos = 0; pos < text.length && wrong.length < 5; pos++) {
        const isDigit = (i: number): boolean => /[0-9]/.test(text[i] ?? '');
        if (!isDigit(pos) || isDigit(pos - 1)) continue;
        ZONE_RE.lastIndex = pos;
        if (!ZONE_RE.test(text)) continue;
        matches++;
        let end = pos;
        while (isDigit(end)) end++;
        if (!zoneMayFollow(text, pos, end)) wrong.push(`${JSON.stringify(text)} @${pos}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(matches).toBeGreaterThan(1000);
  });

  // Pattern.runs lets the engine skip a number pattern by the length of the digit run it would start at.
  const withRuns = recognizers.flatMap((r) => r.patterns.flatMap((p, i) => (p.runs ? [{ name: `${r.type}[${i}]`, re: p.re, runs: p.runs }] : [])));
  it('declare runs on the numeric patterns that decide on them', () => {
    expect(withRuns.map((p) => p.name).sort()).toEqual(['date_of_birth[0]', 'date_of_birth[1]', 'license_plate[0]', 'national_id[0]', 'national_id[1]', 'social_insurance[0]', 'tax_code[0]', 'tax_code[1]']);
  });
  for (const { name, re, runs } of withRuns) {
    it(`${name}'s runs hold every digit run where the pattern matches`, () => {
      const { wrong, matches } = preCheckMisses(re, texts, (text, pos) => {
        const run = Math.min(/^[0-9]*/.exec(text.slice(pos))![0].length, 31);
        return runs.includes(run) ? null : `run ${run}`;
      });
      expect(wrong).toEqual([]);
      expect(matches).toBeGreaterThan(0);
    });
  }

  // Pattern.firstDigits lets the engine skip a number pattern by the digit the number starts with.
  const withFirst = recognizers.flatMap((r) => r.patterns.flatMap((p, i) => (p.firstDigits ? [{ name: `${r.type}[${i}]`, re: p.re, at: p.at, firsts: p.firstDigits }] : [])));
  it('declare first digits on the numeric patterns that decide on them', () => {
    expect(withFirst.map((p) => `${p.name}@${p.at}`).sort()).toEqual(['phone[0]@number']);
  });
  for (const { name, re, firsts } of withFirst) {
    it(`${name}'s first digits hold every number where the pattern matches`, () => {
      const { wrong, matches } = preCheckMisses(re, texts, (text, pos) => {
        const d = text.charCodeAt(pos) - 48;
        return d < 0 || d > 9 || firsts.includes(d) ? null : `first digit ${d}`;
      });
      expect(wrong).toEqual([]);
      expect(matches).toBeGreaterThan(0);
    });
  }

  // Pattern.letterAfterRun lets the engine skip a number pattern, before the label look-up, where no
  // ASCII letter follows the number's digit run (right after it or after one ' ' or '-').
  const withLetter = recognizers.flatMap((r) => r.patterns.flatMap((p, i) => (p.letterAfterRun ? [{ name: `${r.type}[${i}]`, re: p.re }] : [])));
  it('declare letterAfterRun on the numeric patterns that need it', () => {
    expect(withLetter.map((p) => p.name)).toEqual(['license_plate[0]']);
  });
  for (const { name, re } of withLetter) {
    it(`${name} matches only where a letter follows the digit run`, () => {
      const wrong: string[] = [];
      let matches = 0;
      let rejected = 0;
      for (const text of texts) {
        for (let pos = 0; pos < text.length && wrong.length < 5; pos++) {
          const c = text.charCodeAt(pos);
          if (c < 48 || c > 57) continue;
          const run = /^[0-9]*/.exec(text.slice(pos))![0].length;
          const letter = letterAfterRun(text, pos + run);
          if (!letter) rejected++;
          if (regexMatch(re, text, pos) === '-1') continue;
          matches++;
          if (!letter) wrong.push(`${JSON.stringify(text)} @${pos}`);
        }
      }
      expect(wrong).toEqual([]);
      expect(matches).toBeGreaterThan(0);
      expect(rejected).toBeGreaterThan(0);
    });
  }

  it('letterAfterRun reads one letter, after one space or dash at most', () => {
    expect(['12A', '12-b', '12 Z', '12', '12  A', '12--A', '12.A', '12Đ', '12\rA', '12@'].map((t) => letterAfterRun(t, 2)))
      .toEqual([true, true, true, false, false, false, false, false, false, false]);
  });

  // Pattern.head lets the engine try a 'code' pattern only at tokens whose first two characters it can start with.
  const withHead = recognizers.flatMap((r) => r.patterns.flatMap((p, i) => (p.head ? [{ name: `${r.type}[${i}]`, re: p.re, head: p.head }] : [])));
  it('declare heads on the code patterns', () => {
    expect(withHead.map((p) => `${p.name}:${p.head}`).sort()).toEqual([
      'health_insurance[0]:letter-letter', 'national_id[2]:letter-letter', 'passport[0]:letter-digit',
    ]);
  });
  for (const { name, re, head } of withHead) {
    it(`${name} matches only where its head starts`, () => {
      const want = head === 'letter-digit' ? Head.LETTER_DIGIT : Head.LETTER_LETTER;
      const inputs = [...texts, ...fuzzTexts(3000, 5, ['IDVNM', '<', 'C', 'DN', 'dn', ' ', 'Đ', 'x'], 8, 22)];
      const { wrong, matches } = preCheckMisses(re, inputs, (text, pos) => (codeHead(text, pos) === want ? null : 'head'));
      expect(wrong).toEqual([]);
      expect(matches).toBeGreaterThan(0);
    });
  }

  it('codeHead reads the classes of two characters', () => {
    expect(['C1', 'c9', 'DN', 'dn', 'Đ1', 'D', 'D-', '1A', 'Dđ', '@1'].map((t) => codeHead(t, 0))).toEqual([
      Head.LETTER_DIGIT, Head.LETTER_DIGIT, Head.LETTER_LETTER, Head.LETTER_LETTER, Head.OTHER, Head.OTHER, Head.OTHER, Head.OTHER, Head.OTHER, Head.OTHER,
    ]);
  });

  it('checks tax codes in place as core/validate does', () => {
    const rand = prng(42);
    const codes = ['0100109106', '0312345674', '0100109106-001', '0100109106-000', '0100000000', '0101234560'];
    for (let i = 0; i < 20000; i++) {
      let d = '';
      const n = rand() < 0.7 ? 10 : 13;
      for (let k = 0; k < n; k++) d += String(Math.floor(rand() * 10));
      codes.push(n === 13 ? `${d.slice(0, 10)}-${d.slice(10)}` : d);
    }
    let valid = 0;
    for (const code of codes) {
      const digits = code.replace('-', '');
      const inPlace = isValidTaxCodeAt(` ${code} `, 1, 1 + code.length, digits.length);
      expect({ code, valid: inPlace }).toEqual({ code, valid: isValidTaxCode(digits) });
      if (inPlace) valid++;
    }
    expect(valid).toBeGreaterThan(1000); // both outcomes are exercised
  });
});
