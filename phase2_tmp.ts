import { loadCorpus } from './test/fixtures/pii/corpus.ts';
import { recognizers } from './src/core/pii/recognizers/index.ts';
import { detectPii } from './src/core/pii/index.ts';
import { Redactor } from '@redactpii/node';
const corpus = loadCorpus().map(s => s.text);
const r = new Redactor();
const orig = recognizers.map(r => r.validate);
function bench(f: (t: string) => void): number {
  const res: number[] = [];
  for (let round = 0; round < 4; round++) {
    for (const t of corpus) f(t);
    const c0 = process.cpuUsage(); const s = performance.now(); let n = 0;
    while (performance.now() - s < 250) { for (const t of corpus) f(t); n++; }
    const c = process.cpuUsage(c0);
    res.push((c.user + c.system) / (n * corpus.length));
  }
  return Math.min(...res);
}
console.log('rpnode', bench(t => r.redact(t)).toFixed(2));
console.log('detect full', bench(t => detectPii(t)).toFixed(2));
for (const rec of recognizers) (rec as any).validate = () => null;
console.log('detect, validators null', bench(t => detectPii(t)).toFixed(2));
for (const rec of recognizers) { (rec as any).patterns.length = 0; }
console.log('detect, no patterns (afterLabel only)', bench(t => detectPii(t)).toFixed(2));
for (const rec of recognizers) { (rec as any).afterLabel = undefined; }
console.log('detect, scan only', bench(t => detectPii(t)).toFixed(2));
console.log('rpnode', bench(t => r.redact(t)).toFixed(2));
