// One pass over the text: words and numbers (runs of letters and digits, with a hash of their
// folded spelling), the positions where recognizer patterns may start, and every label found by
// hashed word look-ups. Nothing here scans the text twice; buffers are reused between calls.
import type { Label, LabelKind, Recognizer } from './types.ts';
import { FOLD_TABLE } from './fold.ts';
import { nonPersonalLabels } from './guards.ts';

// Character classes of UTF-16 code units below U+1F00 (Latin, Vietnamese, combining marks).
const OTHER = 0, DIGIT = 1, LOWER = 2, UPPER = 3, MARK = 4;
const CLASS_SIZE = 0x1f00;
const CLASS = new Uint8Array(CLASS_SIZE);
for (let c = 0; c < CLASS_SIZE; c++) {
  const ch = String.fromCharCode(c);
  if (c >= 48 && c <= 57) CLASS[c] = DIGIT;
  else if (c >= 0x300 && c <= 0x36f) CLASS[c] = MARK;
  else if (/\p{Lu}/u.test(ch)) CLASS[c] = UPPER;
  else if (/\p{L}/u.test(ch)) CLASS[c] = LOWER;
}

/** True for a lower-case letter (Latin and Vietnamese). */
export function isLowerCode(c: number): boolean {
  return c < CLASS_SIZE && CLASS[c] === LOWER;
}

/** True for an upper-case letter (Latin and Vietnamese). */
export function isUpperCode(c: number): boolean {
  return c < CLASS_SIZE && CLASS[c] === UPPER;
}

