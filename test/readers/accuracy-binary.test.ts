// Field and type accuracy of the whole pipeline (binary readers + extraction) on
// the PDF and scan fixtures (issue 3, point 7): >= 0.97 of expected fields on
// text PDFs, >= 0.90 on scans, >= 0.98 of types overall.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractFields } from '../../src/core/extract/index.ts';
import { readImageFile } from '../../src/readers/image-node.ts';
import { readPdfFile, shutdownReaders } from '../../src/readers/pdf-node.ts';

const root = fileURLToPath(new URL('../fixtures/documents/', import.meta.url));

interface Expected { type: string; fields: Record<string, string> }
interface Outcome { name: string; typeOk: boolean; total: number; correct: number; wrong: string[] }

function fixtures(dir: string): { name: string; file: string; expected: Expected }[] {
  const files = readdirSync(join(root, dir));
  return files
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => {
      const base = f.replace(/\.expected\.json$/, '');
      const file = files.find((x) => x.startsWith(`${base}.`) && !x.endsWith('.json'));
      if (!file) throw new Error(`no document for ${dir}/${f}`);
      return { name: `${dir}/${file}`, file: join(root, dir, file), expected: JSON.parse(readFileSync(join(root, dir, f), 'utf8')) as Expected };
    });
}

async function evaluate(dir: string): Promise<Outcome[]> {
  const out: Outcome[] = [];
  for (const fx of fixtures(dir)) {
    const read = fx.file.endsWith('.pdf') ? await readPdfFile(fx.file) : await readImageFile(fx.file);
    const ex = extractFields(read.source, { checked: read.checked });
    const keys = Object.keys(fx.expected.fields);
    // Keys only in the report: values are (synthetic) personal data all the same.
    const wrong = keys.filter((k) => ex.fields[k] !== fx.expected.fields[k]);
    out.push({ name: fx.name, typeOk: ex.type === fx.expected.type, total: keys.length, correct: keys.length - wrong.length, wrong });
  }
  return out;
}

const fieldAccuracy = (o: Outcome[]) => o.reduce((a, x) => a + x.correct, 0) / o.reduce((a, x) => a + x.total, 0);
const report = (o: Outcome[]) => o.filter((x) => x.wrong.length || !x.typeOk).map((x) => `${x.name}: ${x.typeOk ? '' : 'TYPE '}${x.wrong.join(',')}`).join('\n');

describe('binary extraction accuracy', () => {
  let pdf: Outcome[] = [];
  let scan: Outcome[] = [];

  beforeAll(async () => {
    pdf = await evaluate('pdf');
    scan = await evaluate('scan');
  }, 300_000);

  afterAll(async () => {
    await shutdownReaders();
  });

  it('has the documents the issue asks for', () => {
    expect(pdf.length + scan.length).toBeGreaterThanOrEqual(16);
  });

  it('extracts >= 97% of the fields of text PDFs', () => {
    expect(fieldAccuracy(pdf), report(pdf)).toBeGreaterThanOrEqual(0.97);
  });

  it('extracts >= 90% of the fields of scans', () => {
    expect(fieldAccuracy(scan), report(scan)).toBeGreaterThanOrEqual(0.9);
  });

  it('recognizes the document type of >= 98% of the documents', () => {
    const all = [...pdf, ...scan];
    expect(all.filter((x) => x.typeOk).length / all.length, report(all)).toBeGreaterThanOrEqual(0.98);
  });
});
