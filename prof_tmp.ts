import { loadCorpus } from './test/fixtures/pii/corpus.ts';
import { foldText } from './src/core/pii/fold.ts';
import { LabelIndex } from './src/core/pii/labels.ts';
import { recognizers } from './src/core/pii/recognizers/index.ts';
import { findZones } from './src/core/pii/guards.ts';
import { detectPii, redact } from './src/core/pii/index.ts';
const corpus = loadCorpus().map(s => s.text);
const idx = new LabelIndex(recognizers);
function time(name: string, f: (t: string) => void) {
  for (let i = 0; i < 3; i++) for (const t of corpus) f(t);
  const s = performance.now(); let n = 0;
  while (performance.now() - s < 500) { for (const t of corpus) f(t); n++; }
  const us = (performance.now() - s) * 1000 / (n * corpus.length);
  console.log(name.padEnd(30), us.toFixed(2), 'us/snippet');
}
time('fold', t => foldText(t));
const folded = corpus.map(foldText);
let i = 0;
time('labels', t => idx.find(foldText(t), []));
time('zones', t => findZones(t, []));
for (const r of recognizers) {
  for (const [k, re] of r.patterns.entries()) {
    time(`${r.type}[${k}] scan`, t => { re.lastIndex = 0; while (re.exec(t)) {} });
  }
}
time('detect', t => detectPii(t));
time('redact', t => redact(t));
