// Reader set-up inside the offscreen document: every library loads its worker,
// wasm and data from the extension's own files (dist/vendor, dist/ocr), never
// from a CDN. One OCR worker and one QR decoder live as long as the document.
import browser from 'webextension-polyfill';
import type { CheckedFields, SourceText } from '../../core/extract/types.ts';
import { createOcr, type OcrEngine, type OcrWord } from '../../readers/ocr.ts';
import { readImage, ImageReadError } from '../../readers/ocr-image.ts';
import type { RasterImage } from '../../readers/ocr-raster.ts';
import { readPdf, PdfReadError, type PdfjsEnv } from '../../readers/pdf.ts';
import { createQrDecoder, type QrDecoder } from '../../readers/qr.ts';
import { UserError } from '../shared/errors.ts';
import { MAX_FILE_BYTES } from '../shared/limits.ts';
import { toBase64 } from '../shared/base64.ts';

const url = (path: string) => browser.runtime.getURL(path);

const pdfjs: PdfjsEnv = {
  async load() {
    const mod = await import('pdfjs-dist');
    mod.GlobalWorkerOptions.workerSrc = url('vendor/pdfjs/pdf.worker.min.mjs');
    return mod;
  },
  standardFontDataUrl: url('vendor/pdfjs/standard_fonts/'),
  cMapUrl: url('vendor/pdfjs/cmaps/'),
  wasmUrl: url('vendor/pdfjs/wasm/'),
};

async function decodeImage(bytes: Uint8Array): Promise<RasterImage> {
  const bitmap = await createImageBitmap(new Blob([bytes as BlobPart]));
  try {
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#fff'; // transparent PNG areas read as paper
    ctx.fillRect(0, 0, bitmap.width, bitmap.height);
    ctx.drawImage(bitmap, 0, 0);
    return ctx.getImageData(0, 0, bitmap.width, bitmap.height);
  } finally {
    bitmap.close();
  }
}

let ocr: OcrEngine | undefined;
let qr: QrDecoder | undefined;

function engines(onInitProgress: (p: number) => void): { ocr: OcrEngine; qr: QrDecoder } {
  ocr ??= createOcr({
    langPath: url('ocr'),
    workerPath: url('vendor/tesseract/worker.min.js'),
    corePath: url('vendor/tesseract'),
    workerBlobURL: false,
    decodeImage,
    onInitProgress: (p) => onInitProgress(p.progress),
  });
  qr ??= createQrDecoder({ wasm: { locateFile: (file) => url(`vendor/zxing/${file}`) } });
  return { ocr, qr };
}

/** PNG bytes of pixels (the redacted copy), base64 for the JSON message channel. */
export async function pngBase64(image: RasterImage): Promise<string> {
  const canvas = new OffscreenCanvas(image.width, image.height);
  canvas.getContext('2d')!.putImageData(new ImageData(new Uint8ClampedArray(image.data), image.width, image.height), 0, 0);
  return toBase64(new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer()));
}

/** Reader failures become message keys the popup can show; document text never appears in them. */
function readerError(err: unknown): never {
  if (err instanceof PdfReadError) throw new UserError(`err_pdf_${err.code}`);
  if (err instanceof ImageReadError) throw new UserError(`err_image_${err.code}`);
  if (err instanceof UserError) throw err;
  throw new UserError('err_read_failed');
}

export interface ReadDocument {
  source: SourceText;
  checked: CheckedFields[];
  /** Images only: pixels and OCR words, for the redacted copy. */
  scan?: { image: RasterImage; words: OcrWord[] };
}

export async function readDocument(bytes: Uint8Array, mediaType: string, onProgress: (p: number) => void): Promise<ReadDocument> {
  const { ocr: o, qr: q } = engines((p) => onProgress(p * 0.1));
  try {
    if (mediaType === 'application/pdf') {
      const r = await readPdf(bytes, { pdfjs, ocr: o, qr: q, maxBytes: MAX_FILE_BYTES, onProgress: (p) => onProgress(p.progress) });
      return { source: r.source, checked: r.checked };
    }
    const r = await readImage(bytes, { ocr: o, qr: q, decodeImage, maxBytes: MAX_FILE_BYTES, onProgress: (p) => onProgress(p.progress) });
    return { source: r.source, checked: r.checked, scan: { image: r.image, words: r.words } };
  } catch (err) {
    return readerError(err);
  }
}
