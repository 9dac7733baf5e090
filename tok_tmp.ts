import { loadCorpus } from './test/fixtures/pii/corpus.ts';
import { FOLD_TABLE } from './src/core/pii/fold.ts';
const corpus = loadCorpus().map(s => s.text);
const CLASS = new Uint8Array(0x1f00);
for (let c = 0; c < 0x1f00; c++) { const ch = String.fromCharCode(c); CLASS[c] = c >= 48 && c <= 57 ? 1 : c >= 0x300 && c <= 0x36f ? 4 : /\p{Lu}/u.test(ch) ? 3 : /\p{L}/u.test(ch) ? 2 : 0; }
const tStart = new Int32Array(1024), tEnd = new Int32Array(1024), tHash = new Int32Array(1024), tFlags = new Uint8Array(1024), tDigits = new Int32Array(1024);
const numbers: number[] = [], caps: number[] = [], codes: number[] = [];
function v1(text: string): number {
  numbers.length = 0; caps.length = 0; codes.length = 0;
  let n = 0; const len = text.length; let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    const k = c < 0x1f00 ? CLASS[c]! : 0;
    if (k === 0 || k === 4) { i++; continue; }
    const start = i;
    let flags = k === 1 ? 3 : k === 3 ? 12 : 20;
    let h = Math.imul(0x811c9dc5 ^ FOLD_TABLE[c]!, 16777619);
    for (i++; i < len; i++) {
      const ch = text.charCodeAt(i);
      if (ch >= 0x1f00) break;
      const kk = CLASS[ch]!;
      if (kk === 0) break;
      if (kk === 4) continue;
      if (kk === 1) flags |= 2; else if (kk === 2) flags |= 20; else flags |= 4;
      h = Math.imul(h ^ FOLD_TABLE[ch]!, 16777619);
    }
    tStart[n] = start; tEnd[n] = i; tHash[n] = h; tFlags[n] = flags; tDigits[n] = -1;
    if (flags & 1) numbers.push(n); else { if (flags & 8) caps.push(n); if (flags & 2) codes.push(n); }
    n++;
  }
  return n;
}
function v0(text: string): number {
  let n = 0; const len = text.length; let i = 0; let h = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    const k = c < 0x1f00 ? CLASS[c]! : 0;
    if (k === 0) { i++; continue; }
    for (i++; i < len; i++) { const ch = text.charCodeAt(i); if (ch >= 0x1f00 || CLASS[ch] === 0) break; h = Math.imul(h ^ FOLD_TABLE[ch]!, 16777619); }
    n++;
  }
  return n + h;
}
function bench(name: string, f: (t: string) => number) {
  let sink = 0; const res: number[] = [];
  for (let r = 0; r < 5; r++) {
    const c0 = process.cpuUsage(); const s = performance.now(); let n = 0;
    while (performance.now() - s < 200) { for (const t of corpus) sink += f(t); n++; }
    const c = process.cpuUsage(c0); res.push((c.user + c.system) / (n * corpus.length));
  }
  console.log(name, Math.min(...res).toFixed(3), sink > 0);
}
bench('v0', v0); bench('v1', v1);
