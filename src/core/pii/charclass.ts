// Character-class bodies for regexes without the 'u' flag: V8 runs non-unicode regexes several
// times faster, and every Vietnamese letter is in the BMP. Built once from \p{...} at load.

function ranges(test: (c: number) => boolean): string {
  let out = '';
  const esc = (c: number): string => `\\u${c.toString(16).padStart(4, '0')}`;
  for (let c = 0; c < 0x2000; c++) {
    if (!test(c)) continue;
    let e = c;
    while (e + 1 < 0x2000 && test(e + 1)) e++;
    out += e === c ? esc(c) : `${esc(c)}-${esc(e)}`;
    c = e;
  }
  return out;
}

const is = (re: RegExp) => (c: number): boolean => re.test(String.fromCharCode(c));

/** Upper-case letters. */
export const LU = ranges(is(/\p{Lu}/u));
/** Lower-case letters. */
export const LL = ranges(is(/\p{Ll}/u));
/** Letters (any case) and combining marks (decomposed diacritics). */
export const L = ranges((c) => /[\p{L}\p{M}]/u.test(String.fromCharCode(c)));

// The same classes as tables, for hand-written matchers that must agree with the regexes above.
// (Numbers read on hot paths are const enums, written in place: a module-level const is a load
// and a hole check at every use in V8.)
const enum Table {
  SIZE = 0x2000,
}
const enum Code {
  END = 0xffff,
}
const LETTER_OR_MARK = new Uint8Array(Table.SIZE);
const UPPER = new Uint8Array(Table.SIZE);
const LOWER = new Uint8Array(Table.SIZE);
for (let c = 0; c < Table.SIZE; c++) {
  const ch = String.fromCharCode(c);
  if (/[\p{L}\p{M}]/u.test(ch)) LETTER_OR_MARK[c] = 1;
  if (/\p{Lu}/u.test(ch)) UPPER[c] = 1;
  if (/\p{Ll}/u.test(ch)) LOWER[c] = 1;
}

/** In class L (a letter or a combining mark below U+2000). NaN (past the end of a text) is in no class. */
export function inL(c: number): boolean {
  return c < Table.SIZE && LETTER_OR_MARK[c] === 1;
}

/** In class LU (an upper-case letter below U+2000). */
export function inLU(c: number): boolean {
  return c < Table.SIZE && UPPER[c] === 1;
}

/** In class LL (a lower-case letter below U+2000). */
export function inLL(c: number): boolean {
  return c < Table.SIZE && LOWER[c] === 1;
}

/** What codeAt() reads past either end of a text: no letter, digit, space or punctuation. */
export const END: number = Code.END;

/**
 * text.charCodeAt(i), or END outside the text. Matchers look around freely; a charCodeAt past the
 * end (NaN) makes V8 compile that read, and every read of the function, as a slow builtin call.
 */
export function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : Code.END;
}

/** A JavaScript \s character (as regexes without the 'u' flag read it). */
export function isSpace(c: number): boolean {
  if (c > 32 && c < 0xa0) return false; // (printable ASCII, what a matcher meets most: one test)
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** An ASCII digit. */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** `n` ASCII digits at text[pos]. */
export function digitsAt(text: string, pos: number, n: number): boolean {
  for (let i = pos; i < pos + n; i++) {
    const c = codeAt(text, i);
    if (!(c >= 48 && c <= 57)) return false;
  }
  return true;
}
