// One pass over the text: words and numbers (runs of letters and digits, with a hash of their
// folded spelling), the positions where recognizer patterns may start, and every label found by
// hashed word look-ups. Nothing here scans the text twice; buffers are typed arrays reused between
// calls, so a call allocates nothing but the labels it finds.
import { kindBit, type Label, type LabelKind, type Recognizer } from './types.ts';
import { FOLD_TABLE } from './fold.ts';
import { nonPersonalLabels } from './guards.ts';
import { LabelTrie, type TrieLabel } from './label-trie.ts';
import { END, codeAt } from './charclass.ts';
import { IntTable } from './int-table.ts';

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
/** Class (bits 16-18) and folded code unit (low 16 bits) in one read: the scanner's inner loop. */
const CLASS_FOLD = new Uint32Array(CLASS_SIZE);
for (let c = 0; c < CLASS_SIZE; c++) CLASS_FOLD[c] = (CLASS[c]! << 16) | FOLD_TABLE[c]!;

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
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

/**
 * Token flags: 1 << the class of each character seen in the word (marks included), and
 * 1 << (4 + the class of its first character).
 */
const F_HAS_DIGIT = 1 << DIGIT, F_HAS_UPPER = 1 << UPPER;
const F_DIGIT_START = 1 << (4 + DIGIT);

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;
/** Hashes are cut to 30 bits so they stay small integers (no boxed numbers in Set and Map look-ups). */
const HASH_MASK = 0x3fffffff;

/** Hash of a folded word, as the scanner computes it for the words of a text. */
export function wordHash(folded: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < folded.length; i++) h = Math.imul(h ^ folded.charCodeAt(i), FNV_PRIME);
  return h & HASH_MASK;
}

/** wordHash of foldText(text.slice(from, to)), without slicing or folding a copy. */
export function foldedHash(text: string, from: number, to: number): number {
  let h = FNV_OFFSET;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    h = Math.imul(h ^ (c < CLASS_SIZE ? FOLD_TABLE[c]! : c), FNV_PRIME);
  }
  return h & HASH_MASK;
}

// Separators between the words of a label.
const SEP_NONE = 0, SEP_SPACE = 1, SEP_COMMA = 2, SEP_SLASH = 3, SEP_DASH = 4;

interface LabelEntry {
  words: string[];
  hashes: number[];
  seps: number[];
  colon: boolean;
  kind: LabelKind;
  kindBit: number;
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
  return { words, hashes: words.map(wordHash), seps, colon, kind, kindBit: kindBit(kind), weak };
}

// Words and punctuation that may stand between a label and its value ("Số CCCD của ông là: ...").
const FILLER_WORDS = new IntTable(
  [...new Set(('so la cua moi cu hien tai nay vao the ca nhan cong dan nguoi ong ba anh chi chau em ho no full name cap da ky ghi ' +
    'ro dong dau dd mm yyyy ngay thang nam').split(' ').map(wordHash))].map((h) => [h, 1] as const),
);
const FILLER_PUNCT_SIZE = 0x2020;
const FILLER_PUNCT = new Uint8Array(FILLER_PUNCT_SIZE);
for (const c of ' \t\n\r\u00a0:;,.=()-–—/#*_"\'“”|') FILLER_PUNCT[c.charCodeAt(0)] = 1;

const DIGITS_CAP = 32;

/** Token and trigger buffers, reused by every call. */
export class Scanner {
  text = '';
  /** Token count; tokens are runs of letters, digits and combining marks. */
  n = 0;
  tStart: Int32Array = new Int32Array(256);
  tEnd: Int32Array = new Int32Array(256);
  tHash: Int32Array = new Int32Array(256);
  tFlags: Uint8Array = new Uint8Array(256);
  /** For number tokens: digits reachable through single ' ', '.', '-' separators (see digitsFrom). */
  tDigits: Int32Array = new Int32Array(256);
  /** Token indices where 'number', 'code', 'caps' and 'angle' patterns may start (counts below). */
  numbers: Int32Array = new Int32Array(256);
  codes: Int32Array = new Int32Array(256);
  caps: Int32Array = new Int32Array(256);
  angles: Int32Array = new Int32Array(256);
  numberCount = 0;
  codeCount = 0;
  capsCount = 0;
  angleCount = 0;
  /** Positions of '+' or '(' before a digit, and of e-mail local parts (before an '@'). */
  signs: number[] = [];
  emails: number[] = [];
  /** The text has at least one capital letter. */
  hasUpper = false;
  /** Labels found (the first labelCount), and the strong ones among them (the first strongCount). */
  labels: Label[] = [];
  strong: Label[] = [];
  labelCount = 0;
  strongCount = 0;
  /** Separators between the words of the label being matched. */
  private readonly gaps = new Int32Array(32);

