// PDF reader: the text layer with pdfjs-dist, page by page, lines rebuilt from
// the text items; a page without text (a scan) is rendered and OCR'd. QR codes
// are looked for on pages that paint images (one-stop results carry one top-left,
// scans may show an ID card). The pdfjs module and its resource URLs are injected
// (pdf-node.ts for Node; the offscreen document passes its own), so this file
// runs unchanged in both.
import type { CheckedFields, SourceText } from '../core/extract/types.ts';
import { mrzCheckedFields } from './mrz.ts';
import { readMrz } from './mrz-ocr.ts';
import type { OcrEngine, OcrResult } from './ocr.ts';
import type { RasterImage } from './ocr-raster.ts';
import { buildRows, layoutRows, pairsFromRows, titleFromRows, type LayoutRow, type TextBox } from './pdf-layout.ts';
import { parseQrPayload, type QrDecoder } from './qr.ts';

type Pdfjs = typeof import('pdfjs-dist');
type PdfDocument = Awaited<ReturnType<Pdfjs['getDocument']>['promise']>;
type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>;

export interface PdfjsEnv {
  /**
   * Loads pdfjs-dist. Node 20: the legacy build (`pdfjs-dist/legacy/build/pdf.mjs`),
   * which runs its worker in-process. Browser: `pdfjs-dist` with
   * `GlobalWorkerOptions.workerSrc` set to the bundled pdf.worker.min.mjs.
   */
  load(): Promise<Pdfjs>;
  /** URLs (or, in Node, paths ending in '/') of the folders copied from pdfjs-dist. */
  standardFontDataUrl?: string;
  cMapUrl?: string;
  /** pdfjs-dist/wasm: JBIG2 and JPEG 2000 decoders used by scanned PDFs. */
  wasmUrl?: string;
}

export interface ReadProgress {
  stage: 'text' | 'ocr' | 'qr';
  /** 1-based page number. */
  page: number;
  pages: number;
  /** 0..1 over the whole document. */
  progress: number;
}

export interface PdfReadOptions {
  pdfjs: PdfjsEnv;
  /** Reads pages without a text layer. Without it such pages raise PdfReadError 'needs_ocr'. */
  ocr?: OcrEngine;
  /** Decodes QR codes on pages that paint images or many paths. */
  qr?: QrDecoder;
  /** Reject larger files before parsing. Default 50 MB. */
  maxBytes?: number;
  /** Reject documents with more pages. Default 100. */
  maxPages?: number;
  /** Resolution for OCR when the scan's own cannot be told. Default 250 dpi. */
  ocrDpi?: number;
  onProgress?: (p: ReadProgress) => void;
}

export interface PdfReadResult {
  source: SourceText;
  pages: number;
  /** 1-based numbers of the pages that were read by OCR. */
  ocrPages: number[];
  /** QR payloads and MRZ found in the document, parsed and checked. */
  checked: CheckedFields[];
  /** Raw QR texts that were not a known payload (kept for the official, never logged). */
  otherQr: string[];
}

export type PdfErrorCode = 'empty' | 'too_large' | 'not_pdf' | 'corrupt' | 'encrypted' | 'too_many_pages' | 'needs_ocr';

/** Describes what is wrong with the file; never carries document text. */
export class PdfReadError extends Error {
  constructor(readonly code: PdfErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PdfReadError';
  }
}

export const DEFAULT_MAX_PDF_BYTES = 50 * 1024 * 1024;
/** Fewer non-blank characters than this: the page is a scan (maybe with a page number). */
const MIN_TEXT_CHARS = 40;
/**
 * A page mostly covered by one image with no more text than this is a scan with
 * a stamp on it (the digitizer's signature, Art. 8.1, or a scanner's header):
 * OCR reads the stamp too, from the rendered page.
 */
const STAMP_TEXT_CHARS = 400;
/** Cap on rendered pixels per page (A4 at 300 dpi is 8.7 M). */
const MAX_RENDER_PIXELS = 12_000_000;

type Matrix = [number, number, number, number, number, number];

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

function itemsToBoxes(items: TextItemLike[], viewport: Matrix): TextBox[] {
  const boxes: TextBox[] = [];
  for (const it of items) {
    if (!it.str || it.str.trim() === '') continue;
    const t = it.transform as Matrix;
    const size = Math.hypot(t[2], t[3]) || it.height || 1;
    const dirLen = Math.hypot(t[0], t[1]) || 1;
    const [sx, sy] = apply(viewport, t[4], t[5]);
    const [ex, ey] = apply(viewport, t[4] + (it.width * t[0]) / dirLen, t[5] + (it.width * t[1]) / dirLen);
    if (Math.abs(ey - sy) > Math.abs(ex - sx) + 1) continue; // vertical text: not part of a reading line
    const scale = Math.hypot(viewport[0], viewport[1]) || 1;
    const h = size * scale;
    const baseline = (sy + ey) / 2;
    boxes.push({ text: it.str.normalize('NFC'), x0: Math.min(sx, ex), x1: Math.max(sx, ex), y0: baseline - h * 0.8, y1: baseline + h * 0.2 });
  }
  return boxes;
}

