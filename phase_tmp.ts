import { loadCorpus } from './test/fixtures/pii/corpus.ts';
import { Scanner } from './src/core/pii/scan.ts';
import { recognizers } from './src/core/pii/recognizers/index.ts';
import { detectPii, redact } from './src/core/pii/index.ts';
import { Redactor } from '@redactpii/node';
const corpus = loadCorpus().map(s => s.text);
const sc = new Scanner(recognizers);
const r = new Redactor();
const fns: [string, (t: string) => void][] = [
  ['rpnode', t => r.redact(t)],
  ['scan+labels', t => sc.scan(t)],
  ['scanonly', t => { (sc as any).findLabels = () => {}; sc.scan(t); }],
  ['detect', t => detectPii(t)],
  ['redact', t => redact(t)],
];
const res = new Map<string, number[]>();
for (let round = 0; round < 5; round++) for (const [name, f] of fns) {
  for (const t of corpus) f(t);
  const s = performance.now(); let n = 0;
  while (performance.now() - s < 300) { for (const t of corpus) f(t); n++; }
  (res.get(name) ?? res.set(name, []).get(name)!).push((performance.now() - s) * 1000 / (n * corpus.length));
}
const base = Math.min(...res.get('rpnode')!);
for (const [k, v] of res) console.log(k.padEnd(12), Math.min(...v).toFixed(2), 'us', (Math.min(...v) / base).toFixed(2), 'x rpnode');