  /** Every label, by its words. */
  private readonly trie = new LabelTrie<LabelEntry>();

  constructor(recognizers: readonly Recognizer[]) {
    const seen = new Set<string>();
    // At one node: a label that needs a ':' before one that does not, a strong one before a weak one.
    const before = (a: TrieLabel<LabelEntry>, b: TrieLabel<LabelEntry>): number =>
      Number(b.colon) - Number(a.colon) || Number(a.value.weak) - Number(b.value.weak);
    const add = (label: string, kind: LabelKind, weak: boolean): void => {
      const e = parseLabel(label, kind, weak);
      const key = `${e.words.join(' ')}|${e.seps.join('')}|${e.colon}`;
      if (e.words.length === 0 || e.seps.includes(SEP_NONE) || seen.has(key)) return;
      seen.add(key);
      this.trie.add(e.hashes, { seps: e.seps, colon: e.colon, value: e }, before);
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
    this.numbers = g32(this.numbers);
    this.codes = g32(this.codes);
    this.caps = g32(this.caps);
    this.angles = g32(this.angles);
    const f = new Uint8Array(size);
    f.set(this.tFlags);
    this.tFlags = f;
  }

  scan(text: string): void {
    this.text = text;
    if (this.signs.length > 0) this.signs.length = 0;
    if (this.emails.length > 0) this.emails.length = 0;
    let nNumbers = 0, nCaps = 0, nCodes = 0, nAngles = 0;
    let seen = 0;
    let n = 0;
    const len = text.length;
    let tStart = this.tStart, tEnd = this.tEnd, tHash = this.tHash, tFlags = this.tFlags, tDigits = this.tDigits;
    let numbers = this.numbers, caps = this.caps, codes = this.codes, angles = this.angles;
    let i = 0;
    while (i < len) {
      const c = text.charCodeAt(i);
      if (c === 32) {
        i++;
        continue;
      }
      const cf = c < CLASS_SIZE ? CLASS_FOLD[c]! : 0;
      const k = cf >>> 16;
      if (k === OTHER || k === MARK) {
        if (c === 43 /* + */ || c === 40 /* ( */) {
          const d = codeAt(text, i + 1);
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
        this.grow(); // buffers grow with the words of the longest text seen, not with its length
        tStart = this.tStart; tEnd = this.tEnd; tHash = this.tHash; tFlags = this.tFlags; tDigits = this.tDigits;
        numbers = this.numbers; caps = this.caps; codes = this.codes; angles = this.angles;
      }
      const start = i;
      let flags = 1 << k;
      let h = Math.imul(FNV_OFFSET ^ (cf & 0xffff), FNV_PRIME);
      let next = END; // the character after the word
      for (i++; i < len; i++) {
        const ch = text.charCodeAt(i);
        next = ch;
        if (ch >= CLASS_SIZE) break;
        const f = CLASS_FOLD[ch]!;
        const kk = f >>> 16;
        if (kk === OTHER) break;
        flags |= 1 << kk;
        if (kk === MARK) continue; // decomposed diacritics stay inside the word, unhashed
        h = Math.imul(h ^ (f & 0xffff), FNV_PRIME);
      }
      if (i >= len) next = END;
      seen |= flags;
      tStart[n] = start;
      tEnd[n] = i;
      tHash[n] = h & HASH_MASK;
      tFlags[n] = flags | (1 << (4 + k));
      if (k === DIGIT) {
        // Leading digits for now; the pass below adds the numbers it runs on into.
        if (flags === F_HAS_DIGIT) tDigits[n] = i - start;
        else {
          let d = start + 1;
          while (isDigitCode(codeAt(text, d))) d++;
          tDigits[n] = d - start;
        }
        numbers[nNumbers++] = n;
      } else {
        if (k === UPPER) caps[nCaps++] = n;
        if (flags & F_HAS_DIGIT) codes[nCodes++] = n;
        else if (i - start <= 2 && next === 32) {
          const d = codeAt(text, i + 1);
          if (d >= 48 && d <= 57) codes[nCodes++] = n; // "DN 4 79 ..."
        }
        if (next === 60 /* < */) angles[nAngles++] = n;
      }
      n++;
    }
    // Digits reachable from each number through single ' ', '.', '-' (capped, see DIGITS_CAP): a
    // number made of digits only runs on into the next one when one such separator joins them.
    for (let q = nNumbers - 1; q >= 0; q--) {
      const t = numbers[q]!;
      let d = tDigits[t]!;
      if (tFlags[t] === (F_HAS_DIGIT | F_DIGIT_START)) {
        const e = tEnd[t]!;
        const c = codeAt(text, e);
        if ((c === 32 || c === 46 || c === 45) && isDigitCode(codeAt(text, e + 1))) d += tDigits[t + 1]!;
      }
      tDigits[t] = d < DIGITS_CAP ? d : DIGITS_CAP;
    }
    this.n = n;
    this.numberCount = nNumbers;
    this.capsCount = nCaps;
    this.codeCount = nCodes;
    this.angleCount = nAngles;
    this.hasUpper = (seen & F_HAS_UPPER) !== 0;
    this.findLabels();
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

  /**
   * The longest label starting at token `t` (words compared by their 30-bit hashes: two different
   * words agreeing on one at the very place a label needs it is not a practical concern), or null.
   */
  private labelAt(t: number): LabelEntry | null {
    const trie = this.trie;
    const tHash = this.tHash;
    let node = trie.child(LabelTrie.ROOT, tHash[t]!);
    if (node < 0) return null;
    let best: LabelEntry | null = null;
    let depth = 1;
    for (;;) {
      const labels = trie.labelsAt(node);
      for (let j = 0; j < labels.length; j++) {
        const l = labels[j]!;
        let ok = true;
        for (let k = 0; k < depth - 1 && ok; k++) ok = l.seps[k] === this.gaps[k];
        if (ok && (!l.colon || this.colonAfter(this.tEnd[t + depth - 1]!) >= 0)) {
          best = l.value;
          break;
        }
      }
      const next = t + depth;
      if (next >= this.n) break;
      const gap = this.gapKind(this.tEnd[next - 1]!, this.tStart[next]!);
      if (gap === SEP_NONE) break;
      node = trie.child(node, tHash[next]!);
      if (node < 0) break;
      this.gaps[depth - 1] = gap;
      depth++;
    }
    return best;
  }

  /** Position after a ':' that follows `pos` (spaces allowed), or -1. */
  private colonAfter(pos: number): number {
    const text = this.text;
    let p = pos;
    while (codeAt(text, p) === 32 || codeAt(text, p) === 9) p++;
    return codeAt(text, p) === 58 ? p + 1 : -1;
  }

  private findLabels(): void {
    // The arrays keep their length between calls (setting it is a slow runtime call): counts say how many are this text's.
    const labels = this.labels;
    const strong = this.strong;
    let nLabels = 0;
    let nStrong = 0;
    const n = this.n;
    const tHash = this.tHash;
    const tFlags = this.tFlags;
    const trie = this.trie;
    for (let t = 0; t < n; t++) {
      if (tFlags[t]! & F_DIGIT_START || !trie.mayStart(tHash[t]!, t + 1 < n ? tHash[t + 1]! : -1)) continue;
      const e = this.labelAt(t);
      if (e === null) continue;
      const last = t + e.words.length - 1;
      const end = e.colon ? this.colonAfter(this.tEnd[last]!) : this.tEnd[last]!;
      const label: Label = { start: this.tStart[t]!, end, kind: e.kind, weak: e.weak, kindBit: e.kindBit };
      labels[nLabels++] = label;
      if (!e.weak) strong[nStrong++] = label;
      t = last;
    }
    this.labelCount = nLabels;
    this.strongCount = nStrong;
  }

  /**
   * Digits reachable from number token `t` through single ' ', '.', '-' separators, counted up to
   * DIGITS_CAP: no pattern needs more, and a long run of digits costs no more than a short one.
   */
  digitsFrom(t: number): number {
    return this.tDigits[t]!;
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
        if (FILLER_WORDS.get(this.tHash[t]!) === 0) filler = false;
        if (f & F_HAS_DIGIT || colon) qualified = false;
        words++;
        i = this.tEnd[t]!;
        t++;
        if (!filler && !qualified) return false;
        continue;
      }
      const c = text.charCodeAt(i);
      if (c >= FILLER_PUNCT_SIZE || FILLER_PUNCT[c] === 0) return false;
      if (c === 58) {
        if (colon) qualified = false;
        colon = true;
      } else if (c !== 32 && c !== 9) qualified = false;
      i++;
    }
    return filler || (qualified && colon && words >= 1 && words <= 4);
  }
}
