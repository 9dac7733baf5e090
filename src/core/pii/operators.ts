// Masking operators: full mask, partial mask (a few characters kept), and
// pseudonyms consistent within one document ([CCCD_1] for every spelling of the
// same number). A partial mask never shows more than half of a value.
import { PII_TYPES, type PiiType } from './types.ts';

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

const TYPES: readonly PiiType[] = PII_TYPES;
const TYPE_COUNT = TYPES.length;
// A type's index from its name without a map lookup: (first letter + 3 * length) & 31 differs for
// every type; the name is checked against the table, so another string never gets an index.
const TYPE_SLOT = new Int8Array(32).fill(-1);
for (let i = 0; i < TYPE_COUNT; i++) {
  const slot = (TYPES[i]!.charCodeAt(0) + 3 * TYPES[i]!.length) & 31;
  if (TYPE_SLOT[slot] !== -1) throw new Error('operators: two types share a slot');
  TYPE_SLOT[slot] = i;
}

/** Index of a type in PII_TYPES, or -1 for a string that is no type. */
export function typeIndex(type: string): number {
  const i = TYPE_SLOT[(type.charCodeAt(0) + 3 * type.length) & 31]!;
  return i >= 0 && TYPES[i] === type ? i : -1;
}

/** The first tags of every type, built once: "[CCCD_1]", "[CCCD_2]"... */
const TAG_CACHE = 16;
const TAGS: string[][] = TYPES.map((t) => PSEUDONYM_TAGS[t]).map((tag) => Array.from({ length: TAG_CACHE }, (_, n) => `[${tag}_${n + 1}]`));

// How pseudonymKey reads a type, for keyTail.
const enum Family { DIGITS, PHONE, ALNUM, WORDS }
const FAMILY = new Uint8Array(TYPES.map((t): Family => {
  switch (t) {
    case 'phone': return Family.PHONE;
    case 'national_id': case 'tax_code': case 'social_insurance': case 'bank_account': case 'date_of_birth': return Family.DIGITS;
    case 'health_insurance': case 'passport': case 'license_plate': return Family.ALNUM;
    default: return Family.WORDS;
  }
}));

// Lower case of single characters where toLowerCase maps one code unit to one, whatever surrounds it
// (Latin, Latin Extended and Vietnamese letters); 0 elsewhere: keyTail then gives up.
const LATIN_END = 0x250, VIET_START = 0x1e00, VIET_END = 0x1f00;
const LOWER = new Uint16Array(LATIN_END + VIET_END - VIET_START);
for (let i = 0; i < LOWER.length; i++) {
  const c = i < LATIN_END ? i : i - LATIN_END + VIET_START;
  const l = String.fromCharCode(c).toLowerCase();
  if (l.length === 1 && !isWordGap(l.charCodeAt(0))) LOWER[i] = l.charCodeAt(0);
}

/** The characters words() folds into one space. */
function isWordGap(c: number): boolean {
  return c === 32 || c === 44 || c === 46 || c === 9 || c === 10;
}

/**
 * The last character of pseudonymKey(type, value), read from the end of the value without building
 * the key, or -1 when it cannot be told exactly this way (no such character, a character whose lower
 * case depends on more than itself, a phone number short enough for its key to be empty). Two values
 * whose tails differ have different keys: most new values are told apart from earlier ones by this.
 */
function keyTail(family: number, value: string): number {
  let i = value.length - 1;
  switch (family) {
    case Family.DIGITS:
      while (i >= 0) {
        const c = value.charCodeAt(i--);
        if (c >= 48 && c <= 57) return c;
      }
      return -1;
    case Family.PHONE: {
      // The key drops a leading 0, 84 or 0084: with five digits or more, it keeps the last one.
      let last = -1;
      let digits = 0;
      while (i >= 0 && digits < 5) {
        const c = value.charCodeAt(i--);
        if (c >= 48 && c <= 57) {
          if (digits++ === 0) last = c;
        }
      }
      return digits >= 5 ? last : -1;
    }
    case Family.ALNUM:
      while (i >= 0) {
        const c = value.charCodeAt(i--);
        if (c >= 48 && c <= 57) return c;
        if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return c & ~32;
      }
      return -1;
    default: {
      while (i >= 0 && isWordGap(value.charCodeAt(i))) i--;
      if (i < 0) return -1;
      const c = value.charCodeAt(i);
      if (c < LATIN_END) return LOWER[c] || -1;
      return c >= VIET_START && c < VIET_END ? LOWER[c - VIET_START + LATIN_END] || -1 : -1;
    }
  }
}

