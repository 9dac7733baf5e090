// Unicode hygiene shared by every reader and normalizer: Vietnamese text
// arrives precomposed (NFC) from most sources but decomposed from some PDFs and
// macOS pastes; comparing or storing mixed forms silently breaks equality.

/** NFC, non-breaking and zero-width spaces made plain, runs of white space folded, trimmed. */
export function cleanText(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g, ' ')
    .trim();
}

/** Like cleanText but keeps line breaks (each line cleaned, empty lines dropped). */
export function cleanLines(s: string): string[] {
  return s.normalize('NFC').split(/\r\n|\r|\n/).map(cleanText).filter((l) => l.length > 0);
}

const combiningMarks = /[\u0300-\u036f]/g;

/**
 * Comparison key for Vietnamese: lower case, no diacritics, đ -> d, punctuation
 * as spaces, single spaces. 'Họ, chữ đệm và tên:' -> 'ho chu dem va ten'.
 * Keeps '/' so bilingual labels ('Số/No') can be split afterwards.
 */
const foldCache = new Map<string, string>();

export function foldVietnamese(s: string): string {
  // Labels repeat across lines, pairs and the eight types: remember recent folds.
  const hit = foldCache.get(s);
  if (hit !== undefined) return hit;
  const f = foldUncached(s);
  if (foldCache.size > 20_000) foldCache.clear();
  foldCache.set(s, f);
  return f;
}

function foldUncached(s: string): string {
  return s
    .normalize('NFD')
    .replace(combiningMarks, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9/]+/g, ' ')
    .replace(/\s*\/\s*/g, '/')
    .trim();
}

/**
 * Per-character fold that keeps a 1:1 length with the NFC input, so a match in
 * the folded string maps back to the same offsets in the original.
 */
export function foldKeepLength(s: string): string {
  let out = '';
  for (const ch of s) {
    let f = ch.normalize('NFD').replace(combiningMarks, '');
    if (f === 'đ' || f === 'Đ') f = 'd';
    f = f.toLowerCase();
    // Keep exactly one UTF-16 unit per input unit.
    if (f.length !== ch.length) f = ch.length === 1 ? (f[0] ?? ' ') : f.padEnd(ch.length, ' ').slice(0, ch.length);
    out += f;
  }
  return out;
}

/** True when the string holds at least one letter and no lower-case letter. */
export function isUpperCaseText(s: string): boolean {
  return /\p{L}/u.test(s) && s === s.toLocaleUpperCase('vi') && s !== s.toLocaleLowerCase('vi');
}
