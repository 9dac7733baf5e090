// Masking operators: full mask, partial mask (a few characters kept), and
// pseudonyms consistent within one document ([CCCD_1] for every spelling of the
// same number). A partial mask never shows more than half of a value.
import type { PiiType } from './types.ts';

export type PartialUnit = 'value' | 'word' | 'part' | 'year';

export type OperatorSpec =
  | { op: 'keep' }
  | { op: 'full' }
  /**
   * keepStart/keepEnd count letters and digits of the whole value ('value'), of each word ('word'),
   * or comma-separated parts ('part'); 'year' keeps only a 4-digit year.
   */
  | { op: 'partial'; keepStart: number; keepEnd: number; per: PartialUnit }
  | { op: 'pseudonym' };

const ALNUM = /[\p{L}\p{N}]/u;
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/;

/** Every letter and digit becomes `maskChar`; spaces and punctuation stay, so the layout stays. */
export function fullMask(value: string, maskChar = '*'): string {
  let out = '';
  for (const ch of value) out += ALNUM.test(ch) ? maskChar : ch;
  return out;
}

/** Keeps the first `keepStart` and last `keepEnd` letters/digits, capped so at least half stay hidden. */
function keepEnds(value: string, keepStart: number, keepEnd: number, maskChar: string): string {
  const chars = [...value];
  let n = 0;
  for (const ch of chars) if (ALNUM.test(ch)) n++;
  const allowed = Math.floor(n / 2);
  const ks = Math.min(keepStart, allowed);
  const ke = Math.min(keepEnd, allowed - ks);
  let i = 0;
  let out = '';
  for (const ch of chars) {
    if (!ALNUM.test(ch)) {
      out += ch;
      continue;
    }
    out += i < ks || i >= n - ke ? ch : maskChar;
    i++;
  }
  return out;
}

export function partialMask(
  value: string,
  spec: { keepStart: number; keepEnd: number; per: PartialUnit },
  maskChar = '*',
): string {
  switch (spec.per) {
    case 'value':
      return keepEnds(value, spec.keepStart, spec.keepEnd, maskChar);
    case 'word':
      return value.replace(/\S+/g, (w) => keepEnds(w, spec.keepStart, spec.keepEnd, maskChar));
    case 'part': {
      const parts = value.split(',');
      const allowed = Math.floor(parts.length / 2);
      const ks = Math.min(spec.keepStart, allowed);
      const ke = Math.min(spec.keepEnd, allowed - ks);
      return parts.map((p, i) => (i < ks || i >= parts.length - ke ? p : fullMask(p, maskChar))).join(',');
    }
    case 'year': {
      const m = YEAR.exec(value);
      if (!m) return fullMask(value, maskChar);
      return fullMask(value.slice(0, m.index), maskChar) + m[0] + fullMask(value.slice(m.index + 4), maskChar);
    }
  }
}

/** Pseudonym tags, in Vietnamese abbreviations officials know. */
export const PSEUDONYM_TAGS: Readonly<Record<PiiType, string>> = {
  national_id: 'CCCD',
  passport: 'HO_CHIEU',
  phone: 'SDT',
  email: 'EMAIL',
  tax_code: 'MST',
  social_insurance: 'BHXH',
  health_insurance: 'BHYT',
  bank_account: 'STK',
  date_of_birth: 'NGAY_SINH',
  person_name: 'HO_TEN',
  address: 'DIA_CHI',
  license_plate: 'BIEN_SO',
};

/** ASCII letters and digits of a value, upper-cased (or its digits only); built from runs, not character by character. */
function alnum(value: string, digitsOnly: boolean): string {
  const keep = (c: number): boolean => (c >= 48 && c <= 57) || (!digitsOnly && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)));
  let out = '';
  let i = 0;
  while (i < value.length) {
    if (!keep(value.charCodeAt(i))) {
      i++;
      continue;
    }
    const s = i;
    while (i < value.length && keep(value.charCodeAt(i))) i++;
    out += digitsOnly ? value.slice(s, i) : value.slice(s, i).toUpperCase();
  }
  return out;
}

