// One pass over the text: words and numbers (runs of letters and digits, with a hash of their
// folded spelling), the positions where recognizer patterns may start, and every label found by
// hashed word look-ups. Nothing here scans the text twice; buffers are typed arrays, and label
// objects, reused between calls, so a call allocates nothing once they have grown to fit.
import { LABEL_KINDS, type Label, type LabelKind, type Recognizer, type Tokens } from './types.ts';
import { FOLD_TABLE, foldText } from './fold.ts';
import { nonPersonalLabels } from './guards.ts';
import { LabelTrie, LAYOUT, packSeps, pairFilter, type TrieLabel } from './label-trie.ts';
import { codeAt } from './charclass.ts';
import { IntTable } from './int-table.ts';

// Numeric constants are const enums: esbuild writes their values in place, where a module-level
// `const` costs V8 a load and a hole check at every use (measured: +0.13 µs per scan).

/** Character classes of UTF-16 code units below U+1F00 (Latin, Vietnamese, combining marks). */
const enum K {
  OTHER = 0,
  DIGIT = 1,
  LOWER = 2,
  UPPER = 3,
  MARK = 4,
  /** Code units at and above this are OTHER. */
  SIZE = 0x1f00,
}

/**
 * Token flags (tFlags): 1 << the class of each character seen in the word (marks included), and
 * 1 << (4 + the class of its first character).
 */
const enum F {
  HAS_DIGIT = 1 << K.DIGIT,
  HAS_LOWER = 1 << K.LOWER,
  HAS_UPPER = 1 << K.UPPER,
  HAS_MARK = 1 << K.MARK,
  DIGIT_START = 1 << (4 + K.DIGIT),
  UPPER_START = 1 << (4 + K.UPPER),
  /** Classes that start a word (a mark does not), and those a word goes on with. */
  WORD_START = HAS_DIGIT | HAS_LOWER | HAS_UPPER,
  IN_WORD = WORD_START | HAS_MARK,
}

/** Token flags for recognizers (Tokens.tFlags): the token has a digit; it starts with a capital. */
export const TOKEN_HAS_DIGIT: number = F.HAS_DIGIT;
export const TOKEN_UPPER_START: number = F.UPPER_START;
/** Token flag: the token starts with a digit (a number). */
export const TOKEN_DIGIT_START: number = F.DIGIT_START;
/** Token flag: the token has a lower-case letter. */
export const TOKEN_HAS_LOWER: number = F.HAS_LOWER;

/**
 * TOKEN_TABLE entries: the folded code unit in the low bits (every fold is below U+1F00), then
 * from SHIFT up 1 << the character's class (0 for a character that ends a word), or SPECIAL.
 */
const enum T {
  SHIFT = 13,
  FOLD = (1 << SHIFT) - 1,
  /** '+', '(' and '@', where 'sign' and 'email' patterns start (no class bit: they end a word). */
  SPECIAL = 1 << 5,
  /** '\n', ';' and '|', which end an address's value (see breakFrom). */
  BREAK = 1 << 6,
}

const CLASS = new Uint8Array(K.SIZE);
for (let c = 0; c < K.SIZE; c++) {
  const ch = String.fromCharCode(c);
  if (c >= 48 && c <= 57) CLASS[c] = K.DIGIT;
  else if (c >= 0x300 && c <= 0x36f) CLASS[c] = K.MARK;
  else if (/\p{Lu}/u.test(ch)) CLASS[c] = K.UPPER;
  else if (/\p{L}/u.test(ch)) CLASS[c] = K.LOWER;
}
/** The tokenizer's table, one read per character, for any code unit (no range check). */
const TOKEN_TABLE = new Uint32Array(65536);
for (let c = 0; c < K.SIZE; c++) {
  const k = CLASS[c]!;
  TOKEN_TABLE[c] = k === K.OTHER ? 0 : ((1 << k) << T.SHIFT) | FOLD_TABLE[c]!;
}
for (const c of '+(@') TOKEN_TABLE[c.charCodeAt(0)] = T.SPECIAL << T.SHIFT;
for (const c of '\n;|') TOKEN_TABLE[c.charCodeAt(0)] = T.BREAK << T.SHIFT;
/** 1 for the separators a number runs on across into the next one (see tDigits). */
const NUMBER_JOIN = new Uint8Array(65536);
for (const c of ' .-') NUMBER_JOIN[c.charCodeAt(0)] = 1;

