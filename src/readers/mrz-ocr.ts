// Second look at the MRZ: the general OCR pass finds the zone, then the zone alone
// is read again with Tesseract limited to the MRZ alphabet, which fixes most of
// the '<'/K, 0/O and I/T slips of the first pass. Check digits decide which read wins.
import type { CheckedFields } from '../core/extract/types.ts';
import { cleanMrzLine, mrzCheckedFields } from './mrz.ts';
import type { OcrBox, OcrEngine, OcrInput, OcrResult } from './ocr.ts';

const MRZ_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<';

/** Bounding box of the rows that look like MRZ lines, with a margin; null when there are none. */
export function mrzRegion(result: OcrResult): OcrBox | null {
  const rows = result.rows.filter((r) => {
    const c = cleanMrzLine(r.text);
    return c.length >= 20 && (c.match(/</g)?.length ?? 0) >= 2 && c.length >= 0.8 * r.text.replace(/\s/g, '').length;
  });
  if (rows.length < 2) return null;
  const h = Math.max(...rows.map((r) => r.height));
  const top = Math.min(...rows.map((r) => r.y)) - 1.3 * h;
  const bottom = Math.max(...rows.map((r) => r.y)) + 1.3 * h;
  const words = result.words.filter((w) => {
    const c = (w.bbox.y0 + w.bbox.y1) / 2;
    return c >= top && c <= bottom;
  });
  if (words.length === 0) return null;
  const x0 = Math.min(...words.map((w) => w.bbox.x0)) - h;
  const x1 = Math.max(...words.map((w) => w.bbox.x1)) + h;
  return { x0: Math.max(0, x0), y0: Math.max(0, top), x1, y1: bottom };
}

/**
 * MRZ fields from an OCR'd image: the zone re-read with the MRZ alphabet first,
 * the first pass as fallback; null unless some read passes every check digit.
 */
export async function readMrz(ocr: OcrEngine, image: OcrInput, first: OcrResult): Promise<CheckedFields | null> {
  const region = mrzRegion(first);
  if (region) {
    try {
      const zone = await ocr.recognize(image, undefined, { crop: region, charWhitelist: MRZ_ALPHABET, pageSegMode: '6' });
      // The printed text (for the name check) follows the zone's lines.
      const fields = mrzCheckedFields(`${zone.text}\n${first.text}`);
      if (fields) return fields;
    } catch {
      // Fall back to the first pass.
    }
  }
  return mrzCheckedFields(first.text);
}
