// The detection engine. One scan finds words, numbers and labels; each recognizer's sticky
// patterns are then tried only where they can start (a number, a '+', a capitalized surname...),
// labels are looked up by binary search, and overlapping candidates are settled by score, then length.
// Hot-path rules (issue 4 point 8: faster than the JavaScript redactors on the bench corpus): the hot
// patterns run as hand-written matchers (Pattern.scan, held to their regexes by a test), the others
// with test() unless they need a `v` group; one match object and one context serve every validator
// call; the cheap checks come first (the repeat check, the guard, the validator, then the code zones).
import type { Label, LabelKind, LabelPattern, MatchContext, Pattern, PatternMatch, PiiSpan, PiiType, Recognizer, Scan, Verdict } from './types.ts';
import { LABEL_KINDS, PII_TYPES, kindBit } from './types.ts';
import { recognizers } from './recognizers/index.ts';
import { foldText } from './fold.ts';
import { zoneAround } from './guards.ts';
import { isLowerCode, isUpperCode, Scanner, wordHash } from './scan.ts';
import { IntTable } from './int-table.ts';
import { codeAt } from './charclass.ts';

export interface DetectOptions {
  /** Only these types (default: all). */
  types?: readonly PiiType[];
  /** Drop candidates scoring below this (default 0.5). */
  minScore?: number;
}

export const DEFAULT_MIN_SCORE = 0.5;
/** How far before a value a label may end and still be "its" label. */
const LABEL_WINDOW = 64;

const TYPE_BIT = new Map<PiiType, number>(PII_TYPES.map((t, i) => [t, 1 << i]));
const ALL_TYPES = (1 << PII_TYPES.length) - 1;

/** A pattern with everything the hot loops read, in one object shape (monomorphic property access). */
interface Entry {
  rec: Recognizer;
  type: PiiType;
  typeBit: number;
  re: RegExp;
  /** Index of the pattern in its recognizer's `patterns`, -1 for `afterLabel`. */
  pattern: number;
  /** The regex narrows the value with a `v` group: without a matcher, it needs exec() and its match array. */
  exec: boolean;
  minDigits: number;
  maxDigits: number;
  /** Kinds of label the pattern needs in front (kindBit mask), 0 = any or none. */
  after: number;
  guard: ((text: string, pos: number) => boolean) | null;
  /** The pattern's hand-written equivalent, run instead of the regex. */
  scan: Scan | null;
  /** For 'caps': hashes of the folded words it starts at, and a 16-bit filter of them. */
  words: IntTable | null;
  wordBits: Uint8Array | null;
  guarded: boolean;
  validate: Recognizer['validate'];
}

function entry(rec: Recognizer, pattern: number, p: Pattern | null, l: LabelPattern | null): Entry {
  const re = p?.re ?? l!.re;
  let words: IntTable | null = null;
  let wordBits: Uint8Array | null = null;
  if (p?.at === 'caps') {
    const hashes = new Set((rec.startWords ?? []).map((w) => wordHash(foldText(w))));
    words = new IntTable([...hashes].map((h) => [h, 1] as const));
    wordBits = new Uint8Array(65536);
    for (const h of hashes) wordBits[h & 0xffff] = 1;
  }
  return {
    rec,
    type: rec.type,
    typeBit: TYPE_BIT.get(rec.type)!,
    re,
    pattern,
    exec: re.source.includes('(?<v>'),
    minDigits: p?.minDigits ?? 0,
    maxDigits: p?.maxDigits ?? Number.MAX_SAFE_INTEGER,
    after: (p?.after ?? []).reduce((mask, kind) => mask | kindBit(kind), 0),
    guard: p?.guard ?? null,
    scan: p?.scan ?? l?.scan ?? null,
    words,
    wordBits,
    guarded: rec.guarded !== false,
    validate: rec.validate.bind(rec),
  };
}

const scanner = new Scanner(recognizers);
const entries: Record<Pattern['at'], Entry[]> = { number: [], sign: [], code: [], caps: [], email: [], angle: [] };
/** `afterLabel` patterns by the kind of label they follow (index of the kind in LABEL_KINDS). */
const afterLabel: (Entry[] | null)[] = LABEL_KINDS.map(() => null);
for (const rec of recognizers) {
  rec.patterns.forEach((p, i) => entries[p.at].push(entry(rec, i, p, null)));
  if (rec.afterLabel) afterLabel[LABEL_KINDS.indexOf(rec.type)] = rec.afterLabel.map((l) => entry(rec, -1, null, l));
}
/** 'number' entries by the digit count of the number (capped like Scanner.digitsFrom), in recognizer order. */
const numberEntriesByDigits: Entry[][] = [];
for (let d = 0; d <= 32; d++) numberEntriesByDigits.push(entries.number.filter((e) => d >= e.minDigits && d <= e.maxDigits));
const capsEntries = entries.caps;

