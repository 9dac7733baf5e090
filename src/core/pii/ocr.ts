// Scrubbing word-level OCR output: personal data is found over the page text
// rebuilt from the words, then every word it touches is masked and its box
// returned so the caller can paint it over on a redacted copy of the scan.
import type { PiiSpan } from './types.ts';
import { detect } from './detect.ts';
import { fullMask } from './operators.ts';
import { DEFAULT_POLICY, textOperator, type PiiPolicy } from './policy.ts';

export interface BBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface OcrWord {
  text: string;
  bbox: BBox;
}

/** True when `b` starts a new line after `a` (below it, or back to the left). */
function newLine(a: BBox, b: BBox): boolean {
  const height = Math.max(1, a.y1 - a.y0);
  return b.y0 >= a.y1 - height * 0.3 || b.x0 < a.x0 - height;
}

/**
 * Returns the words with personal text masked (a full character mask: words stay aligned with
 * their boxes) and the boxes to black out, one per touched word, in word order. Words whose type
 * the policy keeps are left alone.
 */
export function scrubOcrWords<W extends OcrWord>(
  words: readonly W[],
  policy: PiiPolicy = DEFAULT_POLICY,
): { words: W[]; boxes: BBox[]; spans: PiiSpan[] } {
  let text = '';
  const starts: number[] = [];
  for (let i = 0; i < words.length; i++) {
    if (i > 0) text += newLine(words[i - 1]!.bbox, words[i]!.bbox) ? '\n' : ' ';
    starts.push(text.length);
    text += words[i]!.text;
  }
  const spans = detect(text, { ...(policy.types ? { types: policy.types } : {}), minScore: policy.minScore }).filter(
    (s) => textOperator(policy, s.type).op !== 'keep',
  );
  const out = words.map((w) => ({ ...w }));
  const boxes: BBox[] = [];
  let wi = 0;
  for (let i = 0; i < words.length; i++) {
    const ws = starts[i]!;
    const we = ws + words[i]!.text.length;
    while (wi < spans.length && spans[wi]!.end <= ws) wi++;
    let masked = words[i]!.text;
    let touched = false;
    for (let k = wi; k < spans.length && spans[k]!.start < we; k++) {
      const s = Math.max(spans[k]!.start, ws) - ws;
      const e = Math.min(spans[k]!.end, we) - ws;
      if (e <= s) continue;
      masked = masked.slice(0, s) + fullMask(masked.slice(s, e), policy.maskChar) + masked.slice(e);
      touched = true;
    }
    if (touched) {
      out[i]!.text = masked;
      boxes.push({ ...words[i]!.bbox }); // the whole word: a part of a box cannot be located reliably
    }
  }
  return { words: out, boxes, spans };
}
