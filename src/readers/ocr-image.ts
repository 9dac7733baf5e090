// Image reader (PNG/JPEG scans and photos): QR codes first, then OCR, then the MRZ
// in the OCR text. Environment-neutral: decoding comes in as an adapter.
import type { CheckedFields, SourceText } from '../core/extract/types.ts';
import { readMrz } from './mrz-ocr.ts';
import { ocrSourceText, type OcrEngine, type OcrProgress, type OcrWord } from './ocr.ts';
import { imageFormat, type ImageDecoder, type RasterImage } from './ocr-raster.ts';
import { parseQrPayload, type QrDecoder } from './qr.ts';

export interface ImageReadOptions {
  ocr: OcrEngine;
  /** Decodes the bytes once for QR and OCR (see ocr-node.ts / the offscreen document). */
  decodeImage: ImageDecoder;
  qr?: QrDecoder;
  /** Reject larger files before decoding. Default 30 MB. */
  maxBytes?: number;
  onProgress?: OcrProgress;
}

export interface ImageReadResult {
  source: SourceText;
  checked: CheckedFields[];
  /** QR texts that are not a known payload. */
  otherQr: string[];
  width: number;
  height: number;
  /** The decoded pixels and the word-level OCR output, for a redacted copy (redact-scan.ts). */
  image: RasterImage;
  words: OcrWord[];
}

export class ImageReadError extends Error {
  constructor(readonly code: 'empty' | 'too_large' | 'not_image' | 'corrupt', message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ImageReadError';
  }
}

export const DEFAULT_MAX_IMAGE_BYTES = 30 * 1024 * 1024;

export async function readImage(bytes: Uint8Array, opts: ImageReadOptions): Promise<ImageReadResult> {
  if (bytes.byteLength === 0) throw new ImageReadError('empty', 'The image file is empty (0 bytes).');
  const max = opts.maxBytes ?? DEFAULT_MAX_IMAGE_BYTES;
  if (bytes.byteLength > max) throw new ImageReadError('too_large', `The image is larger than the ${Math.round(max / 1024 / 1024)} MB limit.`);
  if (!imageFormat(bytes)) throw new ImageReadError('not_image', 'The file is not a PNG or JPEG image.');
  let image: RasterImage;
  try {
    image = await opts.decodeImage(bytes);
  } catch (err) {
    throw new ImageReadError('corrupt', 'The image is damaged or cannot be decoded.', { cause: err });
  }
  const checked: CheckedFields[] = [];
  const otherQr: string[] = [];
  // OCR runs in its worker while the QR decoder works on this thread: two cores, both busy.
  const ocrJob = opts.ocr.recognize(image, opts.onProgress);
  ocrJob.catch(() => {}); // awaited below; avoid an unhandled rejection while QR decoding runs
  if (opts.qr) {
    for (const text of await opts.qr.decode(image)) {
      const parsed = parseQrPayload(text);
      if (parsed) checked.push(parsed);
      else otherQr.push(text);
    }
  }
  const result = await ocrJob;
  const mrz = await readMrz(opts.ocr, image, result);
  if (mrz) checked.push(mrz);
  return { source: ocrSourceText([result]), checked, otherQr, width: image.width, height: image.height, image, words: result.words };
}
