// Labels as a trie over the hashes of their folded words: a text's words are walked from each
// possible first word, so a label is found with one table probe per word, however many labels
// share its first words ("địa chỉ", "địa chỉ thường trú", "địa chỉ liên hệ"...).

/** Entries of the trie: what a node holds for the labels that end there. */
export interface TrieLabel<T> {
  /** Separators between the words (one fewer than the words), as small codes (0-7). */
  seps: readonly number[];
  /** The same packed by packSeps(), so a walk compares them in one step. */
  sepCode: number;
  /** The label must be followed by ':'. */
  colon: boolean;
  value: T;
}

/**
 * Separators packed 3 bits each, the first in the low bits (up to 10): a walk through a text packs
 * the gaps it crosses the same way.
 */
export function packSeps(seps: readonly number[]): number {
  if (seps.length > 10) throw new Error('LabelTrie: at most 11 words in a label');
  let code = 0;
  for (let i = 0; i < seps.length; i++) {
    if (seps[i]! < 0 || seps[i]! > 7) throw new Error('LabelTrie: separator codes are 0-7');
    code |= seps[i]! << (3 * i);
  }
  return code;
}

/** Bit index in the pair filter of LabelTrie.startWords of two words' hashes. */
export function pairFilter(a: number, b: number): number {
  return (Math.imul(a, 31) + b) & 0xffff;
}

/**
 * How freeze() packs a slot's info word and labelBits. The scanner's walk reads them with constants of
 * its own (a const enum: written in place, where an import costs a load at every use) and checks them
 * against these when it is built.
 */
export const LAYOUT = {
  /** Info: 1 when longer labels go on from the node. */
  inner: 1,
  /** Info: the count of labels ending at the node, from this bit... */
  countShift: 1,
  /** ...under this mask. */
  countMask: 7,
  /** Info: the index of the first of them in labelBits, from this bit. */
  firstShift: 4,
  /** labelBits: set when the label must be followed by ':' (sepCode below it). */
  colon: 1 << 30,
  /** startWords: the entry the pair filter starts at. */
  pairs: 2048,
} as const;

export class LabelTrie<T> {
  /**
   * Children by (parent node, word hash): open addressing, each slot [parent, hash, child, info]
   * side by side, so a probe reads one cache line (the table is cold for every new text), and that
   * line also says what a walk needs at the child (info, filled by freeze()): bit 0 is 1 when a
   * longer label goes on from it, bits 1-3 count the labels ending there, bits 4 and up index the
   * first of them in labelBits and values. Read directly by the scanner's walk (see probe()).
   */
  slots: Int32Array;
  private mask: number;
  /**
   * 16-bit filters: of the first word of one-word labels, and of the first two words of longer
   * ones (most words, even those that open a label such as "số", are rejected with an array read).
   * Bit i & 31 of entry i >>> 5: 8 KiB each, so the look-ups (two per word, cold for every new
   * text) mostly hit the L1 cache. One array, the pair filter from entry LAYOUT.pairs on (one
   * array for the scanner's label pass to load, which tests every token against both).
   */
  readonly startWords = new Int32Array(2 * LAYOUT.pairs);
  /** Labels ending at each node, in the order they should be preferred. */
  private readonly ends: TrieLabel<T>[][] = [[]];
  /** 1 for a node with children (a longer label goes on from it). */
  private readonly inner: number[] = [0];

  /**
   * The labels again, flat, made by freeze() once all are added (a walk reads typed arrays, not
   * objects): a node's labels, in the order `before` gave them, are consecutive, each with its sepCode
   * | colon << 30 in labelBits (one read tests it) and its value in values, at the same index.
   */
  labelBits: Int32Array = new Int32Array(0);
  values: T[] = [];

  constructor() {
    this.slots = new Int32Array(1024 * 4);
    for (let i = 0; i < this.slots.length; i += 4) this.slots[i] = -1;
    this.mask = 1023;
  }

  /** The root (before the first word). */
  static readonly ROOT = 0;

  private slot(parent: number, hash: number): number {
    return (Math.imul(parent ^ hash, 0x9e3779b1) >>> 12) & this.mask;
  }

  /** The child of `node` by a word's hash, or -1. */
  child(node: number, hash: number): number {
    const s = this.probe(node, hash);
    return s < 0 ? -1 : this.slots[s + 2]!;
  }

  /** Index in `slots` of the slot of `node`'s child by a word's hash (child at +2, info at +3), or -1. */
  probe(node: number, hash: number): number {
    const slots = this.slots, mask = this.mask;
    let i = this.slot(node, hash);
    for (;;) {
      const p = slots[i << 2]!;
      if (p === node && slots[(i << 2) + 1] === hash) return i << 2;
      if (p === -1) return -1;
      i = (i + 1) & mask;
    }
  }

  /** Adds a label by its word hashes; `before` orders the labels of one node (negative: a first). */
  add(hashes: readonly number[], label: TrieLabel<T>, before: (a: TrieLabel<T>, b: TrieLabel<T>) => number): void {
    let node = LabelTrie.ROOT;
    for (const h of hashes) {
      let next = this.child(node, h);
      if (next < 0) {
        next = this.ends.length;
        this.ends.push([]);
        this.inner.push(0);
        this.inner[node] = 1;
        this.insert(node, h, next);
      }
      node = next;
    }
    const bit = hashes.length === 1 ? hashes[0]! & 0xffff : pairFilter(hashes[0]!, hashes[1]!);
    this.startWords[(hashes.length === 1 ? 0 : LAYOUT.pairs) + (bit >>> 5)]! |= 1 << (bit & 31);
    const list = this.ends[node]!;
    list.push(label);
    list.sort(before);
  }

  /** Makes the flat copies (labelBits, values, the slots' info words); call it after the last add(). */
  freeze(): void {
    const first: number[] = [];
    const bits: number[] = [];
    this.values = [];
    for (const list of this.ends) {
      first.push(this.values.length);
      if (list.length > LAYOUT.countMask) throw new Error('LabelTrie: at most 7 labels end at one node');
      for (const l of list) {
        bits.push(l.sepCode | (l.colon ? LAYOUT.colon : 0));
        this.values.push(l.value);
      }
    }
    this.labelBits = Int32Array.from(bits);
    const slots = this.slots;
    for (let i = 0; i < slots.length; i += 4) {
      const node = slots[i + 2]!;
      if (slots[i] !== -1) slots[i + 3] = (this.inner[node]! * LAYOUT.inner) | (this.ends[node]!.length << LAYOUT.countShift) | (first[node]! << LAYOUT.firstShift);
    }
  }

  private insert(parent: number, hash: number, child: number): void {
    if ((this.ends.length + 1) * 2 > this.mask + 1) this.rehash();
    this.put(parent, hash, child);
  }

  private put(parent: number, hash: number, child: number): void {
    let i = this.slot(parent, hash);
    while (this.slots[i << 2] !== -1) i = (i + 1) & this.mask;
    this.slots[i << 2] = parent;
    this.slots[(i << 2) + 1] = hash;
    this.slots[(i << 2) + 2] = child;
  }

  private rehash(): void {
    const old = this.slots;
    this.mask = (this.mask + 1) * 2 - 1;
    this.slots = new Int32Array((this.mask + 1) * 4);
    for (let i = 0; i < this.slots.length; i += 4) this.slots[i] = -1;
    for (let j = 0; j < old.length; j += 4) if (old[j] !== -1) this.put(old[j]!, old[j + 1]!, old[j + 2]!);
  }
}
