// OCR with tesseract.js and the Vietnamese model the project carries
// (public/ocr/vie.traineddata). One worker is created lazily, kept alive and
// reused: creating one costs ~0.2 s in Node and more in the browser. Only the
// paths differ between Node and the extension's offscreen document; they come
// in through OcrOptions (see ocr-node.ts for Node's).
import { createWorker, type Worker } from 'tesseract.js';
import type { SourceText } from '../core/extract/types.ts';
import type { BBox, OcrWord as PiiOcrWord } from '../core/pii/ocr.ts';
import {
  encodePgm, isRasterImage, scaleGray, stretchContrast, toGray,
  type GrayImage, type ImageDecoder, type RasterImage,
} from './ocr-raster.ts';
import { buildRows, layoutRows, pairsFromRows, titleFromRows, type LayoutRow, type TextBox } from './pdf-layout.ts';

export interface OcrOptions {
  /** Folder (path in Node, URL in the browser) holding `<lang>.traineddata`, uncompressed. */
  langPath: string;
  /** Tesseract language(s). Default 'vie' (its Latin set also reads English labels). */
  lang?: string;
  /** Browser: URL of tesseract.js's dist/worker.min.js. Node: leave unset. */
  workerPath?: string;
  /** Browser: URL of the folder holding tesseract-core*-lstm.wasm.js. Node: leave unset. */
  corePath?: string;
  /** Browser (MV3): false, so the worker is loaded from workerPath rather than a blob: URL. */
  workerBlobURL?: boolean;
  /** Give up on worker start-up after this long (a CSP without 'wasm-unsafe-eval' hangs it forever). Default 30 s. */
  initTimeoutMs?: number;
  /** Give up on one image after this long and restart the worker. Default 120 s. */
  recognizeTimeoutMs?: number;
  /** Decodes PNG/JPEG bytes to pixels so they can be preprocessed; without it bytes go to Tesseract as they are. */
  decodeImage?: ImageDecoder;
  /** Images narrower than this are enlarged before OCR (small text reads badly). Default 1400 px. */
  minWidth?: number;
  /** Tesseract page segmentation mode. Default '3' (automatic); lines are rebuilt from word boxes anyway. */
  pageSegMode?: string;
  /** Worker start-up progress (loading core, language data). */
  onInitProgress?: OcrProgress;
}

/** A word box, in the coordinates of the image given to recognize(); the PII engine's shape. */
export type OcrBox = BBox;

export interface OcrWord extends PiiOcrWord {
  /** 0..1 */
  confidence: number;
}

export interface OcrResult {
  /** Visual lines rebuilt from the word boxes, columns separated by tabs. */
  text: string;
  words: OcrWord[];
  /** Mean word confidence, 0..1 (0 when nothing was read). */
  confidence: number;
  /** Logical rows (wrapped table cells joined), for title and label/value pairs. */
  rows: LayoutRow[];
  width: number;
  height: number;
}

export type OcrProgress = (p: { status: string; progress: number }) => void;

/** Per-call settings, for a second look at one region (e.g. the MRZ). */
export interface RecognizeOptions {
  /** Read only this part of the image (input coordinates); word boxes stay in input coordinates. */
  crop?: OcrBox;
  /** Restrict the characters Tesseract may output (e.g. the MRZ alphabet). */
  charWhitelist?: string;
  /** Page segmentation mode for this call ('6' = one uniform block). */
  pageSegMode?: string;
}

/** Encoded image bytes (PNG, JPEG, PGM) or decoded pixels. */
export type OcrInput = Uint8Array | RasterImage;

export interface OcrEngine {
  /** Starts the worker now instead of at the first recognize(). */
  warmUp(): Promise<void>;
  recognize(image: OcrInput, onProgress?: OcrProgress, options?: RecognizeOptions): Promise<OcrResult>;
  /** Stops the worker; a later recognize() starts a new one. */
  terminate(): Promise<void>;
}

export class OcrError extends Error {
  constructor(readonly code: 'init_timeout' | 'init_failed' | 'recognize_timeout' | 'recognize_failed', message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'OcrError';
  }
}

function withTimeout<T>(p: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    p,
    new Promise<never>((_, reject) => { timer = setTimeout(() => reject(onTimeout()), ms); }),
  ]).finally(() => clearTimeout(timer));
}

interface Prepared {
  bytes: Uint8Array;
  /** Factor applied to the input (word boxes are divided by it). */
  scale: number;
  /** Offset of the crop in the input (added back to word boxes). */
  dx: number;
  dy: number;
  width: number;
  height: number;
}

