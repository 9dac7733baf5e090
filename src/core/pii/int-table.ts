// A fixed set of non-negative integer keys (30-bit word hashes) with an integer value each, in two
// typed arrays with linear probing: one or two array reads per look-up, and no boxed numbers, where a
// Map or a Set of numbers costs a hash-table walk per call.
export class IntTable {
  private readonly keys: Int32Array;
  private readonly values: Int32Array;
  private readonly mask: number;

  constructor(entries: Iterable<readonly [number, number]>) {
    const list = [...entries];
    let size = 16;
    while (size < list.length * 4) size *= 2;
    this.keys = new Int32Array(size).fill(-1);
    this.values = new Int32Array(size);
    this.mask = size - 1;
    for (const [key, value] of list) {
      if (key < 0 || key > 0x3fffffff) throw new Error('IntTable: keys are 30-bit non-negative integers');
      let i = this.slot(key);
      while (this.keys[i] !== -1 && this.keys[i] !== key) i = (i + 1) & this.mask;
      if (this.keys[i] === key && this.values[i] !== value) throw new Error('IntTable: a key given twice with different values');
      this.keys[i] = key;
      this.values[i] = value;
    }
  }

  private slot(key: number): number {
    return (Math.imul(key, 0x9e3779b1) >>> 16) & this.mask;
  }

  /** The value of `key`, or 0. */
  get(key: number): number {
    let i = this.slot(key);
    for (;;) {
      const k = this.keys[i]!;
      if (k === key) return this.values[i]!;
      if (k === -1) return 0;
      i = (i + 1) & this.mask;
    }
  }
}
