// Value normalization for the checked sources (QR, MRZ), following the catalog's
// `normalization` section, so their fields compare equal to extracted ones.

export function foldText(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** person_name: text, upper-cased (Vietnamese letters upper-case without special rules). */
export function normalizePersonName(s: string): string {
  return foldText(s).toLocaleUpperCase('vi').normalize('NFC');
}

/** ASCII upper-case form without diacritics (Đ -> D), for comparing with MRZ names. */
export function stripDiacritics(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

function isValidDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || y < 1800 || y > 2200) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

function iso(y: number, m: number, d: number): string | null {
  if (!isValidDate(y, m, d)) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** DDMMYYYY (the ID-card QR's form), dd/mm/yyyy, dd-mm-yyyy, dd.mm.yyyy or YYYY-MM-DD -> YYYY-MM-DD; null if not a real date. */
export function normalizeDate(s: string): string | null {
  const t = s.trim();
  let m = /^(\d{2})(\d{2})(\d{4})$/.exec(t);
  if (m) return iso(+m[3]!, +m[2]!, +m[1]!);
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (m) return iso(+m[3]!, +m[2]!, +m[1]!);
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  return null;
}

/** 'Nam' / 'Nữ' from the spellings cards and systems use; null otherwise. */
export function normalizeGender(s: string): 'Nam' | 'Nữ' | null {
  const t = stripDiacritics(foldText(s)).toUpperCase();
  if (t === 'NAM' || t === 'MALE' || t === 'M') return 'Nam';
  if (t === 'NU' || t === 'FEMALE' || t === 'F') return 'Nữ';
  return null;
}

/** Comparison key for labels and document names: no diacritics, lower case, single spaces, no punctuation. */
export function matchKey(s: string): string {
  return stripDiacritics(s).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}
