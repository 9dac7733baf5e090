// The detection engine. One scan finds words, numbers and labels; each recognizer's sticky
// patterns are then tried only where they can start (a number, a '+', a capitalized surname...),
// the label in front is found by a cursor that moves with the positions, and overlapping candidates
// (kept as numbers in typed arrays until then) are settled by score, then length.
// Hot-path rules (issue 4 point 8: faster than the JavaScript redactors on the bench corpus): the hot
// patterns run as hand-written matchers (Pattern.scan, held to their regexes by a test), the others
// with test() unless they need a `v` group; one match object and one context serve every validator
// call; the cheap checks come first (the repeat check, the guard, the validator, then the code zones).
import type { Label, LabelKind, LabelPattern, MatchContext, Pattern, PatternMatch, PiiSpan, PiiType, Recognizer, Scan, Tokens, Verdict } from './types.ts';
import { LABEL_KINDS, PII_TYPES, kindBit } from './types.ts';
import { recognizers } from './recognizers/index.ts';
import { foldText } from './fold.ts';
import { zoneAround } from './guards.ts';
import { isLowerCode, isUpperCode, Scanner, wordHash } from './scan.ts';
import { IntTable } from './int-table.ts';
import { codeAt } from './charclass.ts';
import { codeHead, Head, letterAfterRun } from './bounds.ts';

export interface DetectOptions {
  /** Only these types (default: all). */
  types?: readonly PiiType[];
  /** Drop candidates scoring below this (default 0.5). */
  minScore?: number;
}

export const DEFAULT_MIN_SCORE = 0.5;
const enum Window {
  /** How far before a value a label may end and still be "its" label. */
  LABEL = 64,
}

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
  /** Bit n set: the pattern can start at a run of n digits (Pattern.runs; all bits when not given). */
  runMask: number;
  /** Bit n set: the pattern can start at a number whose first digit is n (Pattern.firstDigits). */
  firstMask: number;
  /** Pattern.letterAfterRun. */
  letterAfter: boolean;
  /** Pattern.head as a Head, Head.OTHER when not given (any code token). */
  head: Head;
  /** Kinds of label the pattern needs in front (kindBit mask), 0 = any or none. */
  after: number;
  guard: NonNullable<Pattern['guard']> | null;
  /** The pattern's hand-written equivalent, run instead of the regex. */
  scan: Scan | null;
  /** For 'caps': hashes of the folded words it starts at (the scanner's caps list already passed a filter of them). */
  words: IntTable | null;
  /** LabelPattern.weakGuard. */
  weakGuard: ((text: string, label: Label) => boolean) | null;
  /** Pattern.capsNext. */
  capsNext: boolean;
  guarded: boolean;
  /** Called with `rec` as `this` (a bound function costs an extra hop on every call). */
  validate: Recognizer['validate'];
  /** Index of `type` in PII_TYPES (candidates keep types as numbers). */
  typeIndex: number;
}