function cropGray(img: GrayImage, box: OcrBox): GrayImage {
  const x0 = Math.max(0, Math.floor(box.x0));
  const y0 = Math.max(0, Math.floor(box.y0));
  const x1 = Math.min(img.width, Math.ceil(box.x1));
  const y1 = Math.min(img.height, Math.ceil(box.y1));
  const w = Math.max(1, x1 - x0);
  const h = Math.max(1, y1 - y0);
  const out = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) out.set(img.data.subarray((y0 + y) * img.width + x0, (y0 + y) * img.width + x0 + w), y * w);
  return { width: w, height: h, data: out };
}

function prepareGray(input: GrayImage, minWidth: number, crop?: OcrBox): Prepared {
  const w0 = input.width;
  const h0 = input.height;
  const gray = crop ? cropGray(input, crop) : input;
  let g = stretchContrast(gray);
  let scale = 1;
  if (g.width < minWidth) {
    scale = Math.min(3, minWidth / g.width);
    g = scaleGray(g, scale);
  }
  const dx = crop ? Math.max(0, Math.floor(crop.x0)) : 0;
  const dy = crop ? Math.max(0, Math.floor(crop.y0)) : 0;
  return { bytes: encodePgm(g), scale, dx, dy, width: w0, height: h0 };
}

/** Deskewed word boxes: skew taken from Tesseract's line baselines, so tilted scans still group into rows. */
function wordsToBoxes(words: OcrWord[], slope: number): TextBox[] {
  return words.map((w) => {
    const cx = (w.bbox.x0 + w.bbox.x1) / 2;
    const dy = slope * cx;
    return { text: w.text, x0: w.bbox.x0, x1: w.bbox.x1, y0: w.bbox.y0 - dy, y1: w.bbox.y1 - dy };
  });
}

interface TessLine {
  baseline?: { x0: number; y0: number; x1: number; y1: number };
  words: { text: string; confidence: number; bbox: OcrBox }[];
}

function collectLines(blocks: unknown): TessLine[] {
  const lines: TessLine[] = [];
  for (const block of (blocks as { paragraphs?: { lines?: TessLine[] }[] }[] | null) ?? []) {
    for (const para of block.paragraphs ?? []) lines.push(...(para.lines ?? []));
  }
  return lines;
}

function estimateSlope(lines: TessLine[]): number {
  const slopes: number[] = [];
  for (const l of lines) {
    const b = l.baseline;
    if (b && b.x1 - b.x0 > 150) slopes.push((b.y1 - b.y0) / (b.x1 - b.x0));
  }
  if (slopes.length === 0) return 0;
  slopes.sort((a, b) => a - b);
  const s = slopes[slopes.length >> 1]!;
  return Math.abs(s) < 0.1 ? s : 0;
}