/** True for a lower-case letter (Latin and Vietnamese). */
export function isLowerCode(c: number): boolean {
  return c < K.SIZE && CLASS[c] === K.LOWER;
}

/** True for an upper-case letter (Latin and Vietnamese). */
export function isUpperCode(c: number): boolean {
  return c < K.SIZE && CLASS[c] === K.UPPER;
}

/** True for a letter or a combining mark (Latin and Vietnamese). */
export function isLetterCode(c: number): boolean {
  if (c >= K.SIZE) return false;
  const k = CLASS[c]!;
  return k === K.LOWER || k === K.UPPER || k === K.MARK;
}

const enum H {
  /** FNV-1a, 32 bits (the offset basis as a signed integer). */
  OFFSET = -2128831035,
  PRIME = 16777619,
  /** Hashes are cut to 30 bits so they stay small integers (no boxed numbers in Set and Map look-ups). */
  MASK = 0x3fffffff,
}

/** Hash of a folded word, as the scanner computes it for the words of a text. */
export function wordHash(folded: string): number {
  let h = H.OFFSET;
  for (let i = 0; i < folded.length; i++) h = Math.imul(h ^ folded.charCodeAt(i), H.PRIME);
  return h & H.MASK;
}

/** wordHash of foldText(text.slice(from, to)), without slicing or folding a copy. */
export function foldedHash(text: string, from: number, to: number): number {
  let h = H.OFFSET;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    h = Math.imul(h ^ (c < K.SIZE ? FOLD_TABLE[c]! : c), H.PRIME);
  }
  return h & H.MASK;
}

/** Separators between the words of a label. */
const enum Sep {
  NONE = 0,
  SPACE = 1,
  COMMA = 2,
  SLASH = 3,
  DASH = 4,
}

/** LabelTrie's slot info word and labelBits, as it lays them out (LAYOUT; checked by the constructor). */
const enum Info {
  INNER = 1,
  COUNT = 1,
  COUNT_MASK = 7,
  FIRST = 4,
  SEPS = (1 << 30) - 1,
  COLON = 1 << 30,
  /** startWords: where the pair filter starts. */
  PAIRS = 2048,
}

/** Scanner.labelMeta: a label's kind index (LABEL_KINDS) in the low bits, plus WEAK. */
const enum Meta {
  KIND = 31,
  WEAK = 32,
}

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
    return t === '' ? Sep.SPACE : t === ',' ? Sep.COMMA : t === '/' ? Sep.SLASH : t === '-' ? Sep.DASH : Sep.NONE;
  });
  return { words, hashes: words.map(wordHash), seps, colon, kind, weak };
}

// Words and punctuation that may stand between a label and its value ("Số CCCD của ông là: ...").
const FILLER_WORDS = new IntTable(
  [...new Set(('so la cua moi cu hien tai nay vao the ca nhan cong dan nguoi ong ba anh chi chau em ho no full name cap da ky ghi ' +
    'ro dong dau dd mm yyyy ngay thang nam').split(' ').map(wordHash))].map((h) => [h, 1] as const),
);
const enum Filler {
  /** FILLER_PUNCT covers the code units below this one. */
  PUNCT_SIZE = 0x2020,
}
const FILLER_PUNCT = new Uint8Array(Filler.PUNCT_SIZE);
for (const c of ' \t\n\r\u00a0:;,.=()-–—/#*_"\'“”|') FILLER_PUNCT[c.charCodeAt(0)] = 1;

/** tDigits counts up to this many digits: no pattern needs more, and a long run costs no more than a short one. */
const enum Digits {
  CAP = 32,
}

/** `to` with `from` copied into its start (buffers double when a text has more tokens than they hold). */
function grown<T extends Int32Array | Uint8Array>(to: T, from: T): T {
  to.set(from);
  return to;
}

