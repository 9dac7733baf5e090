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
