import { loadCorpus } from './test/fixtures/pii/corpus.ts';
import { recognizers } from './src/core/pii/recognizers/index.ts';
import { Scanner } from './src/core/pii/scan.ts';
import { detectPii, redact, PII_TYPES } from './src/core/pii/index.ts';
import { Redactor } from '@redactpii/node';
const corpus = loadCorpus().map(s => s.text);
const r = new Redactor();
const sc = new Scanner(recognizers);
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
const line = (k: string, v: number) => console.log(k.padEnd(24), v.toFixed(2));
line('rpnode', bench(t => r.redact(t)));
line('scan', bench(t => sc.scan(t)));
line('detect types=[]', bench(t => detectPii(t, { types: [] })));

line('detect all', bench(t => detectPii(t)));
line('redact', bench(t => redact(t)));