function entry(rec: Recognizer, pattern: number, p: Pattern | null, l: LabelPattern | null): Entry {
  const re = p?.re ?? l!.re;
  let words: IntTable | null = null;
  if (p?.at === 'caps') {
    const hashes = new Set((rec.startWords ?? []).map((w) => wordHash(foldText(w))));
    words = new IntTable([...hashes].map((h) => [h, 1] as const));
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
    runMask: p?.runs ? p.runs.reduce((mask, n) => mask | (1 << Math.min(n, 31)), 0) : -1,
    firstMask: p?.firstDigits ? p.firstDigits.reduce((mask, n) => mask | (1 << n), 0) : -1,
    letterAfter: p?.letterAfterRun === true,
    head: p?.head === 'letter-digit' ? Head.LETTER_DIGIT : p?.head === 'letter-letter' ? Head.LETTER_LETTER : Head.OTHER,
    after: (p?.after ?? []).reduce((mask, kind) => mask | kindBit(kind), 0),
    guard: p?.guard ?? null,
    scan: p?.scan ?? l?.scan ?? null,
    words,
    capsNext: p?.capsNext === true,
    weakGuard: l?.weakGuard ?? null,
    guarded: rec.guarded !== false,
    validate: rec.validate,
    typeIndex: PII_TYPES.indexOf(rec.type),
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

// Numbers are dispatched by their layout, which the scanner already knows: the digits reachable from
// them (0..32), the length of their first digit run (1..31, 31 = more) and their first digit. Each
// of the three is mapped to a class of values that every 'number' entry treats alike, so that a
// number's row (the sum of its three class offsets) and the kind of label in front of it pick, with
// one table read, the list of entries that can match there: most numbers (amounts, dates, house
// numbers...) find an empty list before any entry, or the label, is looked at. A fourth, lazy bit
// (Pattern.letterAfterRun) is read only at rows where some entry needs it: rows come in pairs, the
// odd one for numbers followed by a letter.

const enum Kinds {
  /** Index of "no label in front", after the LABEL_KINDS indices (checked below). */
  NONE = 13,
  COUNT = 14,
  /** Bit of NONE in a mask of kinds (next to Label.kindBit). */
  NONE_BIT = 1 << NONE,
}
if (LABEL_KINDS.length !== Kinds.NONE) throw new Error('detect: Kinds.NONE must follow the label kinds');

/** Classes of the values 0..size-1 under `accepts`: offsets `stride` apart, and a value of each class. */
function layoutClasses(size: number, stride: number, accepts: (e: Entry, v: number) => boolean): { offsets: Int32Array; count: number; values: number[] } {
  const offsets = new Int32Array(size);
  const seen = new Map<string, number>();
  const values: number[] = [];
  for (let v = 0; v < size; v++) {
    const key = entries.number.map((e) => (accepts(e, v) ? '1' : '0')).join('');
    let c = seen.get(key);
    if (c === undefined) {
      seen.set(key, (c = seen.size));
      values.push(v);
    }
    offsets[v] = c * stride;
  }
  return { offsets, count: seen.size, values };
}
const firstClasses = layoutClasses(10, 1, (e, f) => (e.firstMask & (1 << f)) !== 0);
const runClasses = layoutClasses(32, firstClasses.count, (e, r) => (e.runMask & (1 << r)) !== 0);
const digitClasses = layoutClasses(33, firstClasses.count * runClasses.count, (e, d) => d >= e.minDigits && d <= e.maxDigits);
const FIRST_ROW = firstClasses.offsets;
const RUN_ROW = runClasses.offsets;
const DIGITS_ROW = digitClasses.offsets;
const numberRows = digitClasses.count * runClasses.count * firstClasses.count;

/** What the loops of one detect() call read, for one set of active types: only entries that can run. */
interface Plan {
  afterLabel: (Entry[] | null)[];
  /** By number row: 1 when some entry of the row needs Pattern.letterAfterRun (read it, then use the odd row). */
  letterRows: Uint8Array;
  /** By number row * 2 (+ 1 when a letter follows the run): the kinds of label in front (kindBit, Kinds.NONE_BIT) under which some entry can run. */
  numberKinds: Int32Array;
  /** By (number row * 2 (+ 1)) * Kinds.COUNT + kind index: index in `numberLists`. */
  numberList: Uint8Array;
  numberLists: Entry[][];
  sign: Entry[];
  email: Entry[];
  /** 'code' entries that can start at a code token, by the token's codeHead (Head). */
  code: Entry[][];
  caps: Entry[];
  angle: Entry[];
}

function makePlan(active: number): Plan {
  const on = (e: Entry): boolean => (e.typeBit & active) !== 0;
  const letterRows = new Uint8Array(numberRows);
  const numberKinds = new Int32Array(numberRows * 2);
  const numberList = new Uint8Array(numberRows * 2 * Kinds.COUNT);
  const numberLists: Entry[][] = [[]];
  const listIds = new Map<string, number>([['', 0]]);
  const numbers = entries.number.filter(on);
  for (const d of digitClasses.values) {
    for (const r of runClasses.values) {
      for (const f of firstClasses.values) {
        const pair = DIGITS_ROW[d]! + RUN_ROW[r]! + FIRST_ROW[f]!;
        for (let k = 0; k < Kinds.COUNT * 2; k++) {
          const letter = k >= Kinds.COUNT;
          const row = pair * 2 + (letter ? 1 : 0);
          const kind = k % Kinds.COUNT;
          const bit = kind === Kinds.NONE ? 0 : 1 << kind;
          const list = numbers.filter((e) =>
            d >= e.minDigits && d <= e.maxDigits && (e.runMask & (1 << r)) !== 0 && (e.firstMask & (1 << f)) !== 0 &&
            (e.after === 0 || (e.after & bit) !== 0) && (letter || !e.letterAfter));
          if (list.length === 0) continue;
          if (list.some((e) => e.letterAfter)) letterRows[pair] = 1;
          const key = list.map((e) => entries.number.indexOf(e)).join(',');
          let id = listIds.get(key);
          if (id === undefined) {
            id = numberLists.length;
            listIds.set(key, id);
            numberLists.push(list);
          }
          numberList[row * Kinds.COUNT + kind] = id;
          numberKinds[row]! |= kind === Kinds.NONE ? Kinds.NONE_BIT : bit;
        }
      }
    }
  }
  if (numberLists.length > 255) throw new Error('detect: too many number entry lists');
  return {
    afterLabel: afterLabel.map((list) => (list !== null && on(list[0]!) ? list : null)),
    letterRows,
    numberKinds,
    numberList,
    numberLists,
    sign: entries.sign.filter(on),
    email: entries.email.filter(on),
    code: [Head.OTHER, Head.LETTER_DIGIT, Head.LETTER_LETTER].map((h) => entries.code.filter((e) => on(e) && (e.head === Head.OTHER || e.head === h))),
    caps: entries.caps.filter(on),
    angle: entries.angle.filter(on),
  };
}

const fullPlan = makePlan(ALL_TYPES);
/** Plans for other sets of types (options.types), made on first use: at most one per subset of PII_TYPES. */
/** The recognizers with a release hook (see Recognizer.release). */
const releasing: readonly Recognizer[] = recognizers.filter((r) => r.release !== undefined);
const plans = new Map<number, Plan>();

// nearestLabel's last answer: how many strong labels end at or before `lastPos`. Positions mostly
// come in text order, so the next look-up usually moves this cursor by a label or none.
let lastPos = 0;
let lastIdx = 0;

/** Nearest strong label that ends at or before `pos`, within the window. */
function nearestLabel(pos: number): Label | null {
  const a = scanner.strong;
  const n = scanner.strongCount;
  let i: number;
  if (pos >= lastPos) {
    i = lastIdx;
    while (i < n && a[i]!.end <= pos) i++;
  } else {
    // backwards (a value narrowed after its pattern's start, or the next trigger kind): binary search
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (a[mid]!.end <= pos) lo = mid + 1;
      else hi = mid;
    }
    i = lo;
  }
  lastPos = pos;
  lastIdx = i;
  const l = i > 0 ? a[i - 1]! : null;
  return l !== null && pos - l.end <= Window.LABEL ? l : null;
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
  readonly tokens: Tokens = scanner;

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

  labelStartIn(from: number, to: number): number {
    // Validators walk the text forwards: like nearestLabel, a cursor, and a binary search backwards.
    const a = scanner.strong;
    const n = scanner.strongCount;
    let i: number;
    if (from >= startFrom && startCall === call) {
      i = startIdx;
      while (i < n && a[i]!.start < from) i++;
    } else {
      let lo = 0;
      let hi = n;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (a[mid]!.start < from) lo = mid + 1;
        else hi = mid;
      }
      i = lo;
    }
    startFrom = from;
    startIdx = i;
    startCall = call;
    if (i >= n) return -1;
    const l = a[i]!;
    return l.start < to ? l.start : -1;
  }
}

