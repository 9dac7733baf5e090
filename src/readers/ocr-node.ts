// Node adapters for the OCR reader: image decoding with @napi-rs/canvas and the
// language data from the project's public/ocr folder. One OCR engine per process,
// shared by the image and PDF readers, stopped by shutdownOcr().
import { fileURLToPath } from 'node:url';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { createOcr, type OcrEngine, type OcrOptions } from './ocr.ts';
import type { RasterImage } from './ocr-raster.ts';

/** public/ocr: vie.traineddata and its licence. */
export const nodeLangPath = fileURLToPath(new URL('../../public/ocr/', import.meta.url));

/** Refuse images whose pixel count would exhaust memory (decompression bombs). */
export const MAX_IMAGE_PIXELS = 60_000_000;

export async function decodeImageNode(bytes: Uint8Array): Promise<RasterImage> {
  let img;
  try {
    img = await loadImage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (err) {
    throw new Error('image could not be decoded (not a PNG/JPEG or damaged)', { cause: err });
  }
  if (img.width === 0 || img.height === 0) throw new Error('image has no pixels');
  if (img.width * img.height > MAX_IMAGE_PIXELS) throw new Error(`image is larger than ${MAX_IMAGE_PIXELS} pixels`);
  const canvas = createCanvas(img.width, img.height);
  const ctx = canvas.getContext('2d');
  // Transparent areas (PNG with alpha) must read as white paper, not black.
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, img.width, img.height);
  ctx.drawImage(img, 0, 0);
  const data = ctx.getImageData(0, 0, img.width, img.height);
  return { width: data.width, height: data.height, data: data.data };
}

export function nodeOcrOptions(extra: Partial<OcrOptions> = {}): OcrOptions {
  return { langPath: nodeLangPath, decodeImage: decodeImageNode, ...extra };
}

let shared: OcrEngine | null = null;

/** The process-wide OCR engine (its worker starts at the first recognize). */
export function sharedOcr(): OcrEngine {
  shared ??= createOcr(nodeOcrOptions());
  return shared;
}

/** Stops the shared OCR worker so the process can exit. */
export async function shutdownOcr(): Promise<void> {
  const s = shared;
  shared = null;
  await s?.terminate();
}
