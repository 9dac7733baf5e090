// HTML extraction speed: parse (linkedom) + readHtml + extractFields per
// document over the HTML fixture set. Target: median < 20 ms per document.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFields } from '../../src/core/extract/index.ts';
import { readHtmlBytes } from '../../src/readers/html-node.ts';

const dir = fileURLToPath(new URL('../fixtures/documents/html/', import.meta.url));

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export async function run(): Promise<void> {
  const files = readdirSync(dir).filter((f) => /\.html?$/.test(f)).sort();
  const docs = files.map((f) => readFileSync(join(dir, f)));
  const once = (bytes: Buffer) => extractFields(readHtmlBytes(bytes));
  // Warm up the JIT and the label indexes (built once per type, then cached).
  for (const d of docs) once(d);
  const rounds = 20;
  const times: number[] = [];
  let peakRss = process.memoryUsage().rss;
  for (let r = 0; r < rounds; r++) {
    for (const d of docs) {
      const t0 = performance.now();
      once(d);
      times.push(performance.now() - t0);
    }
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const p95 = sorted[Math.floor(sorted.length * 0.95)]!;
  console.log(`documents: ${docs.length} x ${rounds} rounds`);
  console.log(`median per document: ${median(times).toFixed(2)} ms (p95 ${p95.toFixed(2)} ms, max ${sorted[sorted.length - 1]!.toFixed(2)} ms; target < 20 ms)`);
  console.log(`peak RSS: ${(Math.max(peakRss, process.resourceUsage().maxRSS * 1024) / 1048576).toFixed(0)} MB`);
}
