// Personal-data engine vs redact-pii 3.4 and @redactpii/node on the same annotated corpus, in one
// process: throughput (MiB/s of UTF-8 input), precision/recall of what each one changes, the share
// of personal values still readable after masking, and PII-free snippets altered.
import { SyncRedactor } from 'redact-pii';
import { Redactor } from '@redactpii/node';
import { redact, detectPii, maskPii, PII_TYPES } from '../../src/core/pii/index.ts';
import { loadCorpus, type Snippet } from '../fixtures/pii/corpus.ts';
import { matchSpans, prf, type Counts, type Scored } from '../core/pii/scoring.ts';

interface Engine {
  name: string;
  mask(text: string): string;
}

// The engines take turns in short windows, many rounds: a slower or busier spell of the machine then
// falls on all of them alike, and each round gives one ratio (the median of those is printed).
const WINDOW_MS = 100;
const ROUNDS = 40;

/**
 * Which characters of `a` survive in `b`: a longest-common-subsequence alignment, after trimming
 * the common prefix and suffix. Returns a 0/1 flag per character of `a`.
 */
let table = new Uint32Array(0);
function survivors(a: string, b: string): Uint8Array {
  const keep = new Uint8Array(a.length);
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) keep[p++] = 1;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) {
    keep[a.length - 1 - s] = 1;
    s++;
  }
  const n = a.length - p - s;
  const m = b.length - p - s;
  if (n === 0 || m === 0) return keep;
  const w = m + 1;
  if (table.length < (n + 1) * w) table = new Uint32Array((n + 1) * w);
  for (let j = 0; j <= m; j++) table[j] = 0;
  for (let i = 1; i <= n; i++) {
    table[i * w] = 0;
    const ai = a.charCodeAt(p + i - 1);
    for (let j = 1; j <= m; j++) {
      table[i * w + j] = ai === b.charCodeAt(p + j - 1)
        ? table[(i - 1) * w + j - 1]! + 1
        : Math.max(table[(i - 1) * w + j]!, table[i * w + j - 1]!);
    }
  }
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    if (a.charCodeAt(p + i - 1) === b.charCodeAt(p + j - 1)) {
      keep[p + i - 1] = 1;
      i--;
      j--;
    } else if (table[(i - 1) * w + j]! >= table[i * w + j - 1]!) i--;
    else j--;
  }
  return keep;
}

/** Runs of changed characters of the original (gaps of up to 2 kept characters are bridged). */
function changedSpans(keep: Uint8Array): Scored[] {
  const out: Scored[] = [];
  let i = 0;
  while (i < keep.length) {
    if (keep[i]) {
      i++;
      continue;
    }
    let e = i;
    while (e < keep.length && (!keep[e] || (e + 2 < keep.length && (!keep[e + 1] || !keep[e + 2])))) e++;
    out.push({ start: i, end: e });
    i = e;
  }
  return out;
}

const ALNUM = /[\p{L}\p{N}]/u;

interface Quality extends Counts {
  values: number;
  readable: number;
  negatives: number;
  altered: number;
}

function quality(engine: Engine, corpus: readonly Snippet[]): Quality {
  const q: Quality = { tp: 0, fp: 0, fn: 0, values: 0, readable: 0, negatives: 0, altered: 0 };
  for (const s of corpus) {
    const masked = engine.mask(s.text);
    const keep = survivors(s.text, masked);
    const c = matchSpans(s.spans, changedSpans(keep), false);
    q.tp += c.tp;
    q.fp += c.fp;
    q.fn += c.fn;
    if (s.spans.length === 0) {
      q.negatives++;
      if (masked !== s.text) q.altered++;
    }
    for (const g of s.spans) {
      let total = 0;
      let kept = 0;
      for (let k = g.start; k < g.end; k++) {
        if (!ALNUM.test(s.text[k]!)) continue;
        total++;
        kept += keep[k]!;
      }
      q.values++;
      // Readable: at least half of the value's letters and digits are still there.
      if (total > 0 && kept * 2 >= total) q.readable++;
    }
  }
  return q;
}

