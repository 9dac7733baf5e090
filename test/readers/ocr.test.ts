// OCR reader: a real 200-dpi scan, progress, one reused worker, bad input.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createOcr, ocrSourceText, OcrError } from '../../src/readers/ocr.ts';
import { decodeImageNode, nodeOcrOptions } from '../../src/readers/ocr-node.ts';

const scan = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../fixtures/documents/scan/${name}`, import.meta.url))));
const ocr = createOcr(nodeOcrOptions());

afterAll(async () => {
  await ocr.terminate();
});

describe('createOcr', () => {
  it('reads a tilted, noisy 200-dpi scan into lines with word boxes and confidence', async () => {
    const image = await decodeImageNode(scan('giay-khai-sinh-scan.jpg'));
    const progress: number[] = [];
    const r = await ocr.recognize(image, (p) => progress.push(p.progress));
    const lines = r.text.split('\n');
    expect(lines).toContain('Số định danh cá nhân: 001219004512');
    expect(lines).toContain('Họ, chữ đệm, tên người mẹ: TRẦN THỊ HƯƠNG');
    // The two-column header survives as one line with a tab, despite the tilt.
    expect(lines).toContain('ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(r.confidence).toBeGreaterThan(0.85);
    expect(r.confidence).toBeLessThanOrEqual(1);
    expect(r.width).toBe(image.width);
    const w = r.words.find((x) => x.text === '001219004512');
    expect(w).toBeDefined();
    expect(w!.bbox.x0).toBeGreaterThan(0);
    expect(w!.bbox.x1).toBeLessThan(image.width);
    expect(w!.bbox.y1).toBeGreaterThan(w!.bbox.y0);
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(1);
    const source = ocrSourceText([r]);
    expect(source.origin).toBe('ocr');
    expect(source.confidence).toBeCloseTo(r.confidence, 5);
  });

  it('reuses its worker and accepts encoded bytes as well as pixels', async () => {
    const r = await ocr.recognize(scan('can-cuoc-front-photo.jpg'));
    expect(r.text).toContain('038192004417');
  });

  it('rejects bytes that are no image, and keeps working afterwards', async () => {
    const bare = createOcr(nodeOcrOptions({ decodeImage: undefined }));
    try {
      const err = await bare.recognize(new TextEncoder().encode('not an image at all')).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(OcrError);
      expect((err as OcrError).code).toBe('recognize_failed');
      const again = await bare.recognize(scan('can-cuoc-front-photo.jpg'));
      expect(again.words.length).toBeGreaterThan(10);
    } finally {
      await bare.terminate();
    }
  });

  it('fails start-up with a clear error when the language data is missing', async () => {
    const broken = createOcr(nodeOcrOptions({ langPath: '/nonexistent/', initTimeoutMs: 4_000 }));
    const err = await broken.warmUp().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OcrError);
    await broken.terminate();
  });
});
