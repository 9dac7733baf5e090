// Image reader end to end: QR first, OCR, MRZ; clear errors for bad files.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ImageReadError } from '../../src/readers/ocr-image.ts';
import { readImageFile, shutdownReaders } from '../../src/readers/image-node.ts';

const scan = (name: string) => fileURLToPath(new URL(`../fixtures/documents/scan/${name}`, import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'sohoa-img-'));

afterAll(async () => {
  rmSync(tmp, { recursive: true, force: true });
  await shutdownReaders();
});

describe('readImageFile', () => {
  it('reads both sides of an ID card on one page: QR, printed text and MRZ', async () => {
    const r = await readImageFile(scan('the-can-cuoc-2-sides-a4.jpg'));
    expect(r.source.origin).toBe('ocr');
    expect(r.source.text).toContain('036201006685');
    expect(r.checked.map((c) => c.source).sort()).toEqual(['mrz', 'qr']);
    const qr = r.checked.find((c) => c.source === 'qr')!;
    const mrz = r.checked.find((c) => c.source === 'mrz')!;
    expect(qr.fields.so_dinh_danh).toBe(mrz.fields.so_dinh_danh);
    expect(mrz.extra?.mrzNameMatch).toBe('exact');
  });

  it('reports progress up to completion', async () => {
    const seen: number[] = [];
    await readImageFile(scan('can-cuoc-front-photo.jpg'), { onProgress: (p) => seen.push(p.progress) });
    expect(seen.at(-1)).toBe(1);
  });

  it('rejects empty files and files that are not images', async () => {
    const empty = join(tmp, 'empty.png');
    writeFileSync(empty, '');
    const text = join(tmp, 'text.jpg');
    writeFileSync(text, 'Họ và tên: NGUYỄN VĂN AN');
    const damaged = join(tmp, 'damaged.png');
    writeFileSync(damaged, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]));
    for (const [file, code] of [[empty, 'empty'], [text, 'not_image'], [damaged, 'corrupt']] as const) {
      const err = await readImageFile(file).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ImageReadError);
      expect((err as ImageReadError).code).toBe(code);
      expect((err as Error).message).not.toContain('NGUYỄN');
    }
  });
});
