// Issue 4, point 5: a redacted copy of a scan hides the personal data OCR
// located. Proof by reading the copy again: personal values are gone, the rest
// of the page still reads, and the kept word-level output is scrubbed too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { documentType } from '../../src/core/catalog/catalog.ts';
import { foldVietnamese } from '../../src/core/text/unicode.ts';
import { sharedOcr } from '../../src/readers/ocr-node.ts';
import { shutdownReaders } from '../../src/readers/image-node.ts';
import { redactImageFile } from '../../src/readers/redact-node.ts';

const dir = join(import.meta.dirname, '../fixtures/documents/scan');
afterAll(() => shutdownReaders());

function printed(value: string): string {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return foldVietnamese(iso ? `${iso[3]}/${iso[2]}/${iso[1]}` : value);
}

describe('redacted copy of a scan', () => {
  for (const name of ['ket-hon-scan.jpg', 'giay-khai-sinh-scan.jpg', 'xac-nhan-hon-nhan-scan.png']) {
    it(`hides the personal data of ${name}`, async () => {
      const expected = JSON.parse(readFileSync(join(dir, name.replace(/\.\w+$/, '.expected.json')), 'utf8')) as { type: string; fields: Record<string, string> };
      const spec = documentType(expected.type)!;
      const personal = spec.fields.filter((f) => f.pii !== 'none' && expected.fields[f.key] && f.type !== 'gender' && f.type !== 'text').map((f) => expected.fields[f.key]!);
      expect(personal.length).toBeGreaterThanOrEqual(3);

      const before = foldVietnamese((await sharedOcr().recognize(new Uint8Array(readFileSync(join(dir, name))))).text);
      // The values are on the original, readable...
      const readableBefore = personal.filter((v) => before.includes(printed(v)));
      expect(readableBefore.length).toBeGreaterThanOrEqual(Math.ceil(personal.length * 0.6));

      const r = await redactImageFile(join(dir, name));
      expect(r.boxes.length).toBeGreaterThanOrEqual(personal.length);
      const after = foldVietnamese((await sharedOcr().recognize(new Uint8Array(r.png))).text);
      // ...and none of them on the copy.
      for (const v of readableBefore) expect(after.includes(printed(v)), `still readable: field of ${name}`).toBe(false);
      // The document is still a document: its title reads.
      expect(after).toContain(foldVietnamese(spec.name.split('(')[0]!.split('/')[0]!.trim()).split(' ').slice(0, 2).join(' '));
      // The word-level output kept with the copy is scrubbed as well.
      const words = foldVietnamese(r.words.map((w) => w.text).join(' '));
      for (const v of readableBefore) expect(words.includes(printed(v))).toBe(false);
    });
  }
});