/** Nearest strong label that ends at or before `pos`, within the window. */
function nearestLabel(pos: number): Label | null {
  const a = scanner.strong;
  let lo = 0;
  let hi = scanner.strongCount;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  const l = lo > 0 ? a[lo - 1]! : null;
  return l !== null && pos - l.end <= LABEL_WINDOW ? l : null;
}

// The last gap labelKind() looked at (in which detect call), and whether it is filler.
let call = 0;
let gapCall = -1;
let gapFrom = -1;
let gapTo = -1;
let gapFiller = false;

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
    // The patterns tried at one number ask about the same gap: the answer is kept for the next one.
    if (l.end !== gapFrom || this.start !== gapTo || gapCall !== call) {
      gapFrom = l.end;
      gapTo = this.start;
      gapCall = call;
      gapFiller = scanner.fillerGap(l.end, this.start, Number.MAX_SAFE_INTEGER);
    }
    return gapFiller ? l.kind : null;
  }

  fold(from: number, to: number): string {
    return foldText(this.text.slice(from, to));
  }

  labelStartIn(from: number, to: number): number {
    const a = scanner.strong;
    let lo = 0;
    let hi = scanner.strongCount;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (a[mid]!.start < from) lo = mid + 1;
      else hi = mid;
    }
    if (lo >= scanner.strongCount) return -1;
    const l = a[lo]!;
    return l.start < to ? l.start : -1;
  }
}

/** The match validators see; reused like the context. */
class Match implements PatternMatch {
  index = 0;
  end = 0;
  pattern = 0;
}

const ctx = new Context();
const match = new Match();
/** Where a hand-written matcher puts the start of a `v` group. */
const found = { valueStart: 0 };
let candidates: PiiSpan[] = [];
/** Start, end and type bit of each candidate, as numbers: what tryAt's repeat check compares. */
let recentStart: Int32Array = new Int32Array(64);
let recentEnd: Int32Array = new Int32Array(64);
let recentType: Int32Array = new Int32Array(64);
let minScore = DEFAULT_MIN_SCORE;
let active = ALL_TYPES;

/**
 * Validates the match [index, end) of `e` (value [start, end): narrowed by a `v` group) and keeps
 * it as a candidate.
 */
function consider(e: Entry, index: number, start: number, end: number, anchor: Label | null, label: Label | null | undefined): void {
  const text = ctx.text;
  ctx.start = start;
  ctx.end = end;
  ctx.anchor = anchor;
  ctx.label = label === undefined || start !== index ? nearestLabel(start) : label;
  match.index = index;
  match.end = end;
  match.pattern = e.pattern;
  const verdict: Verdict = e.validate(match, text, ctx);
  // After the validator, which rejects most candidates more cheaply (both must accept).
  if (verdict === null || (e.guarded && zoneAround(text, start, end))) return;
  let score: number;
  let s = start;
  if (typeof verdict === 'number') score = verdict;
  else {
    score = verdict.score;
    s = verdict.start ?? start;
    end = verdict.end ?? end;
  }
  if (end > s && score >= minScore) {
    const n = candidates.length;
    if (n === recentStart.length) {
      // grow the copies the repeat check reads
      const grow = (a: Int32Array): Int32Array => {
        const b = new Int32Array(n * 2);
        b.set(a);
        return b;
      };
      recentStart = grow(recentStart);
      recentEnd = grow(recentEnd);
      recentType = grow(recentType);
    }
    recentStart[n] = s;
    recentEnd[n] = end;
    recentType[n] = e.typeBit;
    candidates.push({ start: s, end, type: e.type, score });
  }
}

/** Runs `e` at `pos` (a sticky regex) and considers its match. */
function run(e: Entry, pos: number, anchor: Label | null, label: Label | null | undefined): void {
  if (e.scan !== null) {
    found.valueStart = pos;
    const end = e.scan(ctx.text, pos, found);
    if (end >= 0) consider(e, pos, found.valueStart, end, anchor, label);
    return;
  }
  const re = e.re;
  re.lastIndex = pos;
  if (e.exec) {
    const m = re.exec(ctx.text);
    if (m === null) return;
    const end = m.index + m[0].length;
    const v = m.groups?.v;
    consider(e, m.index, v !== undefined ? end - v.length : m.index, end, anchor, label);
  } else if (re.test(ctx.text)) {
    consider(e, pos, pos, re.lastIndex, anchor, label);
  }
}

function tryAt(e: Entry, pos: number, label?: Label | null): void {
  if ((active & e.typeBit) === 0) return;
  // Already found by this recognizer (after its label, or by another of its patterns): a look at the
  // latest candidates is enough to skip most repeats; the rest are settled by resolve().
  for (let i = candidates.length - 1, stop = Math.max(0, i - 15); i >= stop; i--) {
    if (recentStart[i]! <= pos && pos < recentEnd[i]! && recentType[i] === e.typeBit) return;
  }
  if (e.guard !== null && !e.guard(ctx.text, pos)) return;
  run(e, pos, null, label);
}

