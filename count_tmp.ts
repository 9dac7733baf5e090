import { loadCorpus } from './test/fixtures/pii/corpus.ts';
const orig = RegExp.prototype.exec;
const origTest = RegExp.prototype.test;
const counts = new Map<string, number>();
RegExp.prototype.exec = function (s: string) { const k = 'exec ' + this.source.slice(0, 60); counts.set(k, (counts.get(k) ?? 0) + 1); return orig.call(this, s); };
RegExp.prototype.test = function (s: string) { const k = 'test ' + this.source.slice(0, 60); counts.set(k, (counts.get(k) ?? 0) + 1); return origTest.call(this, s); };
const { detectPii } = await import('./src/core/pii/index.ts');
const { recognizers } = await import('./src/core/pii/recognizers/index.ts');
const vc = new Map<string, number>();
for (const r of recognizers) { const v = r.validate; r.validate = function (...a: any[]) { vc.set(r.type, (vc.get(r.type) ?? 0) + 1); return (v as any).apply(this, a); }; }
const corpus = loadCorpus().map(s => s.text);
counts.clear();
for (const t of corpus) detectPii(t);
const tot = [...counts.values()].reduce((a, b) => a + b, 0);
console.log('regex calls per snippet', (tot / corpus.length).toFixed(1));
[...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30).forEach(([k, v]) => console.log((v / corpus.length).toFixed(2).padStart(6), k));
console.log([...vc.entries()].map(([k, v]) => `${k}:${(v / corpus.length).toFixed(2)}`).join(' '));