interface PageGraphics {
  /** Something that may be a QR code: an image or many filled paths. */
  hasGraphics: boolean;
  /** Resolution of the largest image, in dpi, when it covers much of the page. */
  imageDpi: number | null;
  /** Share of the page area covered by its largest image, 0..1. */
  imageCoverage: number;
}

async function inspectGraphics(pdfjs: Pdfjs, page: PdfPage): Promise<PageGraphics> {
  const ops = await page.getOperatorList();
  const OPS = pdfjs.OPS;
  const [, , pw, ph] = page.view as [number, number, number, number];
  const pageArea = Math.abs(pw * ph) || 1;
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  let paths = 0;
  let images = 0;
  let imageDpi: number | null = null;
  let imageCoverage = 0;
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0];
    else if (fn === OPS.transform && args) ctm = multiply(ctm, args as Matrix);
    else if (fn === OPS.constructPath) paths++;
    else if (fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject || fn === OPS.paintImageMaskXObject) {
      images++;
      const first = args?.[0] as { width?: number } | undefined;
      const pxW = fn === OPS.paintImageXObject ? Number(args?.[1]) : Number(first?.width);
      const wPt = Math.hypot(ctm[0], ctm[1]);
      const hPt = Math.hypot(ctm[2], ctm[3]);
      imageCoverage = Math.max(imageCoverage, Math.min(1, (wPt * hPt) / pageArea));
      if (pxW > 0 && wPt > 0 && (wPt * hPt) / pageArea > 0.3) {
        const dpi = pxW / (wPt / 72);
        imageDpi = Math.max(imageDpi ?? 0, dpi);
      }
    }
  }
  return { hasGraphics: images > 0 || paths > 60, imageDpi, imageCoverage };
}

async function renderPage(doc: PdfDocument, page: PdfPage, dpi: number): Promise<RasterImage> {
  let scale = dpi / 72;
  const base = page.getViewport({ scale: 1 });
  const pixels = base.width * base.height * scale * scale;
  if (pixels > MAX_RENDER_PIXELS) scale *= Math.sqrt(MAX_RENDER_PIXELS / pixels);
  const viewport = page.getViewport({ scale });
  const w = Math.ceil(viewport.width);
  const h = Math.ceil(viewport.height);
  // The document's own canvas factory: DOM/OffscreenCanvas in the browser,
  // pdfjs's @napi-rs/canvas in Node (its version, not ours, so paths and images match).
  const factory = doc.canvasFactory as {
    create(w: number, h: number): { canvas: HTMLCanvasElement; context: CanvasRenderingContext2D };
    destroy(c: { canvas: HTMLCanvasElement; context: CanvasRenderingContext2D }): void;
  };
  const target = factory.create(w, h);
  try {
    await page.render({ canvas: target.canvas, canvasContext: target.context, viewport, background: 'rgb(255,255,255)' }).promise;
    const img = target.context.getImageData(0, 0, w, h);
    return { width: img.width, height: img.height, data: img.data };
  } finally {
    factory.destroy(target);
  }
}

function checkBytes(bytes: Uint8Array, maxBytes: number): void {
  if (bytes.byteLength === 0) throw new PdfReadError('empty', 'The PDF file is empty (0 bytes).');
  if (bytes.byteLength > maxBytes) {
    throw new PdfReadError('too_large', `The PDF file is larger than the ${Math.round(maxBytes / 1024 / 1024)} MB limit.`);
  }
  // '%PDF-' must appear near the start (some producers put junk before it).
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (!head.includes('%PDF-')) throw new PdfReadError('not_pdf', 'The file is not a PDF (no %PDF header).');
}

async function openDocument(pdfjs: Pdfjs, env: PdfjsEnv, bytes: Uint8Array): Promise<PdfDocument> {
  const task = pdfjs.getDocument({
    // pdfjs may transfer (detach) the buffer it is given: hand it a copy.
    data: bytes.slice(),
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: 0,
    ...(env.standardFontDataUrl ? { standardFontDataUrl: env.standardFontDataUrl } : {}),
    ...(env.cMapUrl ? { cMapUrl: env.cMapUrl, cMapPacked: true } : {}),
    ...(env.wasmUrl ? { wasmUrl: env.wasmUrl } : {}),
  });
  try {
    return await task.promise;
  } catch (err) {
    await task.destroy().catch(() => {});
    const name = (err as { name?: string } | null)?.name;
    if (name === 'PasswordException') {
      throw new PdfReadError('encrypted', 'The PDF is password-protected; open it without a password first.', { cause: err });
    }
    throw new PdfReadError('corrupt', 'The PDF is damaged or not a valid PDF.', { cause: err });
  }
}

function addChecked(list: CheckedFields[], c: CheckedFields | null): void {
  if (!c) return;
  const key = JSON.stringify(c);
  if (!list.some((x) => JSON.stringify(x) === key)) list.push(c);
}

