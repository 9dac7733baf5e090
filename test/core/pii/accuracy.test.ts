// Accuracy of the engine on the annotated corpus (issue 4 point 7): typed span F1 >= 0.95 with
// overlap >= 50%, and no change at all to snippets that hold no personal data.
import { describe, expect, it } from 'vitest';
import { detectPii, redact } from '../../../src/core/pii/index.ts';
import { loadCorpus } from '../../fixtures/pii/corpus.ts';
import { generateCorpus, toJsonl, trickyCorpus } from '../../fixtures/pii/generate.ts';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { matchSpans, prf, type Counts } from './scoring.ts';

const corpus = loadCorpus();

describe('personal-data corpus', () => {
  it('is the output of the committed generator (offsets are exact, nothing hand-edited)', () => {
    const dir = fileURLToPath(new URL('../../fixtures/pii/', import.meta.url));
    expect(readFileSync(`${dir}corpus.jsonl`, 'utf8')).toBe(toJsonl(generateCorpus()));
    expect(readFileSync(`${dir}tricky.jsonl`, 'utf8')).toBe(toJsonl(trickyCorpus()));
  });

  it('has at least 300 snippets, a third of them without personal data, with valid spans', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    const negatives = corpus.filter((s) => s.spans.length === 0).length;
    expect(negatives * 3).toBeGreaterThanOrEqual(corpus.length);
    expect(new Set(corpus.map((s) => s.id)).size).toBe(corpus.length);
    for (const s of corpus) {
      for (const g of s.spans) {
        expect(g.start).toBeGreaterThanOrEqual(0);
        expect(g.end).toBeLessThanOrEqual(s.text.length);
        expect(s.text.slice(g.start, g.end).trim()).toBe(s.text.slice(g.start, g.end));
      }
    }
  });
});

describe('detectPii on the corpus', () => {
  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  const byType = new Map<string, Counts>();
  for (const s of corpus) {
    const c = matchSpans(s.spans, detectPii(s.text), true);
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
    for (const g of s.spans) {
      const t = byType.get(g.type) ?? { tp: 0, fp: 0, fn: 0 };
      byType.set(g.type, t);
      if (c.missed.includes(g)) t.fn++;
      else t.tp++;
    }
  }

  it('reaches a typed span F1 of at least 0.95', () => {
    expect(prf(total).f1).toBeGreaterThanOrEqual(0.95);
  });

  it('finds every type of the issue with recall >= 0.9', () => {
    expect([...byType.keys()].sort()).toEqual([
      'address', 'bank_account', 'date_of_birth', 'email', 'health_insurance', 'license_plate', 'national_id', 'passport',
      'person_name', 'phone', 'social_insurance', 'tax_code',
    ]);
    for (const [type, c] of byType) expect({ type, recall: prf(c).recall >= 0.9 }).toEqual({ type, recall: true });
  });

  it('changes nothing in snippets without personal data', () => {
    const altered = corpus.filter((s) => s.spans.length === 0 && redact(s.text).masked !== s.text).map((s) => s.id);
    expect(altered).toEqual([]);
  });

  it('leaves no annotated value readable after redaction', () => {
    const readable: string[] = [];
    for (const s of corpus) {
      const { masked } = redact(s.text);
      for (const g of s.spans) {
        const value = s.text.slice(g.start, g.end);
        // A value of 6+ characters still present verbatim in the output was not masked.
        if (value.length >= 6 && masked.includes(value)) readable.push(`${s.id}:${g.type}`);
      }
    }
    expect(readable.length).toBeLessThanOrEqual(Math.ceil(corpus.reduce((n, s) => n + s.spans.length, 0) * 0.01));
  });
});
