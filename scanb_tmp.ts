import { loadCorpus } from './test/fixtures/pii/corpus.ts';
import { Scanner } from './src/core/pii/scan.ts';
import { recognizers } from './src/core/pii/recognizers/index.ts';
const corpus = loadCorpus().map(s => s.text);
const sc = new Scanner(recognizers);
const sc2 = new Scanner(recognizers);
(sc2 as any).findLabels = () => {};
const fns: [string, (t: string) => void][] = [['scan', t => sc.scan(t)], ['scan-nolabels', t => sc2.scan(t)]];
const res = new Map<string, number[]>();
for (let round = 0; round < 6; round++) for (const [name, f] of fns) {
  for (const t of corpus) f(t);
  const s = performance.now(); let n = 0;
  while (performance.now() - s < 300) { for (const t of corpus) f(t); n++; }
  (res.get(name) ?? res.set(name, []).get(name)!).push((performance.now() - s) * 1000 / (n * corpus.length));
}
for (const [k, v] of res) console.log(k.padEnd(14), Math.min(...v).toFixed(2), 'us');
