import { loadCorpus } from './test/fixtures/pii/corpus.ts';
import { detectPii, redact } from './src/core/pii/index.ts';
const corpus = loadCorpus().map(s => s.text);
const bytes = corpus.reduce((n, t) => n + Buffer.byteLength(t), 0);
function time(name: string, f: (t: string) => void) {
  for (let i = 0; i < 5; i++) for (const t of corpus) f(t);
  const s = performance.now(); let n = 0;
  while (performance.now() - s < 1000) { for (const t of corpus) f(t); n++; }
  const ms = performance.now() - s;
  console.log(name.padEnd(10), (ms * 1000 / (n * corpus.length)).toFixed(2), 'us/snippet', (bytes * n / 1048576 / (ms / 1000)).toFixed(1), 'MiB/s');
}
time('detect', t => detectPii(t));
time('redact', t => redact(t));
import { Redactor } from '@redactpii/node';
const r = new Redactor();
time('rpnode', t => r.redact(t));
time('redact2', t => redact(t));
time('detect2', t => detectPii(t));
