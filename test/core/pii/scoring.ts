// Span-level scoring shared by the accuracy test and the benchmark: a prediction matches a gold
// span when (optionally) the types agree and they overlap by at least half of the longer one.
export interface Scored { start: number; end: number; type?: string }

export interface Counts { tp: number; fp: number; fn: number }

export function overlapOk(a: Scored, b: Scored): boolean {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return overlap > 0 && overlap >= 0.5 * Math.max(a.end - a.start, b.end - b.start);
}

/** One-to-one greedy matching in text order. */
export function matchSpans(gold: readonly Scored[], pred: readonly Scored[], typed: boolean): Counts & { missed: Scored[]; spurious: Scored[] } {
  const used = new Set<number>();
  const missed: Scored[] = [];
  let tp = 0;
  for (const g of gold) {
    const i = pred.findIndex((p, k) => !used.has(k) && (!typed || p.type === g.type) && overlapOk(g, p));
    if (i >= 0) {
      used.add(i);
      tp++;
    } else missed.push(g);
  }
  const spurious = pred.filter((_, k) => !used.has(k));
  return { tp, fp: spurious.length, fn: missed.length, missed, spurious };
}

export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
