// Speed of the binary readers (issue 3, point 9), on this machine's fixtures:
// text-PDF page (< 150 ms), 200-dpi A4 scan page with a warm OCR worker (< 1.5 s),
// ID-card QR decode (< 100 ms). Each figure is read + extraction, median per
// document (per page for PDFs); peak RSS is the process's maximum so far.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFields } from '../src/core/extract/index.ts';
import { decodeImageNode } from '../src/readers/ocr-node.ts';
import { readImageFile } from '../src/readers/image-node.ts';
import { readPdfFile, shutdownReaders } from '../src/readers/pdf-node.ts';
import { parseQrPayload } from '../src/readers/qr.ts';
import { sharedQrDecoder } from '../src/readers/qr-node.ts';

const dir = fileURLToPath(new URL('../test/fixtures/documents/', import.meta.url));

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const peakMb = () => (process.resourceUsage().maxRSS / 1024).toFixed(0);
const fmt = (ms: number) => `${ms.toFixed(ms < 10 ? 1 : 0)} ms`;

function line(what: string, ms: number[], target: number, n: string): void {
  const med = median(ms);
  console.log(`${what.padEnd(34)} median ${fmt(med).padStart(8)}  max ${fmt(Math.max(...ms)).padStart(8)}  (${n})  target < ${target} ms ${med < target ? 'OK' : 'OVER'}  peak RSS ${peakMb()} MB`);
}

export async function run(): Promise<void> {
  try {
    // Text PDFs: time per page, two rounds after a warm-up (pdfjs import, wasm, fonts).
    const pdfs = readdirSync(join(dir, 'pdf')).filter((f) => f.endsWith('.pdf')).map((f) => join(dir, 'pdf', f));
    await readPdfFile(pdfs[0]!);
    const perPage: number[] = [];
    for (let round = 0; round < 2; round++) {
      for (const f of pdfs) {
        const t = performance.now();
        const r = await readPdfFile(f);
        extractFields(r.source, { checked: r.checked });
        perPage.push((performance.now() - t) / r.pages);
      }
    }
    line('text-PDF page (read+extract)', perPage, 150, `${pdfs.length} PDFs x2`);

    // 200-dpi A4 scans with the OCR worker warm.
    const scans = readdirSync(join(dir, 'scan'))
      .filter((f) => /\.(jpg|png)$/.test(f) && !f.startsWith('can-cuoc-'))
      .map((f) => join(dir, 'scan', f));
    await readImageFile(scans[0]!);
    const scanMs: number[] = [];
    for (const f of scans) {
      const t = performance.now();
      const r = await readImageFile(f);
      extractFields(r.source, { checked: r.checked });
      scanMs.push(performance.now() - t);
    }
    line('200-dpi A4 scan page (warm OCR)', scanMs, 1500, `${scans.length} scans`);

    const t0 = performance.now();
    const scanned = await readPdfFile(join(dir, 'scan', 'quyet-dinh-scan-onestop-qr.pdf'));
    extractFields(scanned.source, { checked: scanned.checked });
    line('scanned PDF page (render+OCR)', [performance.now() - t0], 1500, '1 page');

    // ID-card QR: decode the photo's pixels and parse the payload.
    const qr = sharedQrDecoder();
    const card = new Uint8Array(readFileSync(join(dir, 'scan', 'can-cuoc-front-photo.jpg')));
    await qr.decode(card);
    const qrMs: number[] = [];
    for (let i = 0; i < 15; i++) {
      const t = performance.now();
      const texts = await qr.decode(await decodeImageNode(card));
      if (!parseQrPayload(texts[0] ?? '')) throw new Error('ID-card QR not decoded');
      qrMs.push(performance.now() - t);
    }
    line('ID-card QR (decode image+QR+parse)', qrMs, 100, '15 runs');
  } finally {
    await shutdownReaders();
  }
}