/** True for a letter or a combining mark (Latin and Vietnamese). */
export function isLetterCode(c: number): boolean {
  if (c >= CLASS_SIZE) return false;
  const k = CLASS[c]!;
  return k === LOWER || k === UPPER || k === MARK;
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

// Words and punctuation that may stand between a label and its value ("Số CCCD của ông là: ...").
const FILLER_WORDS = new Set(
  ('so la cua moi cu hien tai nay vao the ca nhan cong dan nguoi ong ba anh chi chau em ho no full name cap da ky ghi ' +
    'ro dong dau dd mm yyyy ngay thang nam').split(' ').map(wordHash),
);
const FILLER_PUNCT = new Set([...' \t\n\r\u00a0:;,.=()-–—/#*_"\'“”|'].map((c) => c.charCodeAt(0)));

const NO_ENTRIES: LabelEntry[] = [];
const DIGITS_CAP = 32;

function pairKey(a: number, b: number): number {
  return (Math.imul(a, 31) + b) | 0;
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
  /** Token indices where 'number', 'code', 'caps' and 'angle' patterns may start. */
  numbers: number[] = [];
  codes: number[] = [];
  caps: number[] = [];
  angles: number[] = [];
  /** The text has at least one capital letter. */
  hasUpper = false;
  labels: Label[] = [];
  strong: Label[] = [];

  /** Labels by first-word hash: one-word labels, and longer ones by second-word hash. */
  private readonly single = new Map<number, LabelEntry[]>();
  private readonly byPair = new Map<number, LabelEntry[]>();
  /** Low 16 bits of label keys (1 = one-word label, 2 = first two words of a longer one): most words are rejected with one array read. */
  private readonly keyBits = new Uint8Array(65536);

  constructor(recognizers: readonly Recognizer[]) {
    const seen = new Set<string>();
    const add = (label: string, kind: LabelKind, weak: boolean): void => {
      const e = parseLabel(label, kind, weak);
      const key = `${e.words.join(' ')}|${e.seps.join('')}|${e.colon}`;
      if (e.words.length === 0 || e.seps.includes(SEP_NONE) || seen.has(key)) return;
      seen.add(key);
      let list: LabelEntry[];
      if (e.words.length === 1) {
        list = this.single.get(e.hashes[0]!) ?? [];
        this.single.set(e.hashes[0]!, list);
      } else {
        const key = pairKey(e.hashes[0]!, e.hashes[1]!);
        list = this.byPair.get(key) ?? [];
        this.byPair.set(key, list);
      }
      list.push(e);
      // Longest first; a strong label before a weak one of the same length.
      list.sort((a, b) => b.words.length - a.words.length || Number(b.colon) - Number(a.colon) || Number(a.weak) - Number(b.weak));
      if (e.words.length === 1) this.keyBits[e.hashes[0]! & 0xffff]! |= 1;
      else this.keyBits[pairKey(e.hashes[0]!, e.hashes[1]!) & 0xffff]! |= 2;
    };
    for (const l of nonPersonalLabels) add(l, 'none', false);
    for (const r of recognizers) for (const l of r.context) add(l, r.type, false);
    for (const r of recognizers) for (const l of r.weakContext ?? []) add(l, r.type, true);
  }

  private grow(): void {
    const size = this.tStart.length * 2;
    const g32 = (a: Int32Array): Int32Array => {
      const b = new Int32Array(size);
      b.set(a);
      return b;
    };
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
    const numbers = this.numbers, caps = this.caps, codes = this.codes, angles = this.angles;
    this.signs.length = 0;
    this.emails.length = 0;
    numbers.length = 0;
    codes.length = 0;
    caps.length = 0;
    angles.length = 0;
    let hasUpper = false;
    let n = 0;
    const len = text.length;
    let tStart = this.tStart, tEnd = this.tEnd, tHash = this.tHash, tFlags = this.tFlags, tDigits = this.tDigits;
    let i = 0;
    while (i < len) {
      const c = text.charCodeAt(i);
      const k = c < CLASS_SIZE ? CLASS[c]! : OTHER;
      if (k === OTHER || k === MARK) {
        if (c === 43 /* + */ || c === 40 /* ( */) {
          const d = text.charCodeAt(i + 1);
          if ((d >= 48 && d <= 57) || d === 43 || d === 32) this.signs.push(i);
        } else if (c === 64 /* @ */) {
          let s = i;
          while (s > 0) {
            const p = text.charCodeAt(s - 1);
            if (!((p >= 48 && p <= 57) || (p >= 65 && p <= 90) || (p >= 97 && p <= 122) || p === 46 || p === 95 || p === 37 || p === 43 || p === 45)) break;
            s--;
          }
          if (s < i) this.emails.push(s);
        }
        i++;
        continue;
      }
      if (n === tStart.length) {
        this.grow();
        tStart = this.tStart; tEnd = this.tEnd; tHash = this.tHash; tFlags = this.tFlags; tDigits = this.tDigits;
      }
      const start = i;
      let flags = k === DIGIT ? F_DIGIT_START | F_HAS_DIGIT : k === UPPER ? F_UPPER_START | F_HAS_LETTER : F_HAS_LETTER | F_HAS_LOWER;
      if (k === UPPER) hasUpper = true;
      let h = Math.imul(FNV_OFFSET ^ FOLD_TABLE[c]!, FNV_PRIME);
      for (i++; i < len; i++) {
        const ch = text.charCodeAt(i);
        if (ch >= CLASS_SIZE) break;
        const kk = CLASS[ch]!;
        if (kk === OTHER) break;
        if (kk === MARK) continue; // decomposed diacritics stay inside the word
        if (kk === DIGIT) flags |= F_HAS_DIGIT;
        else if (kk === LOWER) flags |= F_HAS_LETTER | F_HAS_LOWER;
        else {
          flags |= F_HAS_LETTER;
          hasUpper = true;
        }
        h = Math.imul(h ^ FOLD_TABLE[ch]!, FNV_PRIME);
      }
      tStart[n] = start;
      tEnd[n] = i;
      tHash[n] = h;
      tFlags[n] = flags;
      tDigits[n] = -1;
      if (flags & F_DIGIT_START) numbers.push(n);
      else {
        if (flags & F_UPPER_START) caps.push(n);
        const next = text.charCodeAt(i);
        if (flags & F_HAS_DIGIT) codes.push(n);
        else if (i - start <= 2 && next === 32) {
          const d = text.charCodeAt(i + 1);
          if (d >= 48 && d <= 57) codes.push(n); // "DN 4 79 ..."
        }
        if (next === 60 /* < */) angles.push(n);
      }
      n++;
    }
    this.n = n;
    this.hasUpper = hasUpper;
    this.findLabels();
  }

  /** Folded comparison of token `t` with a label word (after a hash hit). */
  private sameWord(t: number, word: string): boolean {
    const text = this.text;
    let j = 0;
    const e = this.tEnd[t]!;
    for (let i = this.tStart[t]!; i < e; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x300 && c <= 0x36f) continue;
      if (j >= word.length || (c < CLASS_SIZE ? FOLD_TABLE[c]! : c) !== word.charCodeAt(j)) return false;
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

  /** First entry of `list` that matches at token `t`; the first `verified` words are known to match. */
  private matchEntries(list: LabelEntry[], t: number, verified: number): LabelEntry | null {
    const n = this.n;
    const tHash = this.tHash;
    for (const e of list) {
      const w = e.words.length;
      if (t + w > n) continue;
      let ok = true;
      for (let k = verified; k < w && ok; k++) {
        if (tHash[t + k] !== e.hashes[k] || !this.sameWord(t + k, e.words[k]!)) ok = false;
        else if (k > 0 && this.gapKind(this.tEnd[t + k - 1]!, this.tStart[t + k]!) !== e.seps[k - 1]) ok = false;
      }
      if (!ok) continue;
      if (e.colon && this.colonAfter(this.tEnd[t + w - 1]!) < 0) continue;
      return e;
    }
    return null;
  }

  /** Position after a ':' that follows `pos` (spaces allowed), or -1. */
  private colonAfter(pos: number): number {
    const text = this.text;
    let p = pos;
    while (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9) p++;
    return text.charCodeAt(p) === 58 ? p + 1 : -1;
  }

  private findLabels(): void {
    const labels = this.labels;
    const strong = this.strong;
    labels.length = 0;
    strong.length = 0;
    const n = this.n;
    const tHash = this.tHash;
    const tFlags = this.tFlags;
    const bits = this.keyBits;
    for (let t = 0; t < n; t++) {
      if (tFlags[t]! & F_DIGIT_START) continue;
      const h = tHash[t]!;
      let e: LabelEntry | null = null;
      if (t + 1 < n) {
        const key = pairKey(h, tHash[t + 1]!);
        if (bits[key & 0xffff]! & 2) {
          const pairs = this.byPair.get(key);
          // The first two words and the separator between them are checked once for all the entries.
          if (pairs !== undefined && this.sameWord(t, pairs[0]!.words[0]!) && this.sameWord(t + 1, pairs[0]!.words[1]!)) {
            const sep = this.gapKind(this.tEnd[t]!, this.tStart[t + 1]!);
            const same = pairs.filter((p) => p.seps[0] === sep);
            if (same.length > 0) e = this.matchEntries(same, t, 2);
          }
        }
      }
      if (e === null && bits[h & 0xffff]! & 1) e = this.matchEntries(this.single.get(h) ?? NO_ENTRIES, t, 0);
      if (e === null) continue;
      const last = t + e.words.length - 1;
      const end = e.colon ? this.colonAfter(this.tEnd[last]!) : this.tEnd[last]!;
      const label: Label = { start: this.tStart[t]!, end, kind: e.kind, weak: e.weak };
      labels.push(label);
      if (!e.weak) strong.push(label);
      t = last;
    }
  }

  /**
   * Digits reachable from token `t` through single ' ', '.', '-' separators (cached), counted up
   * to DIGITS_CAP: no pattern needs more, and a long run of digits costs no more than a short one.
   */
  digitsFrom(t: number): number {
    const cached = this.tDigits[t]!;
    if (cached >= 0) return cached;
    const text = this.text;
    let i = this.tStart[t]!;
    let count = 0;
    while (count < DIGITS_CAP) {
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

  /** Index of the first token starting at or after `pos`. */
  tokenAt(pos: number): number {
    const a = this.tStart;
    let lo = 0;
    let hi = this.n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (a[mid]! < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * True when [from, to) holds only filler — punctuation and words such as "số", "của", "là" — or
   * a short qualifier ending in ':' ("Mã số thuế hộ kinh doanh: ..."), and is at most `maxLen` long.
   */
  fillerGap(from: number, to: number, maxLen: number): boolean {
    if (to - from > maxLen) return false;
    if (to <= from) return true;
    const text = this.text;
    let t = this.tokenAt(from);
    let filler = true;
    // The qualifier form: letter-only words and spaces, one ':', then spaces.
    let qualified = true;
    let words = 0;
    let colon = false;
    for (let i = from; i < to; ) {
      if (t < this.n && this.tStart[t] === i) {
        const f = this.tFlags[t]!;
        if (!FILLER_WORDS.has(this.tHash[t]!)) filler = false;
        if (f & F_HAS_DIGIT || colon) qualified = false;
        words++;
        i = this.tEnd[t]!;
        t++;
        if (!filler && !qualified) return false;
        continue;
      }
      const c = text.charCodeAt(i);
      if (!FILLER_PUNCT.has(c)) return false;
      if (c === 58) {
        if (colon) qualified = false;
        colon = true;
      } else if (c !== 32 && c !== 9) qualified = false;
      i++;
    }
    return filler || (qualified && colon && words >= 1 && words <= 4);
  }
}