/** MiB/s over one window of whole passes through the corpus (at least WINDOW_MS, at least one pass). */
function throughput(engine: Engine, corpus: readonly Snippet[], bytes: number): number {
  let sink = 0;
  const start = performance.now();
  let passes = 0;
  let elapsed = 0;
  do {
    for (const s of corpus) sink += engine.mask(s.text).length;
    passes++;
    elapsed = performance.now() - start;
  } while (elapsed < WINDOW_MS);
  if (sink < 0) throw new Error('unreachable');
  return (bytes * passes) / (1024 * 1024) / (elapsed / 1000);
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
/** Our throughput / theirs, round by round (each round timed both in turn), sorted. */
const roundRatios = (ours: number[], theirs: number[]): number[] => ours.map((x, r) => x / theirs[r]!).sort((a, b) => a - b);
/** Value at fraction `q` of sorted `xs` (0.5: the median). */
const at = (xs: number[], q: number): number => xs[Math.floor(xs.length * q)]!;
const median = (xs: number[]): number => at([...xs].sort((a, b) => a - b), 0.5);

export async function run(): Promise<void> {
  const corpus = loadCorpus();
  const bytes = corpus.reduce((n, s) => n + new TextEncoder().encode(s.text).length, 0);
  const redactPii = new SyncRedactor();
  const redactPiiNode = new Redactor();
  const engines: Engine[] = [
    // Each engine's call that masks a text and returns it (redact() would also return the spans).
    { name: 'sohoa', mask: (t) => maskPii(t) },
    { name: 'redact-pii 3.4', mask: (t) => redactPii.redact(t) },
    { name: '@redactpii/node', mask: (t) => redactPiiNode.redact(t) },
  ];
  const values = corpus.reduce((n, s) => n + s.spans.length, 0);
  const negatives = corpus.filter((s) => s.spans.length === 0).length;
  console.log(`corpus: ${corpus.length} snippets (${negatives} without personal data), ${values} personal values, ${(bytes / 1024).toFixed(1)} KiB`);

  // Warm up every engine, then time them in turns so they share the machine's state alike.
  for (const e of engines) for (let i = 0; i < 5; i++) for (const s of corpus) e.mask(s.text);
  const speeds = new Map<string, number[]>(engines.map((e) => [e.name, []]));
  for (let r = 0; r < ROUNDS; r++) {
    // Each round in a different order, so no engine always runs right after the same one.
    for (let k = 0; k < engines.length; k++) {
      const e = engines[(r + k) % engines.length]!;
      speeds.get(e.name)!.push(throughput(e, corpus, bytes));
    }
  }

  const perSnippetUs = (mib: number): number => (bytes / corpus.length / (mib * 1024 * 1024)) * 1e6;
  console.log('engine            MiB/s  µs/snippet  sohoa is   precision  recall  readable  PII-free altered');
  for (const e of engines) {
    const speed = median(speeds.get(e.name)!);
    const q = quality(e, corpus);
    const { precision, recall } = prf(q);
    const ratio = e.name === 'sohoa' ? '    -    ' : `${at(roundRatios(speeds.get('sohoa')!, speeds.get(e.name)!), 0.5).toFixed(2).padStart(5)}x   `;
    console.log(
      `${e.name.padEnd(16)} ${speed.toFixed(2).padStart(6)}  ${perSnippetUs(speed).toFixed(1).padStart(10)}  ${ratio} ${pct(precision).padStart(8)}  ${pct(recall).padStart(6)}  ` +
        `${pct(q.readable / q.values).padStart(8)}  ${String(q.altered).padStart(4)}/${q.negatives}`,
    );
  }

  // Typed span F1 of the engine itself (type must match, overlap >= 50%), as the accuracy test scores it.
  const typed: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const s of corpus) {
    const c = matchSpans(s.spans, detectPii(s.text), true);
    typed.tp += c.tp;
    typed.fp += c.fp;
    typed.fn += c.fn;
  }
  const t = prf(typed);
  console.log(`sohoa typed spans: precision ${pct(t.precision)}, recall ${pct(t.recall)}, F1 ${t.f1.toFixed(3)}`);
  const spreads = engines.slice(1).map((e) => {
    const r = roundRatios(speeds.get('sohoa')!, speeds.get(e.name)!);
    return `${e.name} ${at(r, 0.25).toFixed(2)}-${at(r, 0.75).toFixed(2)}`;
  });
  console.log(`(sohoa is: the median of ${ROUNDS} rounds' ratios of throughput, engines in turns of ${WINDOW_MS} ms; middle half of the ratios: ${spreads.join(', ')};`);
  console.log(' MiB/s: the median round; precision/recall: what each engine changed vs the');
  console.log(' annotations, types ignored, overlap >= 50%; readable: a value keeps at least half of its letters and digits)');
  costSplit(corpus);
  longTexts(corpus);
}