export function createOcr(opts: OcrOptions): OcrEngine {
  const initTimeoutMs = opts.initTimeoutMs ?? 30_000;
  const recognizeTimeoutMs = opts.recognizeTimeoutMs ?? 120_000;
  const minWidth = opts.minWidth ?? 1400;
  let worker: Promise<Worker> | null = null;
  let currentProgress: OcrProgress | undefined;
  // One worker runs one job at a time; chaining keeps progress reports tied to their job.
  let queue: Promise<unknown> = Promise.resolve();

  function start(): Promise<Worker> {
    if (worker) return worker;
    const created = createWorker(opts.lang ?? 'vie', 1, {
      langPath: opts.langPath,
      gzip: false,
      cacheMethod: 'none',
      ...(opts.workerPath ? { workerPath: opts.workerPath } : {}),
      ...(opts.corePath ? { corePath: opts.corePath } : {}),
      ...(opts.workerBlobURL !== undefined ? { workerBlobURL: opts.workerBlobURL } : {}),
      logger: (m) => {
        if (m.status === 'recognizing text') currentProgress?.({ status: m.status, progress: m.progress });
        else opts.onInitProgress?.({ status: m.status, progress: m.progress });
      },
      // Without a handler tesseract.js rethrows a failed job inside its message
      // listener, which kills a Node process; the job's own promise rejects anyway.
      errorHandler: () => {},
    });
    const ready = created.then(async (w) => {
      // debug_file: Tesseract otherwise prints notes such as 'Detected 93 diacritics' on stderr.
      // tessedit_do_invert 0: papers are dark on light; skipping the inverted re-read of doubtful lines saves time.
      await w.setParameters({
        tessedit_pageseg_mode: (opts.pageSegMode ?? '3') as never,
        user_defined_dpi: '300',
        debug_file: '/dev/null',
        tessedit_do_invert: '0',
      });
      return w;
    });
    worker = withTimeout(ready, initTimeoutMs, () =>
      new OcrError('init_timeout', `OCR engine did not start within ${initTimeoutMs} ms (check worker/core/language paths and the wasm CSP)`),
    ).catch((err: unknown) => {
      worker = null;
      // A worker that starts after we gave up must not linger.
      created.then((w) => w.terminate()).catch(() => {});
      if (err instanceof OcrError) throw err;
      throw new OcrError('init_failed', 'OCR engine failed to start', { cause: err });
    });
    return worker;
  }

  async function prepare(image: OcrInput, crop?: OcrBox): Promise<Prepared> {
    if (isRasterImage(image)) return prepareGray(toGray(image), minWidth, crop);
    if (opts.decodeImage) return prepareGray(toGray(await opts.decodeImage(image)), minWidth, crop);
    if (crop) throw new OcrError('recognize_failed', 'Cropping needs decoded pixels or an image decoder');
    return { bytes: image, scale: 1, dx: 0, dy: 0, width: 0, height: 0 };
  }

  const defaultPsm = opts.pageSegMode ?? '3';

  async function run(image: OcrInput, onProgress?: OcrProgress, options: RecognizeOptions = {}): Promise<OcrResult> {
    const prepared = await prepare(image, options.crop);
    const w = await start();
    const special = options.charWhitelist !== undefined || options.pageSegMode !== undefined;
    currentProgress = onProgress;
    onProgress?.({ status: 'recognizing text', progress: 0 });
    let page;
    try {
      if (special) {
        await w.setParameters({
          tessedit_char_whitelist: options.charWhitelist ?? '',
          tessedit_pageseg_mode: (options.pageSegMode ?? defaultPsm) as never,
        });
      }
      const job = w.recognize(prepared.bytes as never, {}, { text: false, blocks: true });
      page = (await withTimeout(job, recognizeTimeoutMs, () =>
        new OcrError('recognize_timeout', `OCR took longer than ${recognizeTimeoutMs} ms`),
      )).data;
    } catch (err) {
      if (err instanceof OcrError) {
        // A stuck worker would block every later job: drop it.
        worker = null;
        w.terminate().catch(() => {});
        throw err;
      }
      throw new OcrError('recognize_failed', 'OCR could not read the image (unsupported or damaged image data)', { cause: err });
    } finally {
      currentProgress = undefined;
      if (special && worker) {
        await w.setParameters({ tessedit_char_whitelist: '', tessedit_pageseg_mode: defaultPsm as never }).catch(() => {});
      }
    }
    onProgress?.({ status: 'recognizing text', progress: 1 });

    const s = prepared.scale;
    const { dx, dy } = prepared;
    const lines = collectLines(page.blocks);
    const words: OcrWord[] = [];
    for (const line of lines) {
      for (const wd of line.words) {
        if (wd.text.trim() === '') continue;
        words.push({
          text: wd.text.normalize('NFC'),
          bbox: { x0: wd.bbox.x0 / s + dx, y0: wd.bbox.y0 / s + dy, x1: wd.bbox.x1 / s + dx, y1: wd.bbox.y1 / s + dy },
          confidence: Math.max(0, Math.min(1, wd.confidence / 100)),
        });
      }
    }
    // Tesseract's words are words: never glue two together, even when italic boxes overlap.
    const layout = layoutRows(buildRows(wordsToBoxes(words, estimateSlope(lines)), { cellGap: 1.6, joinGap: -Infinity }), 0.8);
    const confidence = words.length ? words.reduce((a, w) => a + w.confidence, 0) / words.length : 0;
    return {
      text: layout.lines.join('\n'),
      words,
      confidence,
      rows: layout.rows,
      width: prepared.width,
      height: prepared.height,
    };
  }

  return {
    async warmUp() {
      await start();
    },
    recognize(image, onProgress, options) {
      const job = queue.then(() => run(image, onProgress, options));
      queue = job.catch(() => {});
      return job;
    },
    async terminate() {
      const w = worker;
      worker = null;
      if (w) await (await w.catch(() => null))?.terminate();
    },
  };
}

/** SourceText of one or more OCR'd pages, in order. */
export function ocrSourceText(results: OcrResult[]): SourceText {
  const rows = results.flatMap((r) => r.rows);
  const words = results.flatMap((r) => r.words);
  const first = results[0];
  const title = first ? titleFromRows(first.rows, 1.35) : undefined;
  return {
    origin: 'ocr',
    ...(title ? { title } : {}),
    pairs: pairsFromRows(rows),
    text: results.map((r) => r.text).join('\n'),
    confidence: words.length ? words.reduce((a, w) => a + w.confidence, 0) / words.length : 0,
  };
}