/** Lower case with runs of spaces, commas and dots folded to one space. */
function words(value: string): string {
  const lower = value.toLowerCase();
  const gap = (c: number): boolean => c === 32 || c === 44 || c === 46 || c === 9 || c === 10;
  let out = '';
  let i = 0;
  while (i < lower.length) {
    if (gap(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    const s = i;
    while (i < lower.length && !gap(lower.charCodeAt(i))) i++;
    out += out.length > 0 ? ` ${lower.slice(s, i)}` : lower.slice(s, i);
  }
  return out;
}

/** The identity of a value for pseudonyms: the same number or name however it is spelled. */
export function pseudonymKey(type: PiiType, value: string): string {
  switch (type) {
    case 'phone': {
      const d = alnum(value, true);
      if (d.startsWith('0084')) return d.slice(4);
      if (d.startsWith('84') && d.length >= 11) return d.slice(2);
      return d.startsWith('0') ? d.slice(1) : d;
    }
    case 'national_id':
    case 'tax_code':
    case 'social_insurance':
    case 'bank_account':
      return alnum(value, true);
    case 'health_insurance':
    case 'passport':
    case 'license_plate':
      return alnum(value, false);
    case 'date_of_birth':
      return (value.match(/\d+/g) ?? []).map((p) => p.padStart(2, '0')).join('-');
    default:
      return words(value);
  }
}

const TYPE_INDEX = new Map<PiiType, number>(Object.keys(PSEUDONYM_TAGS).map((t, i) => [t as PiiType, i]));
const TYPE_COUNT = TYPE_INDEX.size;
const PII_TYPE_OF = [...TYPE_INDEX.keys()];
/** The first tags of every type, built once: "[CCCD_1]", "[CCCD_2]"... */
const TAG_CACHE = 16;
const TAGS: string[][] = Object.values(PSEUDONYM_TAGS).map((tag) => Array.from({ length: TAG_CACHE }, (_, n) => `[${tag}_${n + 1}]`));

/** Up to this many values, a new value is compared with the earlier ones one by one; then by a key index. */
const LINEAR = 16;

/**
 * Numbers values per type in order of first appearance; one instance per document.
 * Most documents hold a handful of values: they sit in one flat array (made on first use), and keys
 * are computed only when a value must be compared with a different spelling of the same type.
 */
export class Pseudonymizer {
  /** [type index, value, key (null until needed), tag] of every value numbered so far. */
  private seen: (number | string | null)[] | null = null;
  /** Once there are too many values to compare one by one: "type index|key" -> tag, and counts per type. */
  private index: Map<string, string> | null = null;
  private counts: number[] | null = null;

  label(type: PiiType, value: string): string {
    const t = TYPE_INDEX.get(type)!;
    let key: string | null = null;
    let n = 1;
    const seen = (this.seen ??= []);
    if (this.index === null) {
      for (let k = 0; k < seen.length; k += 4) {
        if (seen[k] !== t) continue;
        if (seen[k + 1] === value) return seen[k + 3] as string;
        key ??= pseudonymKey(type, value);
        const other = (seen[k + 2] ??= pseudonymKey(type, seen[k + 1] as string));
        if (other === key) return seen[k + 3] as string;
        n++;
      }
    } else {
      key = pseudonymKey(type, value);
      const tag = this.index.get(`${t}|${key}`);
      if (tag !== undefined) return tag;
      n = ++this.counts![t]!;
    }
    const tag = n <= TAG_CACHE ? TAGS[t]![n - 1]! : `[${PSEUDONYM_TAGS[type]}_${n}]`;
    seen.push(t, value, key, tag);
    if (this.index !== null) this.index.set(`${t}|${key!}`, tag);
    else if (seen.length > LINEAR * 4) this.buildIndex(seen);
    return tag;
  }

  private buildIndex(seen: (number | string | null)[]): void {
    const index = new Map<string, string>();
    const counts = new Array<number>(TYPE_COUNT).fill(0);
    for (let k = 0; k < seen.length; k += 4) {
      const t = seen[k] as number;
      counts[t]!++;
      const key = (seen[k + 2] ??= pseudonymKey(PII_TYPE_OF[t]!, seen[k + 1] as string));
      index.set(`${t}|${key}`, seen[k + 3] as string);
    }
    this.index = index;
    this.counts = counts;
  }
}

/** Applies one operator to one value. `pseudonyms` is needed for the pseudonym operator. */
export function applyOperator(
  spec: OperatorSpec,
  type: PiiType,
  value: string,
  maskChar: string,
  pseudonyms: Pseudonymizer,
): string {
  switch (spec.op) {
    case 'keep':
      return value;
    case 'full':
      return fullMask(value, maskChar);
    case 'partial':
      return partialMask(value, spec, maskChar);
    case 'pseudonym':
      return pseudonyms.label(type, value);
  }
}
