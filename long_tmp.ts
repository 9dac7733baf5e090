import { loadCorpus } from './test/fixtures/pii/corpus.ts';
import { detectPii, redact } from './src/core/pii/index.ts';
import { Redactor } from '@redactpii/node';
import { SyncRedactor } from 'redact-pii';
const snippets = loadCorpus().map(s => s.text);
const pages: string[] = [];
for (let i = 0; i < snippets.length; i += 16) pages.push(snippets.slice(i, i + 16).join('\n'));
const bytes = pages.reduce((n, t) => n + Buffer.byteLength(t), 0);
const r = new Redactor(); const rp = new SyncRedactor();
function bench(f: (t: string) => void): number {
  const res: number[] = [];
  for (let round = 0; round < 4; round++) {
    for (const t of pages) f(t);
    const c0 = process.cpuUsage(); const s = performance.now(); let n = 0;
    while (performance.now() - s < 300) { for (const t of pages) f(t); n++; }
    const c = process.cpuUsage(c0);
    res.push(bytes * n / 1048576 / ((c.user + c.system) / 1e6));
  }
  return Math.max(...res);
}
console.log('page avg bytes', (bytes / pages.length).toFixed(0));
console.log('rpnode MiB/s', bench(t => r.redact(t)).toFixed(1));
console.log('redact-pii MiB/s', bench(t => rp.redact(t)).toFixed(1));
console.log('sohoa redact MiB/s', bench(t => redact(t)).toFixed(1));