/** Reads a PDF: text layer, OCR for scanned pages, QR codes and MRZ. */
export async function readPdf(bytes: Uint8Array, opts: PdfReadOptions): Promise<PdfReadResult> {
  checkBytes(bytes, opts.maxBytes ?? DEFAULT_MAX_PDF_BYTES);
  const pdfjs = await opts.pdfjs.load();
  const doc = await openDocument(pdfjs, opts.pdfjs, bytes);
  try {
    const pages = doc.numPages;
    const maxPages = opts.maxPages ?? 100;
    if (pages === 0) throw new PdfReadError('empty', 'The PDF has no pages.');
    if (pages > maxPages) throw new PdfReadError('too_many_pages', `The PDF has more than ${maxPages} pages.`);

    const allRows: LayoutRow[] = [];
    const pageTexts: string[] = [];
    const ocrPages: number[] = [];
    const ocrResults: OcrResult[] = [];
    const checked: CheckedFields[] = [];
    const otherQr: string[] = [];
    let firstRows: LayoutRow[] | undefined;
    let firstOrigin: 'pdf-text' | 'ocr' = 'pdf-text';
    const progress = (stage: ReadProgress['stage'], page: number, within: number) =>
      opts.onProgress?.({ stage, page, pages, progress: Math.min(1, (page - 1 + within) / pages) });

    const readQr = async (image: RasterImage) => {
      if (!opts.qr) return;
      for (const text of await opts.qr.decode(image)) {
        const parsed = parseQrPayload(text);
        if (parsed) addChecked(checked, parsed);
        else if (!otherQr.includes(text)) otherQr.push(text);
      }
    };

    for (let n = 1; n <= pages; n++) {
      progress('text', n, 0);
      let page: PdfPage;
      try {
        page = await doc.getPage(n);
      } catch (err) {
        throw new PdfReadError('corrupt', `Page ${n} of the PDF is damaged.`, { cause: err });
      }
      try {
        const content = await page.getTextContent();
        const items = content.items.filter((i): i is TextItemLike & typeof i => 'str' in i);
        const chars = items.reduce((a, i) => a + i.str.replace(/\s/g, '').length, 0);
        const graphics = opts.qr || chars < STAMP_TEXT_CHARS ? await inspectGraphics(pdfjs, page) : null;
        const scanned = chars < MIN_TEXT_CHARS || (chars < STAMP_TEXT_CHARS && (graphics?.imageCoverage ?? 0) >= 0.5);
        let rows: LayoutRow[];
        let lines: string[];
        if (!scanned) {
          const vp = page.getViewport({ scale: 1 });
          const layout = layoutRows(buildRows(itemsToBoxes(items, vp.transform as Matrix), { cellGap: 0.7 }));
          rows = layout.rows;
          lines = layout.lines;
          if (opts.qr && graphics?.hasGraphics) {
            progress('qr', n, 0.5);
            await readQr(await renderPage(doc, page, 150));
          }
        } else {
          if (!opts.ocr) throw new PdfReadError('needs_ocr', `Page ${n} has no text layer and no OCR engine was given.`);
          const dpi = Math.max(150, Math.min(300, graphics?.imageDpi ? Math.round(graphics.imageDpi) : opts.ocrDpi ?? 250));
          const image = await renderPage(doc, page, dpi);
          progress('ocr', n, 0);
          // OCR runs in its worker while the QR decoder works on this thread.
          const job = opts.ocr.recognize(image, (p) => progress('ocr', n, p.progress));
          job.catch(() => {}); // awaited below
          await readQr(image);
          const result = await job;
          ocrResults.push(result);
          addChecked(checked, await readMrz(opts.ocr, image, result));
          ocrPages.push(n);
          rows = result.rows;
          lines = result.text.split('\n');
          if (n === 1) firstOrigin = 'ocr';
        }
        if (n === 1) firstRows = rows;
        allRows.push(...rows);
        pageTexts.push(lines.join('\n'));
      } finally {
        page.cleanup();
      }
    }
    progress('text', pages, 1);

    const text = pageTexts.join('\n');
    // A text layer can hold an MRZ too (e-ID printouts); OCR'd pages already had theirs read closely.
    if (!checked.some((c) => c.source === 'mrz')) addChecked(checked, mrzCheckedFields(text));
    const title = firstRows ? titleFromRows(firstRows, firstOrigin === 'ocr' ? 1.35 : 1.25) : undefined;
    const words = ocrResults.flatMap((r) => r.words);
    // Digital text is exact; with OCR'd pages, confidence is the OCR words' mean weighted by their share of pages.
    const ocrConfidence = words.length ? words.reduce((a, w) => a + w.confidence, 0) / words.length : 1;
    const confidence = ocrPages.length ? ((pages - ocrPages.length) + ocrConfidence * ocrPages.length) / pages : 1;
    const source: SourceText = {
      origin: ocrPages.length === pages ? 'ocr' : 'pdf-text',
      ...(title ? { title } : {}),
      pairs: pairsFromRows(allRows),
      text,
      confidence,
    };
    return { source, pages, ocrPages, checked, otherQr };
  } finally {
    await doc.destroy();
  }
}
