// The detection engine. One scan finds words, numbers and labels; each recognizer's sticky
// patterns are then tried only where they can start (a number, a '+', a capitalized surname...),
// labels are looked up by binary search, and overlapping candidates are settled by score, then length.
import type { Label, LabelKind, MatchContext, Pattern, PiiSpan, PiiType, Recognizer, Verdict } from './types.ts';
import { recognizers } from './recognizers/index.ts';
import { foldText } from './fold.ts';
import { zoneAround } from './guards.ts';
import { Scanner, wordHash } from './scan.ts';

export interface DetectOptions {
  /** Only these types (default: all). */
  types?: readonly PiiType[];
  /** Drop candidates scoring below this (default 0.5). */
  minScore?: number;
}

export const DEFAULT_MIN_SCORE = 0.5;
/** How far before a value a label may end and still be "its" label. */
const LABEL_WINDOW = 64;

interface Entry {
  rec: Recognizer;
  p: Pattern;
  words?: Set<number>;
}

const scanner = new Scanner(recognizers);
const byType = new Map<string, Recognizer>(recognizers.map((r) => [r.type, r]));
const entries: Record<Pattern['at'], Entry[]> = { number: [], sign: [], code: [], caps: [], email: [], angle: [] };
for (const rec of recognizers) {
  const words = new Set((rec.startWords ?? []).map((w) => wordHash(foldText(w))));
  for (const p of rec.patterns) entries[p.at].push({ rec, p, ...(p.at === 'caps' ? { words } : {}) });
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

  labelKind(maxGap: number): LabelKind | null {
    const l = this.label;
    if (l === null || this.start - l.end > maxGap) return null;
    return scanner.fillerGap(l.end, this.start, maxGap) ? l.kind : null;
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
}

const ctx = new Context();
let candidates: PiiSpan[] = [];
let minScore = DEFAULT_MIN_SCORE;
let active: ReadonlySet<PiiType> | null = null;

/** Validates one match and keeps it as a candidate. */
function consider(rec: Recognizer, m: RegExpExecArray, anchor: Label | null, label: Label | null | undefined): void {
  let end = m.index + m[0].length;
  const v = m.groups?.v;
  const start = v !== undefined ? end - v.length : m.index;
  if (rec.guarded !== false && zoneAround(ctx.text, start, end)) return;
  ctx.start = start;
  ctx.end = end;
  ctx.anchor = anchor;
  ctx.label = label === undefined || start !== m.index ? nearestLabel(start) : label;
  const verdict: Verdict = rec.validate(m, ctx.text, ctx);
  if (verdict === null) return;
  let score: number;
  let s = start;
  if (typeof verdict === 'number') score = verdict;
  else {
    score = verdict.score;
    s = verdict.start ?? start;
    end = verdict.end ?? end;
  }
  if (end > s && score >= minScore) candidates.push({ start: s, end, type: rec.type, score });
}

function tryAt(e: Entry, pos: number, label?: Label | null): void {
  if (active !== null && !active.has(e.rec.type)) return;
  if (e.p.guard !== undefined && !e.p.guard(ctx.text, pos)) return;
  const re = e.p.re;
  re.lastIndex = pos;
  const m = re.exec(ctx.text);
  if (m !== null) consider(e.rec, m, null, label);
}

/** A weak label (honorific) is only worth trying when a name-like word follows it after one space. */
function worthTrying(label: Label): boolean {
  if (!label.weak) return true;
  const text = ctx.text;
  if (text.charCodeAt(label.end) !== 32) return false;
  const c = text[label.end + 1];
  if (c === undefined) return false;
  return scanner.hasUpper ? c !== c.toLowerCase() : c !== c.toUpperCase();
}

/** Finds personal data in a text: non-overlapping spans sorted by start. */
export function detect(text: string, options?: DetectOptions): PiiSpan[] {
  if (text.length === 0) return [];
  minScore = options?.minScore ?? DEFAULT_MIN_SCORE;
  active = options?.types ? new Set(options.types) : null;
  scanner.scan(text);
  ctx.text = text;
  candidates = [];

  for (const label of scanner.labels) {
    const rec = label.kind === 'none' ? undefined : byType.get(label.kind);
    if (!rec?.afterLabel || (active !== null && !active.has(rec.type)) || !worthTrying(label)) continue;
    for (const re of rec.afterLabel) {
      re.lastIndex = label.end;
      const m = re.exec(text);
      if (m !== null) consider(rec, m, label, undefined);
    }
  }

  // Numbers: the digit count and the label in front are worked out once per number.
  const { tStart, tHash } = scanner;
  for (const t of scanner.numbers) {
    const pos = tStart[t]!;
    const digits = scanner.digitsFrom(t);
    const label = nearestLabel(pos);
    for (const e of entries.number) {
      const p = e.p;
      if ((p.minDigits !== undefined && digits < p.minDigits) || (p.maxDigits !== undefined && digits > p.maxDigits)) continue;
      if (p.after && (label === null || !p.after.includes(label.kind))) continue;
      tryAt(e, pos, label);
    }
  }
  for (const pos of scanner.signs) {
    const label = nearestLabel(pos);
    for (const e of entries.sign) if (!e.p.after || (label !== null && e.p.after.includes(label.kind))) tryAt(e, pos);
  }
  for (const pos of scanner.emails) for (const e of entries.email) tryAt(e, pos);
  for (const t of scanner.codes) for (const e of entries.code) tryAt(e, tStart[t]!);
  for (const t of scanner.caps) for (const e of entries.caps) if (e.words!.has(tHash[t]!)) tryAt(e, tStart[t]!);
  for (const t of scanner.angles) for (const e of entries.angle) tryAt(e, tStart[t]!);

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
