import { detectPii } from './src/core/pii/index.ts';
const t = "thong tin nhan tien ho tro:\nchu tai khoan: tran ngoc bao lien\nso tai khoan: 8136263652271725\nngan hang: vpbank - chi nhanh thang long\nso tien: 5,7 trieu dong";
console.log(detectPii(t).map(s => [s.type, t.slice(s.start, s.end), s.score]));
console.log(detectPii(t, {minScore: 0}).map(s => [s.type, t.slice(s.start, s.end), s.score]));