// labelStartIn's cursor: how many strong labels start before `startFrom` (in which detect call).
let startFrom = 0;
let startIdx = 0;
let startCall = -1;

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
// Candidates, as numbers until resolve() keeps some: span, type (index in PII_TYPES), score, and the
// previous candidate of the same type (-1), so tryAt's repeat check walks only its own type.
let count = 0;
let cStart: Int32Array = new Int32Array(64);
let cEnd: Int32Array = new Int32Array(64);
let cType: Int32Array = new Int32Array(64);
let cPrev: Int32Array = new Int32Array(64);
let cScore: Float64Array = new Float64Array(64);
/**
 * Latest candidate of each type. Not reset between calls: an index is this call's only when it is
 * below `count` and that candidate has the type (a later one of the type would have replaced it).
 */
const lastOfType = new Int32Array(PII_TYPES.length);

/** This call's latest candidate of type `type`, or -1. */
function latestOf(type: number): number {
  const i = lastOfType[type]!;
  return i < count && cType[i] === type ? i : -1;
}
let minScore = DEFAULT_MIN_SCORE;

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
  const verdict: Verdict = e.validate.call(e.rec, match, text, ctx);
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
    if (count === cStart.length) growCandidates();
    const prev = latestOf(e.typeIndex); // (before this candidate counts)
    const n = count++;
    cStart[n] = s;
    cEnd[n] = end;
    cType[n] = e.typeIndex;
    cScore[n] = score;
    cPrev[n] = prev;
    lastOfType[e.typeIndex] = n;
  }
}

