import { loadCorpus } from './test/fixtures/pii/corpus.ts';
import { matchSpans, prf } from './test/core/pii/scoring.ts';
import { detectPii, redact } from './src/core/pii/index.ts';
const corpus = loadCorpus();
const tot = { tp: 0, fp: 0, fn: 0 };
const byType: Record<string, { tp: number; fp: number; fn: number }> = {};
let altered = 0;
const show = process.argv[2] === '-v';
for (const s of corpus) {
  const pred = detectPii(s.text);
  const r = matchSpans(s.spans, pred, true);
  tot.tp += r.tp; tot.fp += r.fp; tot.fn += r.fn;
  for (const g of s.spans) { const t = (byType[g.type] ??= { tp: 0, fp: 0, fn: 0 }); }
  for (const m of r.missed) byType[m.type!]!.fn++;
  for (const m of r.spurious) (byType[m.type!] ??= { tp: 0, fp: 0, fn: 0 }).fp++;
  if (s.spans.length === 0 && redact(s.text).masked !== s.text) altered++;
  if (show && (r.missed.length || r.spurious.length)) {
    console.log(`--- ${s.id}: ${JSON.stringify(s.text)}`);
    for (const m of r.missed) console.log(`   MISS ${m.type} ${JSON.stringify(s.text.slice(m.start, m.end))}`);
    for (const m of r.spurious) console.log(`   FP   ${m.type} ${JSON.stringify(s.text.slice(m.start, m.end))}`);
  }
}
console.log(prf(tot), tot, 'altered negatives', altered);
console.log(byType);
