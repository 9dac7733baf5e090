// One pass over the text: words and numbers (runs of letters and digits, with a hash of their
// folded spelling), the positions where recognizer patterns may start, and every label found by
// hashed word look-ups. Nothing here scans the text twice; buffers are reused between calls.
import type { Label, LabelKind, Recognizer } from './types.ts';
import { foldCode } from './fold.ts';
import { nonPersonalLabels } from './guards.ts';

// Character classes of UTF-16 code units below U+1F00 (Latin, Vietnamese, combining marks).
const OTHER = 0, DIGIT = 1, LOWER = 2, UPPER = 3, MARK = 4;
const CLASS_SIZE = 0x1f00;
const charClass = new Uint8Array(CLASS_SIZE);
for (let c = 0; c < CLASS_SIZE; c++) {
  const ch = String.fromCharCode(c);
  if (c >= 48 && c <= 57) charClass[c] = DIGIT;
  else if (c >= 0x300 && c <= 0x36f) charClass[c] = MARK;
  else if (/\p{Lu}/u.test(ch)) charClass[c] = UPPER;
  else if (/\p{L}/u.test(ch)) charClass[c] = LOWER;
}

export const F_DIGIT_START = 1, F_HAS_DIGIT = 2, F_HAS_LETTER = 4, F_UPPER_START = 8, F_HAS_LOWER = 16;

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;

/** Hash of a folded word, as the scanner computes it for the words of a text. */
export function wordHash(folded: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < folded.length; i++) h = Math.imul(h ^ folded.charCodeAt(i), FNV_PRIME);
  return h;
}

// Separators between the words of a label.
const SEP_NONE = 0, SEP_SPACE = 1, SEP_COMMA = 2, SEP_SLASH = 3, SEP_DASH = 4;

interface LabelEntry {
  words: string[];
  hashes: number[];
  seps: number[];
  colon: boolean;
  kind: LabelKind;
  weak: boolean;
}

function parseLabel(label: string, kind: LabelKind, weak: boolean): LabelEntry {
  const colon = label.endsWith(':');
  const body = colon ? label.slice(0, -1) : label;
  const words = body.match(/[a-z0-9]+/g) ?? [];
  const between = body.split(/[a-z0-9]+/).slice(1, -1);
  const seps = between.map((b) => {
    const t = b.trim();
    return t === '' ? SEP_SPACE : t === ',' ? SEP_COMMA : t === '/' ? SEP_SLASH : t === '-' ? SEP_DASH : SEP_NONE;
  });
  return { words, hashes: words.map(wordHash), seps, colon, kind, weak };
}

/** Token and trigger buffers, reused by every call. */
export class Scanner {
  text = '';
  n = 0;
  tStart: Int32Array = new Int32Array(256);
  tEnd: Int32Array = new Int32Array(256);
  tHash: Int32Array = new Int32Array(256);
  tFlags: Uint8Array = new Uint8Array(256);
  /** Digits reachable from a number token through single ' ', '.', '-' separators; -1 = not computed. */
  tDigits: Int32Array = new Int32Array(256);
  signs: number[] = [];
  emails: number[] = [];
  labels: Label[] = [];
  strong: Label[] = [];

  private readonly entries = new Map<number, LabelEntry[]>();

  constructor(recognizers: readonly Recognizer[]) {
    const seen = new Set<string>();
    const add = (label: string, kind: LabelKind, weak: boolean): void => {
      const e = parseLabel(label, kind, weak);
      const key = `${e.words.join(' ')}|${e.seps.join('')}|${e.colon}`;
      if (e.words.length === 0 || e.seps.includes(SEP_NONE) || seen.has(key)) return;
      seen.add(key);
      const list = this.entries.get(e.hashes[0]!) ?? [];
      list.push(e);
      // Longest first; a strong label before a weak one of the same length.
      list.sort((a, b) => b.words.length - a.words.length || Number(b.colon) - Number(a.colon) || Number(a.weak) - Number(b.weak));
      this.entries.set(e.hashes[0]!, list);
    };
    for (const l of nonPersonalLabels) add(l, 'none', false);
    for (const r of recognizers) for (const l of r.context) add(l, r.type, false);
    for (const r of recognizers) for (const l of r.weakContext ?? []) add(l, r.type, true);
  }

  private grow(): void {
    const size = this.tStart.length * 2;
    const g32 = (a: Int32Array): Int32Array => { const b = new Int32Array(size); b.set(a); return b; };
    this.tStart = g32(this.tStart);
    this.tEnd = g32(this.tEnd);
    this.tHash = g32(this.tHash);
    this.tDigits = g32(this.tDigits);
    const f = new Uint8Array(size);
    f.set(this.tFlags);
    this.tFlags = f;
  }