/** A weak label (honorific) is only worth trying when a name-like word follows it after one space. */
function worthTrying(label: Label): boolean {
  if (!label.weak) return true;
  const text = ctx.text;
  if (codeAt(text, label.end) !== 32) return false;
  const code = codeAt(text, label.end + 1);
  return scanner.hasUpper ? isUpperCode(code) : isLowerCode(code);
}

/** Finds personal data in a text: non-overlapping spans sorted by start. */
export function detect(text: string, options?: DetectOptions): PiiSpan[] {
  if (text.length === 0) return [];
  minScore = options?.minScore ?? DEFAULT_MIN_SCORE;
  active = ALL_TYPES;
  if (options?.types) {
    active = 0;
    for (const t of options.types) active |= TYPE_BIT.get(t) ?? 0;
  }
  call = (call + 1) | 0;
  try {
    scanner.scan(text);
    ctx.text = text;
    ctx.hasUpper = scanner.hasUpper;
    candidates = [];

    const labels = scanner.labels;
    for (let q = 0, nq = scanner.labelCount; q < nq; q++) {
      const label = labels[q]!;
      const list = afterLabel[31 - Math.clz32(label.kindBit)]!;
      if (list === null || (active & list[0]!.typeBit) === 0 || !worthTrying(label)) continue;
      for (const e of list) run(e, label.end, label, undefined);
    }

    // Numbers: the digit count and the label in front are worked out once per number.
    const { tStart, tHash, numbers, codes, caps, angles } = scanner;
    for (let q = 0, nq = scanner.numberCount; q < nq; q++) {
      const t = numbers[q]!;
      const pos = tStart[t]!;
      const list = numberEntriesByDigits[scanner.digitsFrom(t)]!;
      if (list.length === 0) continue;
      const label = nearestLabel(pos);
      for (let j = 0; j < list.length; j++) {
        const e = list[j]!;
        if (e.after !== 0 && (label === null || (e.after & label.kindBit) === 0)) continue;
        tryAt(e, pos, label);
      }
    }
    for (const pos of scanner.signs) {
      const label = nearestLabel(pos);
      for (const e of entries.sign) if (e.after === 0 || (label !== null && (e.after & label.kindBit) !== 0)) tryAt(e, pos);
    }
    for (const pos of scanner.emails) for (const e of entries.email) tryAt(e, pos);
    for (let q = 0, nq = scanner.codeCount; q < nq; q++) for (const e of entries.code) tryAt(e, tStart[codes[q]!]!);
    for (let q = 0, nq = scanner.capsCount; q < nq; q++) {
      const t = caps[q]!;
      const h = tHash[t]!;
      for (let j = 0; j < capsEntries.length; j++) {
        const e = capsEntries[j]!;
        if (e.wordBits![h & 0xffff] === 1 && e.words!.get(h) !== 0) tryAt(e, tStart[t]!);
      }
    }
    for (let q = 0, nq = scanner.angleCount; q < nq; q++) for (const e of entries.angle) tryAt(e, tStart[angles[q]!]!);
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
  // Stable either way: an insertion sort for the handful of candidates a text usually has.
  if (found.length > 24) found.sort(byScoreThenLength);
  else for (let i = 1; i < found.length; i++) {
    const c = found[i]!;
    let j = i - 1;
    while (j >= 0 && byScoreThenLength(found[j]!, c) > 0) {
      found[j + 1] = found[j]!;
      j--;
    }
    found[j + 1] = c;
  }
  if (found.length > 64) return resolveMany(found);
  const kept: PiiSpan[] = []; // sorted by start, non-overlapping
  for (const c of found) {
    const n = kept.length;
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid]!.start < c.start) lo = mid + 1;
      else hi = mid;
    }
    // (no reads outside the array: they are slow in V8)
    if ((lo > 0 && kept[lo - 1]!.end > c.start) || (lo < n && kept[lo]!.start < c.end)) continue;
    kept.push(c);
    for (let i = n; i > lo; i--) kept[i] = kept[i - 1]!;
    kept[lo] = c;
  }
  return kept;
}

/**
 * resolve() for long texts with many candidates (already sorted by score): an occupancy map of the
 * text instead of inserting into a sorted array, so the work grows with the text, not its square.
 */
function resolveMany(found: PiiSpan[]): PiiSpan[] {
  let size = 0;
  for (const c of found) if (c.end > size) size = c.end;
  const taken = new Uint8Array(size);
  const kept: PiiSpan[] = [];
  for (const c of found) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function byScoreThenLength(a: PiiSpan, b: PiiSpan): number {
  return b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start;
}
