// Document-type classification: the title (catalog name, aliases, known
// variants) is the strongest evidence; labels that only one type uses
// ('Hạng', 'Quyển số', 'Nguyên nhân chết') add up behind it.
import { catalog } from '../catalog/catalog.ts';
import { cleanText, foldVietnamese } from '../text/unicode.ts';
import type { LabeledValue, SourceText } from './types.ts';
import { labelCandidates, labelIndex } from './labels.ts';
import { typeTitleSynonyms } from './label-synonyms.ts';

export interface Classification {
  type: string | null;
  /** 0..1 */
  confidence: number;
  /** Score per type, for diagnostics and tests. */
  scores: Record<string, number>;
}

interface TitlePhrase { type: string; folded: string }

const titlePhrases: TitlePhrase[] = catalog.types.flatMap((t) =>
  [t.name, ...t.aliases, ...(typeTitleSynonyms[t.code] ?? [])]
    .map((p) => ({ type: t.code, folded: foldVietnamese(p).replace(/\//g, ' ') }))
    .filter((p) => p.folded.length > 0),
);

/** Headings and the first lines, where a paper names itself. */
function titleLines(source: SourceText): string[] {
  const lines: string[] = [];
  if (source.title) lines.push(...source.title.split('\n'));
  const text = source.text.split(/\r\n|\r|\n/).map(cleanText).filter(Boolean);
  lines.push(...text.slice(0, 25).filter((l) => l.length <= 90));
  return lines;
}

/** Title evidence for each type: best match over the heading lines, earlier lines weigh more. */
function titleScores(source: SourceText): Map<string, number> {
  const scores = new Map<string, number>();
  const lines = titleLines(source);
  const nTitle = source.title ? source.title.split('\n').length : 0;
  lines.forEach((line, i) => {
    const f = foldVietnamese(line).replace(/\//g, ' ');
    if (!f) return;
    const position = i < nTitle ? 1 : Math.max(0.5, 1 - (i - nTitle) * 0.03);
    let best: { type: string; len: number; s: number } | null = null;
    for (const p of titlePhrases) {
      let s = 0;
      if (f === p.folded) s = 10;
      else if (f.startsWith(`${p.folded} `) && f.length <= p.folded.length + 40) s = 7;
      else if (` ${f} `.includes(` ${p.folded} `) && f.length <= p.folded.length + 30) s = 4;
      if (s === 0) continue;
      // Of overlapping phrases on one line the longest names the type ('Giấy chứng nhận đăng ký hộ kinh doanh').
      if (!best || p.folded.length > best.len || (p.folded.length === best.len && s > best.s)) best = { type: p.type, len: p.folded.length, s };
    }
    if (best) scores.set(best.type, Math.max(scores.get(best.type) ?? 0, best.s * position));
  });
  return scores;
}

/** Label strings of a document: pair labels, then the text before a colon or whole short lines. */
function documentLabels(pairs: LabeledValue[], text: string): string[] {
  const labels = pairs.map((p) => p.label);
  for (const line of text.split(/\r\n|\r|\n/)) {
    for (const seg of line.split(/\t|\s{2,}|\s\|\s/)) {
      const colon = seg.search(/:(?!\/\/)/);
      if (colon > 0) labels.push(seg.slice(0, colon));
      else if (seg.trim().split(/\s+/).length <= 6) labels.push(seg);
      // 'Sinh ngày 05 tháng…': a label at the start of a line without colon.
      const words = seg.trim().split(/\s+/);
      if (colon < 0 && words.length > 2) for (let n = 2; n <= 4 && n < words.length; n++) labels.push(words.slice(0, n).join(' '));
    }
  }
  return labels;
}

/** How many types use each folded variant; a label shared by all types is weak evidence. */
let variantSpread: Map<string, number> | null = null;
function spread(): Map<string, number> {
  if (variantSpread) return variantSpread;
  const m = new Map<string, number>();
  for (const t of catalog.types) for (const v of labelIndex(t.code).exact.keys()) m.set(v, (m.get(v) ?? 0) + 1);
  variantSpread = m;
  return m;
}

export function classifyDocument(source: SourceText): Classification {
  const title = titleScores(source);
  const labels = documentLabels(source.pairs, source.text);
  const folded = new Set<string>();
  for (const l of labels) if (l.length <= 80) for (const c of labelCandidates(l)) folded.add(c.text);
  const sp = spread();
  const scores: Record<string, number> = {};
  for (const t of catalog.types) {
    const idx = labelIndex(t.code);
    const hitKeys = new Map<string, number>();
    for (const f of folded) {
      const key = idx.exact.get(f);
      if (key === undefined) continue;
      const w = 1 / (sp.get(f) ?? 1);
      hitKeys.set(key, Math.max(hitKeys.get(key) ?? 0, w));
    }
    let fieldScore = 0;
    for (const w of hitKeys.values()) fieldScore += w;
    // Share of the type's fields that the document shows: favours the type whose shape fits.
    const coverage = hitKeys.size / t.fields.length;
    scores[t.code] = (title.get(t.code) ?? 0) + fieldScore + 2 * coverage;
  }
  const ranked = Object.entries(scores).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < 2) return { type: null, confidence: 0, scores };
  const margin = best[1] - (second?.[1] ?? 0);
  const confidence = Math.max(0, Math.min(1, 0.5 + margin / 12 + Math.min(best[1], 12) / 48));
  return { type: best[0], confidence: Math.round(confidence * 100) / 100, scores };
}