  scan(text: string): void {
    this.text = text;
    this.signs.length = 0;
    this.emails.length = 0;
    let n = 0;
    const len = text.length;
    let i = 0;
    while (i < len) {
      const c = text.charCodeAt(i);
      const k = c < CLASS_SIZE ? charClass[c]! : OTHER;
      if (k === OTHER || k === MARK) {
        if (c === 43 /* + */ || c === 40 /* ( */) {
          const d = text.charCodeAt(i + 1);
          if ((d >= 48 && d <= 57) || d === 43 || d === 32) this.signs.push(i);
        } else if (c === 64 /* @ */) {
          let s = i;
          while (s > 0) {
            const p = text.charCodeAt(s - 1);
            const ok = (p >= 48 && p <= 57) || (p >= 65 && p <= 90) || (p >= 97 && p <= 122) || p === 46 || p === 95 || p === 37 || p === 43 || p === 45;
            if (!ok) break;
            s--;
          }
          if (s < i) this.emails.push(s);
        }
        i++;
        continue;
      }
      if (n === this.tStart.length) this.grow();
      const start = i;
      let flags = k === DIGIT ? F_DIGIT_START : k === UPPER ? F_UPPER_START : 0;
      let h = FNV_OFFSET;
      for (; i < len; i++) {
        const ch = text.charCodeAt(i);
        const kk = ch < CLASS_SIZE ? charClass[ch]! : OTHER;
        if (kk === OTHER) break;
        if (kk === MARK) continue; // decomposed diacritics stay inside the word
        if (kk === DIGIT) flags |= F_HAS_DIGIT;
        else {
          flags |= F_HAS_LETTER;
          if (kk === LOWER) flags |= F_HAS_LOWER;
        }
        h = Math.imul(h ^ foldCode(ch), FNV_PRIME);
      }
      this.tStart[n] = start;
      this.tEnd[n] = i;
      this.tHash[n] = h;
      this.tFlags[n] = flags;
      this.tDigits[n] = -1;
      n++;
    }
    this.n = n;
    this.findLabels();
  }

  /** Folded comparison of token `t` with a label word (after a hash hit). */
  private sameWord(t: number, word: string): boolean {
    const text = this.text;
    let j = 0;
    for (let i = this.tStart[t]!; i < this.tEnd[t]!; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x300 && c <= 0x36f) continue;
      if (j >= word.length || foldCode(c) !== word.charCodeAt(j)) return false;
      j++;
    }
    return j === word.length;
  }

  private gapKind(from: number, to: number): number {
    if (from >= to) return SEP_NONE;
    const text = this.text;
    let punct = 0;
    let kind = SEP_SPACE;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0) continue;
      if (++punct > 1) return SEP_NONE;
      kind = c === 44 ? SEP_COMMA : c === 47 ? SEP_SLASH : c === 45 ? SEP_DASH : SEP_NONE;
      if (kind === SEP_NONE) return SEP_NONE;
    }
    return kind;
  }

  private findLabels(): void {
    const labels = this.labels;
    const strong = this.strong;
    labels.length = 0;
    strong.length = 0;
    const n = this.n;
    const text = this.text;
    for (let t = 0; t < n; t++) {
      if (this.tFlags[t]! & F_DIGIT_START) continue;
      const list = this.entries.get(this.tHash[t]!);
      if (list === undefined) continue;
      for (const e of list) {
        const w = e.words.length;
        if (t + w > n) continue;
        let ok = true;
        for (let k = 0; k < w && ok; k++) {
          if (this.tHash[t + k] !== e.hashes[k] || !this.sameWord(t + k, e.words[k]!)) ok = false;
          else if (k > 0 && this.gapKind(this.tEnd[t + k - 1]!, this.tStart[t + k]!) !== e.seps[k - 1]) ok = false;
        }
        if (!ok) continue;
        let end = this.tEnd[t + w - 1]!;
        if (e.colon) {
          let p = end;
          while (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9) p++;
          if (text.charCodeAt(p) !== 58 /* : */) continue;
          end = p + 1;
        }
        const label: Label = { start: this.tStart[t]!, end, kind: e.kind, weak: e.weak };
        labels.push(label);
        if (!e.weak) strong.push(label);
        t += w - 1;
        break;
      }
    }
  }

  /** Digits reachable from token `t` through single ' ', '.', '-' separators (cached). */
  digitsFrom(t: number): number {
    const cached = this.tDigits[t]!;
    if (cached >= 0) return cached;
    const text = this.text;
    let i = this.tStart[t]!;
    let count = 0;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) {
        count++;
        i++;
        continue;
      }
      const d = text.charCodeAt(i + 1);
      if ((c === 32 || c === 46 || c === 45) && d >= 48 && d <= 57) {
        i++;
        continue;
      }
      break;
    }
    this.tDigits[t] = count;
    return count;
  }
}
