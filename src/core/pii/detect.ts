// The detection engine: one folding pass, one label pass, one pass for protected
// codes, then each recognizer's precompiled patterns; overlapping candidates are
// settled by score, then length.
import type { Label, MatchContext, PiiSpan, PiiType, Recognizer, Verdict } from './types.ts';
import { recognizers } from './recognizers/index.ts';
import { LabelIndex } from './labels.ts';
import { foldText } from './fold.ts';
import { findZones, overlapsZone } from './guards.ts';

export interface DetectOptions {
  /** Only these types (default: all). */
  types?: readonly PiiType[];
  /** Drop candidates scoring below this (default 0.5). */
  minScore?: number;
}

export const DEFAULT_MIN_SCORE = 0.5;
/** How far before a value a label may end and still be "its" label. */
const LABEL_WINDOW = 64;

const labelIndex = new LabelIndex(recognizers);

/** Reused between matches and calls: validators read it synchronously and never keep it. */
class Context implements MatchContext {
  text = '';
  folded = '';
  start = 0;
  end = 0;
  label: Label | null = null;
  anchor: Label | null = null;
  /** Strong labels (form labels, not honorifics), sorted. */
  strong: Label[] = [];

  gap(): string {
    return this.label ? this.folded.slice(this.label.end, this.start) : '';
  }

  labelStartIn(from: number, to: number): number {
    const a = this.strong;
    let lo = 0;
    let hi = a.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (a[mid]!.start < from) lo = mid + 1;
      else hi = mid;
    }
    const l = a[lo];
    return l !== undefined && l.start < to ? l.start : -1;
  }

  at(start: number, end: number, anchor: Label | null): void {
    this.start = start;
    this.end = end;
    this.anchor = anchor;
    // Nearest strong label that ends at or before the value.
    const a = this.strong;
    let lo = 0;
    let hi = a.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (a[mid]!.end <= start) lo = mid + 1;
      else hi = mid;
    }
    const l = lo > 0 ? a[lo - 1]! : null;
    this.label = l !== null && start - l.end <= LABEL_WINDOW ? l : null;
  }
}

const ctx = new Context();
const allLabels: Label[] = [];
const zones: number[] = [];

function verdictParts(v: Exclude<Verdict, null>, start: number, end: number): [number, number, number] {
  if (typeof v === 'number') return [v, start, end];
  return [v.score, v.start ?? start, v.end ?? end];
}

/** Finds personal data in a text: non-overlapping spans sorted by start. */
export function detect(text: string, options?: DetectOptions): PiiSpan[] {
  if (text.length === 0) return [];
  const types = options?.types;
  const minScore = options?.minScore ?? DEFAULT_MIN_SCORE;
  const folded = foldText(text);
  labelIndex.find(folded, allLabels);
  findZones(text, zones);
  ctx.text = text;
  ctx.folded = folded;
  ctx.strong = allLabels.filter((l) => !l.weak);

  const candidates: PiiSpan[] = [];
  /** Validates one match; returns where scanning should resume (the verdict's end), or -1. */
  const consider = (rec: Recognizer, m: RegExpExecArray, anchor: Label | null): number => {
    let end = m.index + m[0].length;
    const v = m.groups?.v;
    const start = v !== undefined ? end - v.length : m.index;
    if (rec.guarded !== false && overlapsZone(zones, start, end)) return -1;
    ctx.at(start, end, anchor);
    const verdict = rec.validate(m, text, ctx);
    if (verdict === null) return -1;
    const [score, s, e] = verdictParts(verdict, start, end);
    end = e;
    if (e <= s) return -1;
    if (score >= minScore) candidates.push({ start: s, end: e, type: rec.type, score });
    return e;
  };

  for (const rec of recognizers) {
    if (types && !types.includes(rec.type)) continue;
    if (rec.afterLabel) {
      for (const label of allLabels) {
        if (label.kind !== rec.type) continue;
        for (const re of rec.afterLabel) {
          re.lastIndex = label.end;
          const m = re.exec(text);
          if (m) consider(rec, m, label);
        }
      }
    }
    for (const re of rec.patterns) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text)) !== null) {
        const resume = consider(rec, m, null);
        if (m[0].length === 0) re.lastIndex++;
        else if (resume > m.index && resume < re.lastIndex) re.lastIndex = resume;
      }
    }
  }
  ctx.text = '';
  ctx.folded = '';
  return resolve(candidates);
}

/** Keeps the best of overlapping candidates (higher score, then longer), sorted by start. */
function resolve(candidates: PiiSpan[]): PiiSpan[] {
  if (candidates.length <= 1) return candidates;
  candidates.sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: PiiSpan[] = [];
  for (const c of candidates) {
    let free = true;
    for (const k of kept) {
      if (c.start < k.end && k.start < c.end) {
        free = false;
        break;
      }
    }
    if (free) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
