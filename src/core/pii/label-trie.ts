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

/** Index in LabelTrie.pairBits of two words' hashes. */
export function pairFilter(a: number, b: number): number {
  return (Math.imul(a, 31) + b) & 0xffff;
}

export class LabelTrie<T> {
  /** Children by (parent node, word hash): open addressing over three parallel arrays. */
  private parentOf: Int32Array;
  private hashOf: Int32Array;
  private childOf: Int32Array;
  private mask: number;
  /**
   * 16-bit filters: of the first word of one-word labels, and of the first two words of longer
   * ones (most words, even those that open a label such as "số", are rejected with an array read).
   * Read directly by the scanner's tokenizer, which applies mayStart() as it goes.
   */
  readonly singleBits = new Uint8Array(65536);
  readonly pairBits = new Uint8Array(65536);
  /** Labels ending at each node, in the order they should be preferred. */
  private readonly ends: TrieLabel<T>[][] = [[]];
  /** 1 for a node with children (a longer label goes on from it). */
  private readonly inner: number[] = [0];

  constructor() {
    this.parentOf = new Int32Array(1024).fill(-1);
    this.hashOf = new Int32Array(1024);
    this.childOf = new Int32Array(1024);
    this.mask = 1023;
  }

  /** The root (before the first word). */
  static readonly ROOT = 0;

  private slot(parent: number, hash: number): number {
    return (Math.imul(parent ^ hash, 0x9e3779b1) >>> 12) & this.mask;
  }

  /** The child of `node` by a word's hash, or -1. */
  child(node: number, hash: number): number {
    let i = this.slot(node, hash);
    for (;;) {
      const p = this.parentOf[i]!;
      if (p === -1) return -1;
      if (p === node && this.hashOf[i] === hash) return this.childOf[i]!;
      i = (i + 1) & this.mask;
    }
  }

  /** Quick test that a label may start at a word (hash `first`), followed by a word (hash `second`, or -1). */
  mayStart(first: number, second: number): boolean {
    return this.singleBits[first & 0xffff] === 1 || (second >= 0 && this.pairBits[pairFilter(first, second)] === 1);
  }

  /** True when some label goes on past `node` (else a walk can stop there). */
  hasChildren(node: number): boolean {
    return this.inner[node] === 1;
  }

  /** Labels ending at `node`. */
  labelsAt(node: number): readonly TrieLabel<T>[] {
    return this.ends[node]!;
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
    if (hashes.length === 1) this.singleBits[hashes[0]! & 0xffff] = 1;
    else this.pairBits[pairFilter(hashes[0]!, hashes[1]!)] = 1;
    const list = this.ends[node]!;
    list.push(label);
    list.sort(before);
  }

  private insert(parent: number, hash: number, child: number): void {
    if ((this.ends.length + 1) * 2 > this.mask + 1) this.rehash();
    let i = this.slot(parent, hash);
    while (this.parentOf[i] !== -1) i = (i + 1) & this.mask;
    this.parentOf[i] = parent;
    this.hashOf[i] = hash;
    this.childOf[i] = child;
  }

  private rehash(): void {
    const { parentOf, hashOf, childOf } = this;
    const size = (this.mask + 1) * 2;
    this.parentOf = new Int32Array(size).fill(-1);
    this.hashOf = new Int32Array(size);
    this.childOf = new Int32Array(size);
    this.mask = size - 1;
    for (let j = 0; j < parentOf.length; j++) {
      if (parentOf[j] === -1) continue;
      let i = this.slot(parentOf[j]!, hashOf[j]!);
      while (this.parentOf[i] !== -1) i = (i + 1) & this.mask;
      this.parentOf[i] = parentOf[j]!;
      this.hashOf[i] = hashOf[j]!;
      this.childOf[i] = childOf[j]!;
    }
  }
}
