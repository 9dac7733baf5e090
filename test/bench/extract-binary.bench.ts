// Speed of the binary readers (issue 3, point 9), on this machine's fixtures:
// text-PDF page (< 150 ms), 200-dpi A4 scan page with a warm OCR worker (< 1.5 s),
// ID-card QR decode (< 100 ms). Each figure is read + extraction, median per
// document (per page for PDFs); peak RSS is the process's maximum so far.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFields } from '../../src/core/extract/index.ts';
import { decodeImageNode } from '../../src/readers/ocr-node.ts';
import { readImageFile } from '../../src/readers/image-node.ts';
import { readPdfFile, shutdownReaders } from '../../src/readers/pdf-node.ts';
import { parseQrPayload } from '../../src/readers/qr.ts';
import { sharedQrDecoder } from '../../src/readers/qr-node.ts';

const dir = fileURLToPath(new URL('../fixtures/documents/', import.meta.url));

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const peakMb = () => (process.resourceUsage().maxRSS / 1024).toFixed(0);
const fmt = (ms: number) => `${ms.toFixed(ms < 10 ? 1 : 0)} ms`;

/** Wall time and process CPU time (main thread + OCR worker) of one call. */
async function timed(fn: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await fn();
  const c = process.cpuUsage(c0);
  return { wall: performance.now() - t0, cpu: (c.user + c.system) / 1000 };
}

// CPU time is printed beside wall time: on a shared 2-core machine, wall time
// also counts waiting for the cores; CPU time is this process's own work.
function line(what: string, runs: { wall: number; cpu: number }[], target: number, n: string): void {
  const med = median(runs.map((r) => r.wall));
  const cpu = median(runs.map((r) => r.cpu));
  console.log(`${what.padEnd(34)} median ${fmt(med).padStart(8)} (cpu ${fmt(cpu).padStart(8)})  max ${fmt(Math.max(...runs.map((r) => r.wall))).padStart(8)}  (${n})  target < ${target} ms ${med < target ? 'OK' : 'OVER'}  peak RSS ${peakMb()} MB`);
}

export async function run(): Promise<void> {
  try {
    // Text PDFs: time per page, two rounds after a warm-up (pdfjs import, wasm, fonts).
    const pdfs = readdirSync(join(dir, 'pdf')).filter((f) => f.endsWith('.pdf')).map((f) => join(dir, 'pdf', f));
    await readPdfFile(pdfs[0]!);
    const perPage: { wall: number; cpu: number }[] = [];
    for (let round = 0; round < 2; round++) {
      for (const f of pdfs) {
        let pages = 1;
        const t = await timed(async () => {
          const r = await readPdfFile(f);
          extractFields(r.source, { checked: r.checked });
          pages = r.pages;
        });
        perPage.push({ wall: t.wall / pages, cpu: t.cpu / pages });
      }
    }
    line('text-PDF page (read+extract)', perPage, 150, `${pdfs.length} PDFs x2`);

    // 200-dpi A4 scans with the OCR worker warm.
    const scans = readdirSync(join(dir, 'scan'))
      .filter((f) => /\.(jpg|png)$/.test(f) && !f.startsWith('can-cuoc-'))
      .map((f) => join(dir, 'scan', f));
    await readImageFile(scans[0]!);
    const scanMs: { wall: number; cpu: number }[] = [];
    for (const f of [...scans, ...scans]) {
      scanMs.push(await timed(async () => {
        const r = await readImageFile(f);
        extractFields(r.source, { checked: r.checked });
      }));
    }
    line('200-dpi A4 scan page (warm OCR)', scanMs, 1500, `${scans.length} scans x2`);

    const scannedMs: { wall: number; cpu: number }[] = [];
    for (let i = 0; i < 3; i++) {
      scannedMs.push(await timed(async () => {
        const scanned = await readPdfFile(join(dir, 'scan', 'quyet-dinh-scan-onestop-qr.pdf'));
        extractFields(scanned.source, { checked: scanned.checked });
      }));
    }
    line('scanned PDF page (render+OCR)', scannedMs, 1500, '1 page x3');

    // ID-card QR: decode the photo's pixels and parse the payload.
    const qr = sharedQrDecoder();
    const card = new Uint8Array(readFileSync(join(dir, 'scan', 'can-cuoc-front-photo.jpg')));
    await qr.decode(card);
    const qrMs: { wall: number; cpu: number }[] = [];
    for (let i = 0; i < 15; i++) {
      qrMs.push(await timed(async () => {
        const texts = await qr.decode(await decodeImageNode(card));
        if (!parseQrPayload(texts[0] ?? '')) throw new Error('ID-card QR not decoded');
      }));
    }
    line('ID-card QR (decode image+QR+parse)', qrMs, 100, '15 runs');
  } finally {
    await shutdownReaders();
  }
}
