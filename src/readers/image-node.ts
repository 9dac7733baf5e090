// Node entry for images (CLI, tests, benchmarks): reads a PNG/JPEG file with the
// process-wide OCR worker and QR decoder. Call shutdownReaders() before exiting.
import { readFile, stat } from 'node:fs/promises';
import type { CheckedFields, SourceText } from '../core/extract/types.ts';
import { DEFAULT_MAX_IMAGE_BYTES, ImageReadError, readImage } from './ocr-image.ts';
import type { OcrProgress } from './ocr.ts';
import { decodeImageNode, sharedOcr, shutdownOcr } from './ocr-node.ts';
import { sharedQrDecoder } from './qr-node.ts';

export interface FileReadOptions {
  onProgress?: OcrProgress;
}

export async function readImageFile(path: string, opts: FileReadOptions = {}): Promise<{ source: SourceText; checked: CheckedFields[] }> {
  const size = (await stat(path)).size;
  // Checked before reading so a huge file is never loaded into memory.
  if (size > DEFAULT_MAX_IMAGE_BYTES) throw new ImageReadError('too_large', `The image is larger than the ${DEFAULT_MAX_IMAGE_BYTES / 1024 / 1024} MB limit.`);
  const bytes = new Uint8Array(await readFile(path));
  const r = await readImage(bytes, {
    ocr: sharedOcr(),
    qr: sharedQrDecoder(),
    decodeImage: decodeImageNode,
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
  });
  return { source: r.source, checked: r.checked };
}

/** Stops the shared OCR worker so the process can exit. */
export async function shutdownReaders(): Promise<void> {
  await shutdownOcr();
}
