// A redacted copy of a scanned page (Decree 13/2023: share only what is
// needed): opaque boxes over every word OCR located that is personal data,
// found by the PII engine in the page text and by the personal fields that
// extraction read from it. The word-level OCR output kept with the copy is
// scrubbed the same way. Pure pixels: the caller encodes the image (canvas).
import { documentType } from '../core/catalog/catalog.ts';
import type { Extraction } from '../core/extract/types.ts';
import type { BBox } from '../core/pii/ocr.ts';
import { scrubOcrWords } from '../core/pii/index.ts';
import type { PiiPolicy } from '../core/pii/policy.ts';
import { foldVietnamese } from '../core/text/unicode.ts';
import type { OcrWord } from './ocr.ts';
import type { RasterImage } from './ocr-raster.ts';

export interface RedactedScan {
  image: RasterImage;
  words: OcrWord[];
  boxes: BBox[];
}

/** Printed spellings of a value: dates as extraction stores them (YYYY-MM-DD) are printed dd/mm/yyyy. */
function spellings(value: string): string[][] {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const texts = iso ? [`${iso[3]}/${iso[2]}/${iso[1]}`, `${iso[3]}-${iso[2]}-${iso[1]}`, `${iso[3]}.${iso[2]}.${iso[1]}`] : [value];
  return texts.map((t) => t.split(/\s+/).map(token).filter(Boolean));
}

function token(s: string): string {
  return foldVietnamese(s).replace(/[^a-z0-9/.-]/g, '');
}

/** Indexes of words forming one of the values, token for token (OCR punctuation ignored). */
function valueWords(words: readonly OcrWord[], values: readonly string[]): Set<number> {
  const folded = words.map((w) => token(w.text));
  const hit = new Set<number>();
  for (const value of values) {
    for (const tokens of spellings(value)) {
      if (tokens.length === 0) continue;
      for (let i = 0; i + tokens.length <= folded.length; i++) {
        if (tokens.every((t, k) => folded[i + k] === t || folded[i + k]!.replace(/[.:,;]$/, '') === t)) {
          for (let k = 0; k < tokens.length; k++) hit.add(i + k);
        }
      }
    }
  }
  return hit;
}

/** Values of the fields the catalog marks personal (basic or sensitive) for the extracted type. */
export function personalValues(extraction: Extraction): string[] {
  const type = extraction.type ? documentType(extraction.type) : undefined;
  return (type?.fields ?? []).filter((f) => f.pii !== 'none' && extraction.fields[f.key]).map((f) => extraction.fields[f.key]!);
}

const PAD = 3;

function paint(image: RasterImage, boxes: readonly BBox[]): RasterImage {
  const data = new Uint8ClampedArray(image.data);
  for (const b of boxes) {
    const x0 = Math.max(0, Math.floor(b.x0) - PAD);
    const y0 = Math.max(0, Math.floor(b.y0) - PAD);
    const x1 = Math.min(image.width, Math.ceil(b.x1) + PAD);
    const y1 = Math.min(image.height, Math.ceil(b.y1) + PAD);
    for (let y = y0; y < y1; y++) {
      for (let x = x0; x < x1; x++) {
        const i = (y * image.width + x) * 4;
        data[i] = 0; data[i + 1] = 0; data[i + 2] = 0; data[i + 3] = 255;
      }
    }
  }
  return { width: image.width, height: image.height, data };
}

/**
 * @param personalValues values of the document's personal fields (catalog pii != none), as extracted.
 */
export function redactScan(image: RasterImage, words: readonly OcrWord[], personalValues: readonly string[], policy?: PiiPolicy): RedactedScan {
  const scrubbed = scrubOcrWords(words, policy);
  const byEngine = new Set(scrubbed.boxes.map((b) => `${b.x0},${b.y0},${b.x1},${b.y1}`));
  const fromFields = valueWords(words, personalValues);
  const out: OcrWord[] = [];
  const boxes: BBox[] = [];
  words.forEach((w, i) => {
    const engineHit = byEngine.has(`${w.bbox.x0},${w.bbox.y0},${w.bbox.x1},${w.bbox.y1}`);
    if (engineHit || fromFields.has(i)) {
      boxes.push(w.bbox);
      out.push({ ...w, text: '*'.repeat(w.text.length) });
    } else {
      out.push({ ...w });
    }
  });
  return { image: paint(image, boxes), words: out, boxes };
}
