// The detection engine. One scan finds words, numbers and labels; each recognizer's sticky
// patterns are then tried only where they can start (a number, a '+', a capitalized surname...),
// labels are looked up by binary search, and overlapping candidates are settled by score, then length.
import type { Label, MatchContext, Pattern, PiiSpan, PiiType, Recognizer, Verdict } from './types.ts';
import { recognizers } from './recognizers/index.ts';
import { foldText } from './fold.ts';
import { zoneAround } from './guards.ts';
import { F_DIGIT_START, F_HAS_DIGIT, F_UPPER_START, Scanner, wordHash } from './scan.ts';

export interface DetectOptions {
  /** Only these types (default: all). */
  types?: readonly PiiType[];
  /** Drop candidates scoring below this (default 0.5). */
  minScore?: number;
}

export const DEFAULT_MIN_SCORE = 0.5;
/** How far before a value a label may end and still be "its" label. */
const LABEL_WINDOW = 64;

const scanner = new Scanner(recognizers);
const startWordHashes = new Map<Recognizer, Set<number>>(
  recognizers.map((r) => [r, new Set((r.startWords ?? []).map((w) => wordHash(foldText(w))))]),
);

/** Reused between matches and calls: validators read it synchronously and never keep it. */
class Context implements MatchContext {
  text = '';
  start = 0;
  end = 0;
  label: Label | null = null;
  anchor: Label | null = null;

  gap(): string {
    return this.label ? foldText(this.text.slice(this.label.end, this.start)) : '';
  }

  fold(from: number, to: number): string {
    return foldText(this.text.slice(from, to));
  }

  labelStartIn(from: number, to: number): number {
    const a = scanner.strong;
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
    this.label = nearestLabel(start);
  }
}

/** Nearest strong label that ends at or before `pos`, within the window. */
function nearestLabel(pos: number): Label | null {
  const a = scanner.strong;
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  const l = lo > 0 ? a[lo - 1]! : null;
  return l !== null && pos - l.end <= LABEL_WINDOW ? l : null;
}

const ctx = new Context();
let candidates: PiiSpan[] = [];
let minScore = DEFAULT_MIN_SCORE;

/** Validates one match; returns where a rescan may resume (the verdict's end), or -1. */
function consider(rec: Recognizer, m: RegExpExecArray, anchor: Label | null): number {
  let end = m.index + m[0].length;
  const v = m.groups?.v;
  const start = v !== undefined ? end - v.length : m.index;
  if (rec.guarded !== false && zoneAround(ctx.text, start, end)) return -1;
  ctx.at(start, end, anchor);
  const verdict: Verdict = rec.validate(m, ctx.text, ctx);
  if (verdict === null) return -1;
  let score: number;
  let s = start;
  if (typeof verdict === 'number') score = verdict;
  else {
    score = verdict.score;
    s = verdict.start ?? start;
    end = verdict.end ?? end;
  }
  if (end <= s) return -1;
  if (score >= minScore) candidates.push({ start: s, end, type: rec.type, score });
  return end;
}

function tryAt(rec: Recognizer, re: RegExp, pos: number): void {
  re.lastIndex = pos;
  const m = re.exec(ctx.text);
  if (m !== null) consider(rec, m, null);
}

function labelBefore(pos: number, kinds: readonly string[]): boolean {
  const l = nearestLabel(pos);
  return l !== null && kinds.includes(l.kind);
}

function runPattern(rec: Recognizer, p: Pattern): void {
  const text = ctx.text;
  const n = scanner.n;
  const { tStart, tFlags, tHash, tEnd } = scanner;
  switch (p.at) {
    case 'number':
      for (let t = 0; t < n; t++) {
        if (!(tFlags[t]! & F_DIGIT_START)) continue;
        const pos = tStart[t]!;
        if (p.minDigits !== undefined || p.maxDigits !== undefined) {
          const d = scanner.digitsFrom(t);
          if (d < (p.minDigits ?? 0) || d > (p.maxDigits ?? 1e9)) continue;
        }
        if (p.after && !labelBefore(pos, p.after)) continue;
        tryAt(rec, p.re, pos);
      }
      return;
    case 'sign':
      for (const pos of scanner.signs) if (!p.after || labelBefore(pos, p.after)) tryAt(rec, p.re, pos);
      return;
    case 'email':
      for (const pos of scanner.emails) tryAt(rec, p.re, pos);
      return;
    case 'code':
      for (let t = 0; t < n; t++) {
        const f = tFlags[t]!;
        if (f & F_DIGIT_START) continue;
        const s = tStart[t]!;
        const e = tEnd[t]!;
        let ok = (f & F_HAS_DIGIT) !== 0;
        if (!ok && e - s <= 2 && text.charCodeAt(e) === 32) {
          const d = text.charCodeAt(e + 1);
          ok = d >= 48 && d <= 57;
        }
        if (ok) tryAt(rec, p.re, s);
      }
      return;
    case 'caps': {
      const words = startWordHashes.get(rec)!;
      for (let t = 0; t < n; t++) {
        if (tFlags[t]! & F_UPPER_START && words.has(tHash[t]!)) tryAt(rec, p.re, tStart[t]!);
      }
      return;
    }
    case 'angle':
      for (let t = 0; t < n; t++) {
        if (text.charCodeAt(tEnd[t]!) === 60 /* < */ && !(tFlags[t]! & F_DIGIT_START)) tryAt(rec, p.re, tStart[t]!);
      }
      return;
  }
}

/** Finds personal data in a text: non-overlapping spans sorted by start. */
export function detect(text: string, options?: DetectOptions): PiiSpan[] {
  if (text.length === 0) return [];
  const types = options?.types;
  minScore = options?.minScore ?? DEFAULT_MIN_SCORE;
  scanner.scan(text);
  ctx.text = text;
  candidates = [];
  for (const rec of recognizers) {
    if (types && !types.includes(rec.type)) continue;
    if (rec.afterLabel) {
      for (const label of scanner.labels) {
        if (label.kind !== rec.type) continue;
        for (const re of rec.afterLabel) {
          re.lastIndex = label.end;
          const m = re.exec(text);
          if (m !== null) consider(rec, m, label);
        }
      }
    }
    for (const p of rec.patterns) runPattern(rec, p);
  }
  ctx.text = '';
  scanner.text = '';
  const found = candidates;
  candidates = [];
  return resolve(found);
}

/** Keeps the best of overlapping candidates (higher score, then longer), sorted by start. */
function resolve(found: PiiSpan[]): PiiSpan[] {
  if (found.length <= 1) return found;
  found.sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: PiiSpan[] = [];
  for (const c of found) {
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
