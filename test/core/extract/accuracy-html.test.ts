// Field and type accuracy of HTML extraction over the fixture set
// (test/fixtures/documents/html/*.html, each with <name>.expected.json).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../../src/core/extract/index.ts';
import { documentTypeCodes } from '../../../src/core/catalog/catalog.ts';
import { readHtmlBytes } from '../../../src/readers/html-node.ts';

const dir = join(import.meta.dirname, '../../fixtures/documents/html');
const docs = readdirSync(dir).filter((f) => /\.html?$/.test(f)).sort();

interface Expected { type: string | null; fields: Record<string, string> }

const results = docs.map((name) => {
  const expected = JSON.parse(readFileSync(join(dir, name.replace(/\.html?$/, '.expected.json')), 'utf8')) as Expected;
  const got = extractFields(readHtmlBytes(readFileSync(join(dir, name))));
  const wrong: string[] = [];
  let correct = 0;
  for (const [k, v] of Object.entries(expected.fields)) {
    if (got.fields[k] === v) correct++;
    else wrong.push(k);
  }
  // Extra fields the document does not show count against us when the type is right.
  const extras = got.type === expected.type ? Object.keys(got.fields).filter((k) => !(k in expected.fields)) : [];
  return { name, expected, got, correct, total: Object.keys(expected.fields).length + extras.length, wrong: [...wrong, ...extras.map((k) => `+${k}`)] };
});

describe('HTML extraction accuracy', () => {
  it('has a fixture set covering every catalog type', () => {
    const types = new Set(results.map((r) => r.expected.type));
    for (const t of documentTypeCodes) expect(types.has(t), t).toBe(true);
  });

  it('recognizes the document type (>= 0.98)', () => {
    const ok = results.filter((r) => r.got.type === r.expected.type).length;
    const misses = results.filter((r) => r.got.type !== r.expected.type).map((r) => `${r.name}: ${r.got.type}`);
    expect(ok / results.length, misses.join('; ')).toBeGreaterThanOrEqual(0.98);
  });

  it('extracts the fields (>= 0.97)', () => {
    const correct = results.reduce((s, r) => s + r.correct, 0);
    const total = results.reduce((s, r) => s + r.total, 0);
    const report = results.filter((r) => r.wrong.length).map((r) => `${r.name}: ${r.wrong.join(',')}`);
    expect(correct / total, report.join('\n')).toBeGreaterThanOrEqual(0.97);
  });

  it.each(results.map((r) => [r.name, r] as const))('%s: values are normalized per the catalog', (_n, r) => {
    for (const [k, v] of Object.entries(r.got.fields)) {
      if (/ngay|co_gia_tri_den/.test(k) && !r.got.warnings.some((w) => w.field === k && /date_/.test(w.code))) expect(v, k).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (k === 'gioi_tinh') expect(['Nam', 'Nữ']).toContain(v);
      expect(v, k).toBe(v.normalize('NFC').trim());
    }
  });
});