/** Up to this many values, a new value is compared with the earlier ones one by one; then by a key index. */
const LINEAR = 16;
/** The slots of one value in Pseudonymizer.seen (the type index is at 0). */
const enum Slot { VALUE = 1, KEY = 2, TAIL = 3, TAG = 4, STRIDE = 5 }
/** A key or tail not worked out yet. */
const UNKNOWN = -2;

/**
 * Numbers values per type in order of first appearance; one instance per document.
 * Most documents hold a handful of values: they sit in flat arrays, and keys are computed only
 * when a value must be compared with a different spelling of the same type whose last key
 * character is the same (see keyTail).
 */
export class Pseudonymizer {
  /**
   * Every value numbered so far, SEEN_STRIDE slots each (one array: fewer cache lines than one array
   * per field): type index, spelling, key (null until needed), key tail (UNKNOWN until needed), tag.
   * Not shortened by clear(), only overwritten: it keeps its room for the next document.
   */
  private seen: (number | string | null)[] = [];
  /** How many slots of `seen` are in use. */
  private used = 0;
  /** Once there are too many values to compare one by one: "type index|key" -> tag, and counts per type. */
  private index: Map<string, string> | null = null;
  private counts: number[] | null = null;

  label(type: PiiType, value: string): string {
    const t = typeIndex(type);
    if (t < 0) throw new Error('Pseudonymizer: unknown type');
    return this.labelAt(t, value);
  }

  /** label() with the type as its index (see typeIndex). */
  labelAt(t: number, value: string): string {
    const seen = this.seen;
    let key: string | null = null;
    let n = 1;
    let tail = UNKNOWN;
    if (this.index === null) {
      for (let k = 0, used = this.used; k < used; k += Slot.STRIDE) {
        if (seen[k] !== t) continue;
        const other = seen[k + Slot.VALUE] as string;
        if (other === value) return seen[k + Slot.TAG] as string;
        // An exact cheap check before the keys: different last key characters, different keys.
        if (tail === UNKNOWN) tail = keyTail(FAMILY[t]!, value);
        let otherTail = seen[k + Slot.TAIL] as number;
        if (otherTail === UNKNOWN) otherTail = seen[k + Slot.TAIL] = keyTail(FAMILY[t]!, other);
        if (tail < 0 || otherTail < 0 || tail === otherTail) {
          key ??= pseudonymKey(TYPES[t]!, value);
          const otherKey = (seen[k + Slot.KEY] ??= pseudonymKey(TYPES[t]!, other));
          if (otherKey === key) return seen[k + Slot.TAG] as string;
        }
        n++;
      }
    } else {
      key = pseudonymKey(TYPES[t]!, value);
      const tag = this.index.get(`${t}|${key}`);
      if (tag !== undefined) return tag;
      n = ++this.counts![t]!;
    }
    const tag = n <= TAG_CACHE ? TAGS[t]![n - 1]! : `[${PSEUDONYM_TAGS[TYPES[t]!]}_${n}]`;
    const k = this.used;
    this.used = k + Slot.STRIDE;
    seen[k] = t;
    seen[k + Slot.VALUE] = value;
    seen[k + Slot.KEY] = key;
    seen[k + Slot.TAIL] = tail;
    seen[k + Slot.TAG] = tag;
    if (this.index !== null) this.index.set(`${t}|${key!}`, tag);
    else if (this.used > LINEAR * Slot.STRIDE) this.buildIndex();
    return tag;
  }

  /** Forgets every value (the instance can then serve another document). */
  clear(): void {
    const seen = this.seen;
    for (let k = 0; k < this.used; k += Slot.STRIDE) {
      seen[k + Slot.VALUE] = '';
      seen[k + Slot.KEY] = null;
    }
    this.used = 0;
    this.index = null;
    this.counts = null;
  }

  private buildIndex(): void {
    const seen = this.seen;
    const index = new Map<string, string>();
    const counts = new Array<number>(TYPE_COUNT).fill(0);
    for (let k = 0; k < this.used; k += Slot.STRIDE) {
      const t = seen[k] as number;
      counts[t]!++;
      const key = (seen[k + Slot.KEY] ??= pseudonymKey(TYPES[t]!, seen[k + Slot.VALUE] as string));
      index.set(`${t}|${key}`, seen[k + Slot.TAG] as string);
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
