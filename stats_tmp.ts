import { loadCorpus } from './test/fixtures/pii/corpus.ts';
import { Scanner } from './src/core/pii/scan.ts';
import { recognizers } from './src/core/pii/recognizers/index.ts';
const corpus = loadCorpus().map(s => s.text);
const sc = new Scanner(recognizers);
const tot = { n: 0, numbers: 0, caps: 0, codes: 0, labels: 0, weak: 0, signs: 0 };
for (const t of corpus) { sc.scan(t); tot.n += sc.n; tot.numbers += sc.numbers.length; tot.caps += sc.caps.length; tot.codes += sc.codes.length; tot.labels += sc.labels.length; tot.weak += sc.labels.length - sc.strong.length; tot.signs += sc.signs.length; }
for (const [k, v] of Object.entries(tot)) console.log(k, (v / corpus.length).toFixed(2));
