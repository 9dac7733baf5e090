import { loadCorpus } from './test/fixtures/pii/corpus.ts';
const corpus = loadCorpus().map(s => s.text);
const table = new Uint16Array(0x1f00); for (let i = 0; i < table.length; i++) table[i] = i;
const cls = new Uint8Array(0x1f00); for (let i = 0; i < cls.length; i++) cls[i] = (i >= 48 && i <= 57) ? 1 : /\p{L}/u.test(String.fromCharCode(i)) ? 2 : 0;
function loop(text: string): number {
  let h = 0; let words = 0;
  const n = text.length;
  let inWord = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const k = c < 0x1f00 ? cls[c]! : 0;
    if (k === 0) { if (inWord) { words++; inWord = false; } continue; }
    inWord = true;
    h = Math.imul(h ^ (c < 0x1f00 ? table[c]! : c), 16777619);
  }
  return h + words;
}
let sink = 0;
for (let r = 0; r < 5; r++) {
  const s = performance.now(); let n = 0;
  while (performance.now() - s < 300) { for (const t of corpus) sink += loop(t); n++; }
  console.log(((performance.now() - s) * 1000 / (n * corpus.length)).toFixed(3), 'us/snippet');
}
console.log(sink > 0);