/**
 * Long documents (OCR of a whole dossier): the cost per KiB must not grow with the length. 1 and 4 MiB
 * texts of the corpus snippets as they are, upper-cased and without colons, and of short numbers all
 * joined by single spaces: shapes that once made a per-label search or a per-number update run
 * through everything before it (the ratio was then about 4 per 4 times the length, now about 1).
 */
function longTexts(corpus: readonly Snippet[]): void {
  const snippet = (i: number): string => corpus[i % corpus.length]!.text;
  // [name, part i of the text, what joins the parts]
  const shapes: [string, (i: number) => string, string][] = [
    ['as is', snippet, '\n'],
    ['upper case', (i) => snippet(i).toUpperCase(), '\n'],
    ['no colons', (i) => snippet(i).replaceAll(':', ' '), '\n'],
    ['one run of short numbers', () => '12 12 12 12', ' '],
  ];
  const rows: string[] = [];
  for (const [name, shape, joiner] of shapes) {
    const perKib = [1024, 4096].map((kib) => {
      const parts: string[] = [];
      let length = 0;
      for (let i = 0; length < kib * 1024; i++) {
        const part = shape(i);
        parts.push(part);
        length += part.length + 1;
      }
      const text = parts.join(joiner);
      redact(text); // warm-up
      let best = Infinity;
      for (let r = 0; r < 3; r++) {
        const start = performance.now();
        redact(text);
        best = Math.min(best, performance.now() - start);
      }
      return (best * 1000) / kib;
    });
    rows.push(`${name} ${perKib.map((us) => us.toFixed(0)).join(' / ')} (x${(perKib[1]! / perKib[0]!).toFixed(2)})`);
  }
  console.log(`sohoa long texts, redact µs per KiB at 1 / 4 MiB: ${rows.join('; ')}`);
}

/** Best of a few rounds of µs per snippet, every snippet once per pass (as the throughput figures run). */
function perSnippet(corpus: readonly Snippet[], f: (text: string) => number): number {
  let sink = 0;
  let best = Infinity;
  for (let r = 0; r < 5; r++) {
    const start = performance.now();
    for (let k = 0; k < 40; k++) for (const s of corpus) sink += f(s.text);
    best = Math.min(best, ((performance.now() - start) * 1000) / (40 * corpus.length));
  }
  if (sink < 0) throw new Error('unreachable');
  return best;
}

/**
 * Where sohoa's time goes, for whoever makes it faster: the skeleton (scan, labels and dispatch with no
 * type active), what each type adds when it is the only one active, and masking (maskPii - detect).
 */
function costSplit(corpus: readonly Snippet[]): void {
  const skeleton = perSnippet(corpus, (t) => detectPii(t, { types: [] }).length + 1);
  const parts = PII_TYPES.map((type) => `${type} ${(perSnippet(corpus, (t) => detectPii(t, { types: [type] }).length + 1) - skeleton).toFixed(2)}`);
  const detect = perSnippet(corpus, (t) => detectPii(t).length + 1);
  const masked = perSnippet(corpus, (t) => maskPii(t).length);
  const both = perSnippet(corpus, (t) => redact(t).masked.length);
  console.log(`sohoa µs/snippet: scan + labels + dispatch ${skeleton.toFixed(2)}; each type alone adds: ${parts.join(', ')};`);
  console.log(`  detect ${detect.toFixed(2)}, masking ${(masked - detect).toFixed(2)}, maskPii ${masked.toFixed(2)} (redact, spans too: ${both.toFixed(2)})`);
}
