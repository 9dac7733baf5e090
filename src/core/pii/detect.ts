// The detection engine. One scan finds words, numbers and labels; each recognizer's sticky
// patterns are then tried only where they can start (a number, a '+', a capitalized surname...),
// labels are looked up by binary search, and overlapping candidates are settled by score, then length.
import type { Label, LabelKind, MatchContext, Pattern, PiiSpan, PiiType, Recognizer, Verdict } from './types.ts';
import { recognizers } from './recognizers/index.ts';
import { foldText } from './fold.ts';
import { zoneAround } from './guards.ts';
import { isLowerCode, isUpperCode, Scanner, wordHash } from './scan.ts';

export interface DetectOptions {
  /** Only these types (default: all). */
  types?: readonly PiiType[];
  /** Drop candidates scoring below this (default 0.5). */
  minScore?: number;
}

export const DEFAULT_MIN_SCORE = 0.5;
/** How far before a value a label may end and still be "its" label. */
const LABEL_WINDOW = 64;

/** A pattern with everything the hot loops read, in one object shape (monomorphic property access). */
interface Entry {
  rec: Recognizer;
  type: PiiType;
  re: RegExp;
  minDigits: number;
  maxDigits: number;
  after: readonly LabelKind[] | null;
  guard: ((text: string, pos: number) => boolean) | null;
  words: Set<number> | null;
  guarded: boolean;
  validate: Recognizer['validate'];
}

const scanner = new Scanner(recognizers);
const labelValidators = new Map<Recognizer, Recognizer['validate']>(recognizers.map((r) => [r, r.validate.bind(r)]));
const byType = new Map<string, Recognizer>(recognizers.map((r) => [r.type, r]));
const entries: Record<Pattern['at'], Entry[]> = { number: [], sign: [], code: [], caps: [], email: [], angle: [] };
for (const rec of recognizers) {
  const words = new Set((rec.startWords ?? []).map((w) => wordHash(foldText(w))));
  for (const p of rec.patterns) {
    entries[p.at].push({
      rec,
      type: rec.type,
      re: p.re,
      minDigits: p.minDigits ?? 0,
      maxDigits: p.maxDigits ?? Number.MAX_SAFE_INTEGER,
      after: p.after ?? null,
      guard: p.guard ?? null,
      words: p.at === 'caps' ? words : null,
      guarded: rec.guarded !== false,
      validate: rec.validate.bind(rec),
    });
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

/** Reused between matches and calls: validators read it synchronously and never keep it. */
class Context implements MatchContext {
  text = '';
  hasUpper = true;
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
function consider(
  rec: Recognizer,
  guarded: boolean,
  validate: Recognizer['validate'],
  m: RegExpExecArray,
  anchor: Label | null,
  label: Label | null | undefined,
): void {
  let end = m.index + m[0].length;
  const v = m.groups?.v;
  const start = v !== undefined ? end - v.length : m.index;
  if (guarded && zoneAround(ctx.text, start, end)) return;
  ctx.start = start;
  ctx.end = end;
  ctx.anchor = anchor;
  ctx.label = label === undefined || start !== m.index ? nearestLabel(start) : label;
  const verdict: Verdict = validate(m, ctx.text, ctx);
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
  if (active !== null && !active.has(e.type)) return;
  if (e.guard !== null && !e.guard(ctx.text, pos)) return;
  // Already found by this recognizer (after its label, or by another of its patterns): a look at the
  // latest candidates is enough to skip most repeats; the rest are settled by resolve().
  for (let i = candidates.length - 1, stop = Math.max(0, i - 15); i >= stop; i--) {
    const c = candidates[i]!;
    if (c.start <= pos && pos < c.end && c.type === e.type) return;
  }
  const re = e.re;
  re.lastIndex = pos;
  const m = re.exec(ctx.text);
  if (m !== null) consider(e.rec, e.guarded, e.validate, m, null, label);
}

/** A weak label (honorific) is only worth trying when a name-like word follows it after one space. */
function worthTrying(label: Label): boolean {
  if (!label.weak) return true;
  const text = ctx.text;
  if (text.charCodeAt(label.end) !== 32) return false;
  const c = text[label.end + 1];
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  return scanner.hasUpper ? isUpperCode(code) : isLowerCode(code);
}

/** Finds personal data in a text: non-overlapping spans sorted by start. */
export function detect(text: string, options?: DetectOptions): PiiSpan[] {
  if (text.length === 0) return [];
  minScore = options?.minScore ?? DEFAULT_MIN_SCORE;
  active = options?.types ? new Set(options.types) : null;
  try {
    scanner.scan(text);
    ctx.text = text;
    ctx.hasUpper = scanner.hasUpper;
    candidates = [];

    for (const label of scanner.labels) {
      const rec = label.kind === 'none' ? undefined : byType.get(label.kind);
      if (!rec?.afterLabel || (active !== null && !active.has(rec.type)) || !worthTrying(label)) continue;
      for (const re of rec.afterLabel) {
        re.lastIndex = label.end;
        const m = re.exec(text);
        if (m !== null) consider(rec, rec.guarded !== false, labelValidators.get(rec)!, m, label, undefined);
      }
    }

    // Numbers: the digit count and the label in front are worked out once per number.
    const { tStart, tHash } = scanner;
    for (const t of scanner.numbers) {
      const pos = tStart[t]!;
      const digits = scanner.digitsFrom(t);
      const label = nearestLabel(pos);
      for (const e of entries.number) {
        if (digits < e.minDigits || digits > e.maxDigits) continue;
        if (e.after !== null && (label === null || !e.after.includes(label.kind))) continue;
        tryAt(e, pos, label);
      }
    }
    for (const pos of scanner.signs) {
      const label = nearestLabel(pos);
      for (const e of entries.sign) if (e.after === null || (label !== null && e.after.includes(label.kind))) tryAt(e, pos);
    }
    for (const pos of scanner.emails) for (const e of entries.email) tryAt(e, pos);
    for (const t of scanner.codes) for (const e of entries.code) tryAt(e, tStart[t]!);
    for (const t of scanner.caps) for (const e of entries.caps) if (e.words!.has(tHash[t]!)) tryAt(e, tStart[t]!);
    for (const t of scanner.angles) for (const e of entries.angle) tryAt(e, tStart[t]!);
  } finally {
    // Nothing of the text stays referenced by the module once the call returns (or throws).
    ctx.text = '';
    scanner.text = '';
  }
  const found = candidates;
  candidates = [];
  return resolve(found);
}

/** Keeps the best of overlapping candidates (higher score, then longer), sorted by start. */
function resolve(found: PiiSpan[]): PiiSpan[] {
  if (found.length <= 1) return found;
  found.sort(byScoreThenLength);
  const kept: PiiSpan[] = []; // sorted by start, non-overlapping
  for (const c of found) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid]!.start < c.start) lo = mid + 1;
      else hi = mid;
    }
    const before = kept[lo - 1];
    const after = kept[lo];
    if ((before !== undefined && before.end > c.start) || (after !== undefined && after.start < c.end)) continue;
    kept.splice(lo, 0, c);
  }
  return kept;
}

function byScoreThenLength(a: PiiSpan, b: PiiSpan): number {
  return b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start;
}

