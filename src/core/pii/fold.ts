// Same-length folding: lower case, Vietnamese diacritics removed, đ -> d.
// Labels are matched on the folded text so "NGÀY SINH", "Ngày sinh" and
// "ngay sinh" are one label, and indices stay those of the original text.

/** (A const enum: written in place, where a module-level const is a load and a check per use in V8.) */
const enum Table {
  SIZE = 0x1f00,
}
/** Folded code unit of every code unit below U+1F00 (others fold to themselves). */
export const FOLD_TABLE = new Uint16Array(Table.SIZE);
const table = FOLD_TABLE;

for (let c = 0; c < Table.SIZE; c++) {
  let mapped = c;
  if (c >= 0x41 && c <= 0x5a) mapped = c + 32;
  else if (c >= 0xc0) {
    const base = String.fromCharCode(c).normalize('NFD').charCodeAt(0);
    if (base < 0x80) mapped = base >= 0x41 && base <= 0x5a ? base + 32 : base;
  }
  table[c] = mapped;
}
table[0x0110] = 0x64; // Đ
table[0x0111] = 0x64; // đ

/** Lower-case of every code unit below U+1F00 whose lower case is one code unit (others map to themselves). */
export const LOWER_TABLE = new Uint16Array(Table.SIZE);
for (let c = 0; c < Table.SIZE; c++) {
  const l = String.fromCharCode(c).toLowerCase();
  LOWER_TABLE[c] = l.length === 1 ? l.charCodeAt(0) : c;
}

let buffer = new Uint16Array(1024);
const CHUNK = 8192;

/** Folds a whole text; the result has the same length, index for index. */
export function foldText(text: string): string {
  const n = text.length;
  if (buffer.length < n) buffer = new Uint16Array(Math.max(n, buffer.length * 2));
  const fold = table;
  let changed = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const f = c < Table.SIZE ? fold[c]! : c;
    if (f !== c) changed = true;
    buffer[i] = f;
  }
  if (!changed) return text;
  let out = '';
  for (let i = 0; i < n; i += CHUNK) {
    out += String.fromCharCode.apply(null, buffer.subarray(i, Math.min(n, i + CHUNK)) as unknown as number[]);
  }
  return out;
}