function growCandidates(): void {
  const size = cStart.length * 2;
  const g32 = (a: Int32Array): Int32Array => {
    const b = new Int32Array(size);
    b.set(a);
    return b;
  };
  cStart = g32(cStart);
  cEnd = g32(cEnd);
  cType = g32(cType);
  cPrev = g32(cPrev);
  const f = new Float64Array(size);
  f.set(cScore);
  cScore = f;
}

/** Runs `e` at `pos` (a sticky regex; `t`: the token there, or -1) and considers its match. */
function run(e: Entry, pos: number, t: number, anchor: Label | null, label: Label | null | undefined): void {
  if (e.scan !== null) {
    found.valueStart = pos;
    const end = e.scan(ctx.text, pos, found, scanner, t);
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

function tryAt(e: Entry, pos: number, t: number, label?: Label | null): void {
  // Already found by this recognizer (after its label, or by another of its patterns): a look at the
  // latest candidates is enough to skip most repeats; the rest are settled by resolve().
  const stop = count - 16;
  for (let i = latestOf(e.typeIndex); i >= 0 && i >= stop; i = cPrev[i]!) {
    if (cStart[i]! <= pos && pos < cEnd[i]!) return;
  }
  const text = ctx.text;
  if (e.guard !== null && !e.guard(text, pos, scanner, t)) return;
  // run()'s matcher case, in place: nearly every entry tried here has a matcher (one call fewer).
  if (e.scan === null) return run(e, pos, t, null, label);
  found.valueStart = pos;
  const end = e.scan(text, pos, found, scanner, t);
  if (end >= 0) consider(e, pos, found.valueStart, end, null, label);
}

/** A weak label (honorific) is only worth trying when a name-like word follows it after one space. */
function worthTrying(label: Label): boolean {
  if (!label.weak) return true;
  const text = ctx.text;
  if (codeAt(text, label.end) !== 32) return false;
  const code = codeAt(text, label.end + 1);
  return scanner.hasUpper ? isUpperCode(code) : isLowerCode(code);
}

/** Kinds.NONE_BIT and the kindBit of every strong label of the text. */
function strongKinds(): number {
  let kinds = Kinds.NONE_BIT;
  for (let i = 0, a = scanner.strong, n = scanner.strongCount; i < n; i++) kinds |= a[i]!.kindBit;
  return kinds;
}

/** The plan for `options.types` (every type without it). */
function planFor(types: readonly PiiType[] | undefined): Plan {
  if (types === undefined) return fullPlan;
  let active = 0;
  for (const t of types) active |= TYPE_BIT.get(t) ?? 0;
  if (active === ALL_TYPES) return fullPlan;
  let plan = plans.get(active);
  if (plan === undefined) plans.set(active, (plan = makePlan(active)));
  return plan;
}

/** Finds personal data in a text: non-overlapping spans sorted by start. */
export function detect(text: string, options?: DetectOptions): PiiSpan[] {
  return foundSpans(detectFound(text, options));
}

/**
 * What detectFound() found: `count` spans sorted by start, as numbers (type: index in PII_TYPES),
 * for masking without PiiSpan objects. Overwritten by the next call: read it before.
 */
export interface FoundSpans {
  count: number;
  start: Int32Array;
  end: Int32Array;
  type: Int32Array;
  score: Float64Array;
}
const result: FoundSpans = { count: 0, start: new Int32Array(64), end: new Int32Array(64), type: new Int32Array(64), score: new Float64Array(64) };

/** detect() without objects: the spans as FoundSpans. */
export function detectFound(text: string, options?: DetectOptions): FoundSpans {
  const k = find(text, options);
  if (result.start.length < k) {
    result.start = new Int32Array(kept.length);
    result.end = new Int32Array(kept.length);
    result.type = new Int32Array(kept.length);
    result.score = new Float64Array(kept.length);
  }
  for (let i = 0; i < k; i++) {
    const c = kept[i]!;
    result.start[i] = cStart[c]!;
    result.end[i] = cEnd[c]!;
    result.type[i] = cType[c]!;
    result.score[i] = cScore[c]!;
  }
  result.count = k;
  return result;
}

/** The spans of detectFound()'s answer as PiiSpan objects. */
export function foundSpans(f: FoundSpans): PiiSpan[] {
  const out = new Array<PiiSpan>(f.count);
  for (let i = 0; i < f.count; i++) out[i] = { start: f.start[i]!, end: f.end[i]!, type: PII_TYPES[f.type[i]!]!, score: f.score[i]! };
  return out;
}

/** Runs the detection; the spans kept are candidates kept[0..k), sorted by start (k returned). */
function find(text: string, options?: DetectOptions): number {
  if (text.length === 0) return 0;
  minScore = options?.minScore ?? DEFAULT_MIN_SCORE;
  const plan = planFor(options?.types);
  call = (call + 1) | 0;
  try {
    scanner.scan(text);
    ctx.text = text;
    ctx.hasUpper = scanner.hasUpper;
    count = 0;
    lastPos = 0;
    lastIdx = 0;

    const labels = scanner.labels;
    const afterLabel = plan.afterLabel;
    for (let q = 0, nq = scanner.labelCount; q < nq; q++) {
      const label = labels[q]!;
      const list = afterLabel[31 - Math.clz32(label.kindBit)]!;
      if (list === null || !worthTrying(label)) continue;
      for (let j = 0; j < list.length; j++) {
        const e = list[j]!;
        if (label.weak && e.weakGuard !== null && !e.weakGuard(text, label)) continue;
        run(e, label.end, -1, label, undefined);
      }
    }

    // Numbers: one row of the plan by the number's layout, then one list by the label in front.
    const { tStart, tDigits, tRun, tHash, numbers, codes, caps, angles } = scanner;
    const letterRows = plan.letterRows, numberKinds = plan.numberKinds, numberList = plan.numberList, numberLists = plan.numberLists;
    const digitsRow = DIGITS_ROW, runRow = RUN_ROW, firstRow = FIRST_ROW;
    // The kinds a number can find in front of it: none, or a strong label of the text (gathered at
    // the first number that needs them). A row whose kinds are all absent (most numbers of a text
    // without a birth label, say) skips the label look-up.
    let textKinds = 0;
    for (let q = 0, nq = scanner.numberCount; q < nq; q++) {
      const t = numbers[q]!;
      const pos = tStart[t]!;
      const run = tRun[t]!;
      const pair = digitsRow[tDigits[t]!]! + runRow[run]! + firstRow[text.charCodeAt(pos) - 48]!;
      const row = letterRows[pair] !== 0 && letterAfterRun(text, pos + run) ? pair * 2 + 1 : pair * 2;
      let kinds = numberKinds[row]!;
      if (kinds === 0) continue;
      if (textKinds === 0) textKinds = strongKinds();
      kinds &= textKinds;
      if (kinds === 0) continue;
      const label = nearestLabel(pos);
      const bit = label === null ? Kinds.NONE_BIT : label.kindBit;
      if ((kinds & bit) === 0) continue;
      const list = numberLists[numberList[row * Kinds.COUNT + 31 - Math.clz32(bit)]!]!;
      for (let j = 0; j < list.length; j++) tryAt(list[j]!, pos, t, label);
    }
    const signs = plan.sign;
    if (signs.length > 0) {
      for (const pos of scanner.signs) {
        const label = nearestLabel(pos);
        for (const e of signs) if (e.after === 0 || (label !== null && (e.after & label.kindBit) !== 0)) tryAt(e, pos, -1);
      }
    }
    const emails = plan.email;
    if (emails.length > 0) for (const pos of scanner.emails) for (const e of emails) tryAt(e, pos, -1);
    // Code tokens: only the entries that can start at the token's first two characters.
    const codeLists = plan.code;
    if (codeLists[Head.LETTER_DIGIT]!.length + codeLists[Head.LETTER_LETTER]!.length > 0) {
      for (let q = 0, nq = scanner.codeCount; q < nq; q++) {
        const t = codes[q]!;
        const pos = tStart[t]!;
        const list = codeLists[codeHead(text, pos)]!;
        for (let j = 0; j < list.length; j++) tryAt(list[j]!, pos, t);
      }
    }
    const capsEntries = plan.caps;
    if (capsEntries.length > 0) {
      for (let q = 0, nq = scanner.capsCount; q < nq; q++) {
        const t = caps[q]!;
        const h = tHash[t]!;
        for (let j = 0; j < capsEntries.length; j++) {
          const e = capsEntries[j]!;
          if (e.words!.get(h) !== 0 &&
            (!e.capsNext || scanner.capitalFollows(t))) tryAt(e, tStart[t]!, t);
        }
      }
    }
    const angleEntries = plan.angle;
    if (angleEntries.length > 0) {
      for (let q = 0, nq = scanner.angleCount; q < nq; q++) {
        const t = angles[q]!;
        const pos = tStart[t]!;
        for (let j = 0; j < angleEntries.length; j++) tryAt(angleEntries[j]!, pos, t);
      }
    }
  } finally {
    // Nothing of the text stays referenced by the module once the call returns (or throws).
    ctx.text = '';
    scanner.text = '';
    for (let i = 0; i < releasing.length; i++) releasing[i]!.release!();
  }
  return resolve();
}

/** Candidates by score, then length, then start, then the order they were found in (a stable sort). */
let order: Int32Array = new Int32Array(64);
/** Kept candidates sorted by start (what resolve() keeps). */
let kept: Int32Array = new Int32Array(64);

/**
 * Keeps the best of overlapping candidates (higher score, then longer): kept[0..k), sorted by start.
 * Returns k.
 */
function resolve(): number {
  const n = count;
  if (n <= 1) {
    kept[0] = 0;
    return n;
  }
  if (order.length < n) {
    order = new Int32Array(cStart.length);
    kept = new Int32Array(cStart.length);
  }
  // Most texts' candidates do not overlap at all (then every one is kept): sorted by start (they mostly
  // come in text order), a look at neighbours says so, with no sort by score.
  if (n <= 24) {
    for (let i = 0; i < n; i++) {
      const start = cStart[i]!;
      let j = i - 1;
      while (j >= 0 && cStart[kept[j]!]! > start) {
        kept[j + 1] = kept[j]!;
        j--;
      }
      kept[j + 1] = i;
    }
    let disjoint = true;
    for (let i = 1; i < n && disjoint; i++) disjoint = cEnd[kept[i - 1]!]! <= cStart[kept[i]!]!;
    if (disjoint) return n;
  }
  // An insertion sort for the handful of candidates a text usually has.
  if (n > 24) {
    const sorted = Array.from({ length: n }, (_, i) => i).sort(byScoreThenLength);
    for (let i = 0; i < n; i++) order[i] = sorted[i]!;
  } else {
    for (let i = 0; i < n; i++) {
      let j = i - 1;
      while (j >= 0 && byScoreThenLength(order[j]!, i) > 0) {
        order[j + 1] = order[j]!;
        j--;
      }
      order[j + 1] = i;
    }
  }
  if (n > 64) return resolveMany(n);
  let k = 0; // kept[0..k): sorted by start, non-overlapping
  for (let q = 0; q < n; q++) {
    const c = order[q]!;
    const start = cStart[c]!;
    let lo = 0;
    let hi = k;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cStart[kept[mid]!]! < start) lo = mid + 1;
      else hi = mid;
    }
    // (no reads outside the array: they are slow in V8)
    if ((lo > 0 && cEnd[kept[lo - 1]!]! > start) || (lo < k && cStart[kept[lo]!]! < cEnd[c]!)) continue;
    for (let i = k; i > lo; i--) kept[i] = kept[i - 1]!;
    kept[lo] = c;
    k++;
  }
  return k;
}

/**
 * resolve() for long texts with many candidates (`order` already sorted by score): an occupancy map of
 * the text instead of inserting into a sorted array, so the work grows with the text, not its square.
 */
function resolveMany(n: number): number {
  let size = 0;
  for (let i = 0; i < n; i++) if (cEnd[i]! > size) size = cEnd[i]!;
  const taken = new Uint8Array(size);
  const chosen: number[] = [];
  for (let q = 0; q < n; q++) {
    const c = order[q]!;
    const start = cStart[c]!;
    const end = cEnd[c]!;
    let free = true;
    for (let i = start; i < end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, start, end);
    chosen.push(c);
  }
  chosen.sort((a, b) => cStart[a]! - cStart[b]!);
  for (let i = 0; i < chosen.length; i++) kept[i] = chosen[i]!;
  return chosen.length;
}

/** Candidate order: higher score, then longer, then earlier, then found first. */
function byScoreThenLength(a: number, b: number): number {
  return cScore[b]! - cScore[a]! || cEnd[b]! - cStart[b]! - (cEnd[a]! - cStart[a]!) || cStart[a]! - cStart[b]! || a - b;
}