/** Index of the first of the sorted a[0..n) that is at least `pos` (n when none is). */
function firstAtOrAfter(a: Int32Array, n: number, pos: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Token and trigger buffers, reused by every call. */
export class Scanner implements Tokens {
  text = '';
  /** Token count; tokens are runs of letters, digits and combining marks. */
  n = 0;
  tStart: Int32Array = new Int32Array(256);
  tEnd: Int32Array = new Int32Array(256);
  /** Hash of the folded word (wordHash); -1 for a token that starts with a digit (no word or label does). */
  tHash: Int32Array = new Int32Array(256);
  tFlags: Uint8Array = new Uint8Array(256);
  /** For number tokens: digits reachable through single ' ', '.', '-' separators, up to Digits.CAP. */
  tDigits: Int32Array = new Int32Array(256);
  /** For number tokens: the length of the leading run of digits, up to 31 (31 = 31 or more). */
  tRun: Uint8Array = new Uint8Array(256);
  /** Token indices where 'number', 'code', 'caps' and 'angle' patterns may start (counts below). */
  numbers: Int32Array = new Int32Array(256);
  codes: Int32Array = new Int32Array(256);
  /** Capitalized words that pass the capsStart filter: where 'caps' patterns may start. */
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
  /**
   * Labels found (the first labelCount), and the strong ones among them (the first strongCount).
   * The objects are reused by the next scan: read them before it, never keep them.
   */
  labels: Label[] = [];
  strong: Label[] = [];
  labelCount = 0;
  strongCount = 0;
  /**
   * Positions of '+', '(', '@', '\n', ';' and '|' (T.SPECIAL, T.BREAK), for the 'sign' and 'email'
   * triggers worked out after the loop; after it, the first breakCount hold the breaks (see breakFrom).
   */
  private specials: Int32Array = new Int32Array(256);
  private breakCount = 0;

  /** Every label, by its words. */
  private readonly trie = new LabelTrie<LabelEntry>();
  /**
   * What a walk needs of each of the trie's labels (same index as LabelTrie.values): the index of
   * its kind in LABEL_KINDS, + Meta.WEAK for a weak one. A typed array: the label objects are spread
   * over the heap, one more cold read per label found.
   */
  private readonly labelMeta: Int32Array;
  /**
   * A 16-bit filter of the folded hashes of the words 'caps' patterns start at (Recognizer.startWords),
   * bit i & 31 of entry i >>> 5 (8 KiB): most capitalized words are no start word, and are left out of `caps`.
   */
  private readonly capsStart = new Int32Array(2048);
  /** LABEL_KINDS, held by the scanner (no module binding to load in the walk). */
  private readonly kinds: readonly LabelKind[] = LABEL_KINDS.slice();

  constructor(recognizers: readonly Recognizer[]) {
    const seen = new Set<string>();
    // At one node: a label that needs a ':' before one that does not, a strong one before a weak one.
    const before = (a: TrieLabel<LabelEntry>, b: TrieLabel<LabelEntry>): number =>
      Number(b.colon) - Number(a.colon) || Number(a.value.weak) - Number(b.value.weak);
    const add = (label: string, kind: LabelKind, weak: boolean): void => {
      const e = parseLabel(label, kind, weak);
      const key = `${e.words.join(' ')}|${e.seps.join('')}|${e.colon}`;
      if (e.words.length === 0 || e.seps.includes(Sep.NONE) || seen.has(key)) return;
      seen.add(key);
      this.trie.add(e.hashes, { seps: e.seps, sepCode: packSeps(e.seps), colon: e.colon, value: e }, before);
    };
    for (const l of nonPersonalLabels) add(l, 'none', false);
    for (const r of recognizers) for (const l of r.context) add(l, r.type, false);
    for (const r of recognizers) for (const l of r.weakContext ?? []) add(l, r.type, true);
    this.trie.freeze();
    for (const r of recognizers) {
      if (!r.patterns.some((p) => p.at === 'caps')) continue;
      for (const w of r.startWords ?? []) {
        const h = wordHash(foldText(w));
        this.capsStart[(h >>> 5) & 2047]! |= 1 << (h & 31);
      }
    }
    if (Info.INNER !== LAYOUT.inner || Info.COUNT !== LAYOUT.countShift || Info.COUNT_MASK !== LAYOUT.countMask ||
      Info.FIRST !== LAYOUT.firstShift || Info.COLON !== LAYOUT.colon || Info.SEPS !== LAYOUT.colon - 1 || Info.PAIRS !== LAYOUT.pairs) {
      throw new Error('Scanner: Info does not match LabelTrie.LAYOUT');
    }
    if (LABEL_KINDS.length > Meta.KIND) throw new Error('Scanner: too many label kinds for labelMeta');
    this.labelMeta = Int32Array.from(this.trie.values, (e) => LABEL_KINDS.indexOf(e.kind) + (e.weak ? Meta.WEAK : 0));
  }

  private grow(): void {
    const size = this.tStart.length * 2;
    const g32 = (a: Int32Array): Int32Array => grown(new Int32Array(size), a);
    this.tStart = g32(this.tStart);
    this.tEnd = g32(this.tEnd);
    this.tHash = g32(this.tHash);
    this.tDigits = g32(this.tDigits);
    this.numbers = g32(this.numbers);
    this.codes = g32(this.codes);
    this.caps = g32(this.caps);
    this.angles = g32(this.angles);
    this.specials = g32(this.specials);
    const g8 = (a: Uint8Array): Uint8Array => grown(new Uint8Array(size), a);
    this.tFlags = g8(this.tFlags);
    this.tRun = g8(this.tRun);
  }

  scan(text: string): void {
    this.text = text;
    if (this.signs.length > 0) this.signs.length = 0;
    if (this.emails.length > 0) this.emails.length = 0;
    let nNumbers = 0, nCaps = 0, nCodes = 0, nAngles = 0;
    let seen = 0;
    let n = 0;
    const len = text.length;
    // Module-level bindings read in a loop are a load and a check each time: locals are registers.
    const table = TOKEN_TABLE, numberJoin = NUMBER_JOIN, capsStart = this.capsStart;
    let tStart = this.tStart, tEnd = this.tEnd, tHash = this.tHash, tFlags = this.tFlags, tDigits = this.tDigits, tRun = this.tRun;
    let numbers = this.numbers, caps = this.caps, codes = this.codes, angles = this.angles;
    let specials = this.specials, nSpecials = 0;
    // The run of numbers the last one belongs to: its first token, and the end of its last one when
    // that is digits only (else -2).
    let runStart = 0, runEnd = -2;
    let i = 0;
    for (;;) {
      // A chunk of text with room for a token or a trigger at each of its characters, so the loop
      // over it has no call in it (V8 keeps the buffers' addresses in registers across it).
      let room = Math.min(tStart.length - n, specials.length - nSpecials);
      if (room < 64) {
        this.grow(); // buffers grow with the words of the longest text seen, not with its length
        tStart = this.tStart; tEnd = this.tEnd; tHash = this.tHash; tFlags = this.tFlags; tDigits = this.tDigits; tRun = this.tRun;
        numbers = this.numbers; caps = this.caps; codes = this.codes; angles = this.angles;
        specials = this.specials;
        room = Math.min(tStart.length - n, specials.length - nSpecials);
      }
      room--; // a token slot to spare for findLabels' end mark (tHash[n])
      const stop = len - i < room ? len : i + room;
      while (i < stop) {
        const c = text.charCodeAt(i);
        const e = table[c]!;
        const k0 = e >>> T.SHIFT; // the class bit of the first character
        if ((k0 & F.WORD_START) === 0) {
          if (k0 >= T.SPECIAL) specials[nSpecials++] = i; // T.SPECIAL or T.BREAK (not a stray mark)
          i++;
          continue;
        }
        const start = i;
        let flags = k0;
        if (k0 === F.HAS_DIGIT) {
          // A number: its leading digits, then any letters glued to it. No hash: no word or label
          // starts with a digit, so nothing looks a number up by its spelling.
          let ch = -1; // the character after the number, in the end
          for (i++; i < len; i++) {
            ch = text.charCodeAt(i);
            if (ch < 48 || ch > 57) break;
          }
          const digits = i - start;
          for (; i < len; i++) {
            ch = text.charCodeAt(i);
            const f = (table[ch]! >>> T.SHIFT) & F.IN_WORD;
            if (f === 0) break;
            flags |= f;
          }
          tStart[n] = start;
          tEnd[n] = i;
          tHash[n] = -1;
          tFlags[n] = flags | F.DIGIT_START;
          tDigits[n] = digits < Digits.CAP ? digits : Digits.CAP;
          tRun[n] = digits < 31 ? digits : 31;
          numbers[nNumbers++] = n;
          // Digits reachable through single ' ', '.', '-' (see tDigits): a number of digits only
          // runs on into this one; its digits count for every number of the run so far.
          if (start === runEnd + 1 && numberJoin[text.charCodeAt(start - 1)] === 1) {
            for (let t = runStart; t < n; t++) {
              const d = tDigits[t]! + digits;
              tDigits[t] = d < Digits.CAP ? d : Digits.CAP;
            }
            // Counts only fall along a run, and one at the cap stays there: the run's capped numbers
            // are left behind (a long run of short numbers would otherwise cost its length squared).
            while (runStart < n && tDigits[runStart] === Digits.CAP) runStart++;
          } else runStart = n;
          runEnd = flags === F.HAS_DIGIT ? i : -2;
          if (i < len && ch === 32) i++; // the usual space after it: no need to read it again
        } else {
          let h = Math.imul(H.OFFSET ^ (e & T.FOLD), H.PRIME);
          let ch = -1;
          for (i++; i < len; i++) {
            ch = text.charCodeAt(i);
            const f = table[ch]!;
            const k = (f >>> T.SHIFT) & F.IN_WORD;
            if (k === 0) break;
            flags |= k;
            if (k === F.HAS_MARK) continue; // decomposed diacritics stay inside the word, unhashed
            h = Math.imul(h ^ (f & T.FOLD), H.PRIME);
          }
          h &= H.MASK;
          tStart[n] = start;
          tEnd[n] = i;
          tHash[n] = h;
          tFlags[n] = flags | (k0 << 4);
          // Written unconditionally and counted when they hold (no branch for the CPU to mispredict).
          // A capitalized word (k0 >>> K.UPPER: 1 for F.HAS_UPPER, 0 for F.HAS_LOWER) that may open a 'caps' pattern.
          caps[nCaps] = n;
          nCaps += (k0 >>> K.UPPER) & (capsStart[(h >>> 5) & 2047]! >>> h);
          if (i < len) {
            // ch: the character after the word
            if (flags & F.HAS_DIGIT) codes[nCodes++] = n;
            else if (i + 1 < len) {
              // "DN 4 79 ...": the rarest condition first, so the branches are easy to predict.
              const d = text.charCodeAt(i + 1);
              if (d >= 48 && d <= 57 && ch === 32 && i - start <= 2) codes[nCodes++] = n;
            }
            if (ch === 60 /* < */) angles[nAngles++] = n;
            else if (ch === 32) i++; // the usual space after it: no need to read it again
          } else if (flags & F.HAS_DIGIT) codes[nCodes++] = n;
        }
        seen |= flags;
        n++;
      }
      if (i >= len) break;
    }
    this.n = n;
    // The breaks are kept in order at the start of `specials` (at or before where they were read).
    let nBreaks = 0;
    for (let q = 0; q < nSpecials; q++) {
      const p = specials[q]!;
      const c = text.charCodeAt(p);
      if (c === 10 || c === 59 || c === 124) specials[nBreaks++] = p;
      else this.special(text, p);
    }
    this.breakCount = nBreaks;
    this.numberCount = nNumbers;
    this.capsCount = nCaps;
    this.codeCount = nCodes;
    this.angleCount = nAngles;
    this.hasUpper = (seen & F.HAS_UPPER) !== 0;
    this.findLabels();
  }

  /** A '+' or '(' before a digit (phone numbers), or an '@' after an e-mail's local part. */
  private special(text: string, i: number): void {
    if (text.charCodeAt(i) === 64 /* @ */) {
      let s = i;
      while (s > 0) {
        const p = text.charCodeAt(s - 1);
        if (!((p >= 48 && p <= 57) || (p >= 65 && p <= 90) || (p >= 97 && p <= 122) || p === 46 || p === 95 || p === 37 || p === 43 || p === 45)) break;
        s--;
      }
      if (s < i) this.emails.push(s);
    } else {
      const d = codeAt(text, i + 1);
      if ((d >= 48 && d <= 57) || d === 43 || d === 32) this.signs.push(i);
    }
  }

  /** Sep.SPACE, Sep.COMMA, Sep.SLASH or Sep.DASH for what stands between two words, else Sep.NONE. */
  private gapKind(from: number, to: number): number {
    const text = this.text;
    if (to === from + 1 && text.charCodeAt(from) === 32) return Sep.SPACE; // nearly every gap
    if (from >= to) return Sep.NONE;
    let punct = 0;
    let kind = Sep.SPACE;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0) continue;
      if (++punct > 1) return Sep.NONE;
      kind = c === 44 ? Sep.COMMA : c === 47 ? Sep.SLASH : c === 45 ? Sep.DASH : Sep.NONE;
      if (kind === Sep.NONE) return Sep.NONE;
    }
    return kind;
  }

  /** Position after a ':' that follows `pos` (spaces allowed), or -1. */
  private colonAfter(pos: number): number {
    const text = this.text;
    let p = pos;
    let c = codeAt(text, p);
    while (c === 32 || c === 9) c = codeAt(text, ++p);
    return c === 58 ? p + 1 : -1;
  }

  /**
   * Labels, left to right: at each token where one may start (a word that begins some label),
   * the longest label, walked through the trie one probe per word (words compared by their 30-bit
   * hashes: two different words agreeing on one at the very place a label needs it is not a
   * practical concern).
   */
  private findLabels(): void {
    // The arrays keep their length between calls (setting it is a slow runtime call), and their
    // objects: each call rewrites the first ones in place. Counts say how many are this text's.
    const labels = this.labels;
    const strong = this.strong;
    let nLabels = 0;
    let nStrong = 0;
    const trie = this.trie;
    const slots = trie.slots, labelBits = trie.labelBits, meta = this.labelMeta, kinds = this.kinds;
    const tHash = this.tHash, tStart = this.tStart, tEnd = this.tEnd;
    const n = this.n;
    const text = this.text;
    // Tokens where no label may start are passed over with LabelTrie.startWords' bit filters of the
    // word and of it with the next (most words, even those that open a label such as "số", with two
    // array reads). Done here, not in the tokenizer's loop, where it cost as much and took registers
    // from it. A number's hash (-1) only ever makes a needless walk, which finds nothing.
    const startWords = trie.startWords;
    tHash[n] = -1; // (the tokenizer leaves room for it) no word after the last one
    // Each hash is read once: the next token's, for the pair filter, is this token's at the next step.
    let hNext = tHash[0]!;
    for (let t = 0; t < n; t++) {
      const h = hNext;
      hNext = tHash[t + 1]!;
      const pair = pairFilter(h, hNext);
      if ((((startWords[(h >>> 5) & 2047]! >>> h) | (startWords[Info.PAIRS + (pair >>> 5)]! >>> pair)) & 1) === 0) continue;
      let s = trie.probe(LabelTrie.ROOT, h);
      if (s < 0) continue;
      let best = -1; // index of the label found in labelBits
      let bestEnd = 0, bestNext = 0; // where it ends (after its ':' if it needs one), the token after it
      let next = t + 1;
      let gaps = 0; // the separators crossed, packed like TrieLabel.sepCode
      for (let shift = 0; ; shift += 3) {
        // The slot's info word (see LabelTrie.slots): the labels ending at the node, and whether
        // longer ones go on from it.
        const info = slots[s + 3]!;
        for (let j = info >>> Info.FIRST, end = j + ((info >>> Info.COUNT) & Info.COUNT_MASK); j < end; j++) {
          const bits = labelBits[j]!;
          if ((bits & Info.SEPS) !== gaps) continue;
          const e = tEnd[next - 1]!;
          const at = bits < Info.COLON ? e : this.colonAfter(e);
          if (at >= 0) {
            best = j;
            bestEnd = at;
            bestNext = next;
            break;
          }
        }
        if ((info & Info.INNER) === 0 || next >= n) break;
        const gapFrom = tEnd[next - 1]!, gapTo = tStart[next]!;
        // Nearly every gap is one space.
        const gap = gapTo === gapFrom + 1 && text.charCodeAt(gapFrom) === 32 ? Sep.SPACE : this.gapKind(gapFrom, gapTo);
        if (gap === Sep.NONE) break;
        s = trie.probe(slots[s + 2]!, tHash[next]!);
        if (s < 0) break;
        gaps |= gap << shift;
        next++;
      }
      if (best < 0) continue;
      const m = meta[best]!;
      const kind = m & Meta.KIND, weak = m >= Meta.WEAK;
      let label: Label;
      if (nLabels < labels.length) {
        label = labels[nLabels]!;
        label.start = tStart[t]!;
        label.end = bestEnd;
        label.kind = kinds[kind]!;
        label.weak = weak;
        label.kindBit = 1 << kind;
      } else {
        label = { start: tStart[t]!, end: bestEnd, kind: kinds[kind]!, weak, kindBit: 1 << kind };
        labels.push(label);
      }
      nLabels++;
      if (!weak) {
        if (nStrong < strong.length) strong[nStrong] = label;
        else strong.push(label);
        nStrong++;
      }
      t = bestNext - 1; // the next label starts after this one
      hNext = tHash[bestNext]!;
    }
    this.labelCount = nLabels;
    this.strongCount = nStrong;
  }

  /**
   * True when token `t + 1` is capitalized and follows token `t` after one space or tab: where a
   * run of capitalized words can go on (see Pattern.capsNext).
   */
  capitalFollows(t: number): boolean {
    if (t + 1 >= this.n) return false;
    const e = this.tEnd[t]!;
    if (this.tStart[t + 1] !== e + 1 || (this.tFlags[t + 1]! & F.UPPER_START) === 0) return false;
    const c = this.text.charCodeAt(e);
    return c === 32 || c === 9;
  }

  /**
   * The first '\n', ';' or '|' at or after `pos`, or the text's length: where an address's value
   * stops at the latest (recorded by the tokenizer, so the address matcher searches nothing).
   */
  breakFrom(pos: number): number {
    const i = firstAtOrAfter(this.specials, this.breakCount, pos);
    return i < this.breakCount ? this.specials[i]! : this.text.length;
  }

  /** Index of the first token starting at or after `pos`. */
  tokenAt(pos: number): number {
    return firstAtOrAfter(this.tStart, this.n, pos);
  }

  /**
   * True when [from, to) holds only filler — punctuation and words such as "số", "của", "là" — or
   * a short qualifier ending in ':' ("Mã số thuế hộ kinh doanh: ..."), and is at most `maxLen` long.
   */
  fillerGap(from: number, to: number, maxLen: number): boolean {
    if (to - from > maxLen) return false;
    if (to <= from) return true;
    const text = this.text;
    // The token at the first character that is no punctuation, looked up only then: most gaps
    // (": ", " - ") have none.
    let t = -1;
    let filler = true;
    // The qualifier form: letter-only words and spaces, one ':', then spaces.
    let qualified = true;
    let words = 0;
    let colon = false;
    for (let i = from; i < to; ) {
      const c = text.charCodeAt(i);
      if (c < Filler.PUNCT_SIZE && FILLER_PUNCT[c] === 1) {
        if (c === 58) {
          if (colon) qualified = false;
          colon = true;
        } else if (c !== 32 && c !== 9) qualified = false;
        i++;
        continue;
      }
      if (t < 0) t = this.tokenAt(i);
      if (t >= this.n || this.tStart[t] !== i) return false;
      const f = this.tFlags[t]!;
      if (f & F.DIGIT_START || FILLER_WORDS.get(this.tHash[t]!) === 0) filler = false;
      if (f & F.HAS_DIGIT || colon) qualified = false;
      words++;
      i = this.tEnd[t]!;
      t++;
      if (!filler && !qualified) return false;
    }
    return filler || (qualified && colon && words >= 1 && words <= 4);
  }
}
