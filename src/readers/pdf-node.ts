// Node entry for PDFs (CLI, tests, benchmarks): pdfjs-dist's legacy build (the
// modern one needs newer JavaScript than Node 20 has), resources from node_modules,
// the process-wide OCR worker and QR decoder. Call shutdownReaders() before exiting.
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { CheckedFields, SourceText } from '../core/extract/types.ts';
import { sharedOcr, shutdownOcr } from './ocr-node.ts';
import { DEFAULT_MAX_PDF_BYTES, PdfReadError, readPdf, type PdfjsEnv, type PdfReadResult, type ReadProgress } from './pdf.ts';
import { sharedQrDecoder } from './qr-node.ts';

const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

export const nodePdfjs: PdfjsEnv = {
  load: () => import('pdfjs-dist/legacy/build/pdf.mjs') as unknown as Promise<typeof import('pdfjs-dist')>,
  standardFontDataUrl: join(pdfjsRoot, 'standard_fonts') + '/',
  cMapUrl: join(pdfjsRoot, 'cmaps') + '/',
  wasmUrl: join(pdfjsRoot, 'wasm') + '/',
};

export interface PdfFileReadOptions {
  onProgress?: (p: ReadProgress) => void;
}

export async function readPdfFile(path: string, opts: PdfFileReadOptions = {}): Promise<{ source: SourceText; checked: CheckedFields[] } & Omit<PdfReadResult, 'source' | 'checked'>> {
  const size = (await stat(path)).size;
  // Checked before reading so a huge file is never loaded into memory.
  if (size > DEFAULT_MAX_PDF_BYTES) throw new PdfReadError('too_large', `The PDF file is larger than the ${DEFAULT_MAX_PDF_BYTES / 1024 / 1024} MB limit.`);
  const bytes = new Uint8Array(await readFile(path));
  return readPdf(bytes, {
    pdfjs: nodePdfjs,
    ocr: sharedOcr(),
    qr: sharedQrDecoder(),
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
  });
}

/** Stops the shared OCR worker so the process can exit. */
export async function shutdownReaders(): Promise<void> {
  await shutdownOcr();
}
