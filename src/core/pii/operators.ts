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
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    // ASCII (digits, separators: nearly every masked value) without the Unicode regex.
    if (c < 128) {
      out += (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) ? maskChar : value[i];
      continue;
    }
    const ch = String.fromCodePoint(value.codePointAt(i)!);
    if (ch.length === 2) i++;
    out += ALNUM.test(ch) ? maskChar : ch;
  }
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

// How pseudonymKey reads a type, for keyHash.
const enum Family { DIGITS, DATE, PHONE, ALNUM, WORDS }
const FAMILY = new Uint8Array(TYPES.map((t): Family => {
  switch (t) {
    case 'phone': return Family.PHONE;
    case 'date_of_birth': return Family.DATE;
    case 'national_id': case 'tax_code': case 'social_insurance': case 'bank_account': return Family.DIGITS;
    case 'health_insurance': case 'passport': case 'license_plate': return Family.ALNUM;
    default: return Family.WORDS;
  }
}));

// Lower case of single characters where toLowerCase maps one code unit to one, whatever surrounds it
// (Latin, Latin Extended and Vietnamese letters); 0 elsewhere: keyHash then gives up.
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

const enum Hash {
  OFFSET = -2128831035,
  PRIME = 16777619,
  /** 30 bits: a hash is a small non-negative integer, never one of the markers below. */
  MASK = 0x3fffffff,
  /** keyHash cannot tell the key this way (a character whose lower case depends on more than itself). */
  UNKNOWN = -1,
  /** Not worked out yet. */
  PENDING = -2,
}

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/**
 * A hash of pseudonymKey(type, value.slice(from, to)), read from the value without building the key, or
 * Hash.UNKNOWN when it cannot be told exactly this way. Equal keys have equal hashes: two values whose
 * hashes differ have different keys, so nearly every new value is told apart from earlier ones of its
 * type without a key being built (keys are built only when the hashes agree or one is unknown).
 */
function keyHash(family: number, value: string, from: number, to: number): number {
  let h = Hash.OFFSET;
  switch (family) {
    case Family.DIGITS:
      for (let i = from; i < to; i++) {
        const c = value.charCodeAt(i);
        if (isDigitCode(c)) h = Math.imul(h ^ c, Hash.PRIME);
      }
      return h & Hash.MASK;
    case Family.DATE: {
      // Numbers padded to two digits, joined by '-'.
      let runs = 0;
      for (let i = from; i < to; ) {
        if (!isDigitCode(value.charCodeAt(i))) {
          i++;
          continue;
        }
        const s = i;
        while (i < to && isDigitCode(value.charCodeAt(i))) i++;
        if (runs++ > 0) h = Math.imul(h ^ 45, Hash.PRIME);
        if (i - s === 1) h = Math.imul(h ^ 48, Hash.PRIME);
        for (let k = s; k < i; k++) h = Math.imul(h ^ value.charCodeAt(k), Hash.PRIME);
      }
      return h & Hash.MASK;
    }
    case Family.PHONE: {
      // The digits, less a leading 0084, 84 (with 11 digits or more) or 0, as pseudonymKey drops them.
      let digits = 0;
      let head = 0; // the first four digits, as a number
      let first = -1;
      for (let i = from; i < to; i++) {
        const c = value.charCodeAt(i);
        if (!isDigitCode(c)) continue;
        if (digits === 0) first = c;
        if (digits++ < 4) head = head * 10 + (c - 48);
      }
      let skip = digits >= 4 && head === 84 ? 4 : digits >= 11 && Math.floor(head / 100) === 84 ? 2 : first === 48 ? 1 : 0;
      for (let i = from; i < to; i++) {
        const c = value.charCodeAt(i);
        if (!isDigitCode(c)) continue;
        if (skip > 0) skip--;
        else h = Math.imul(h ^ c, Hash.PRIME);
      }
      return h & Hash.MASK;
    }
    case Family.ALNUM:
      for (let i = from; i < to; i++) {
        const c = value.charCodeAt(i);
        if (isDigitCode(c)) h = Math.imul(h ^ c, Hash.PRIME);
        else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) h = Math.imul(h ^ (c & ~32), Hash.PRIME);
      }
      return h & Hash.MASK;
    default: {
      // Lower-case words, one space between them.
      let gap = false;
      let words = 0;
      for (let i = from; i < to; i++) {
        const c = value.charCodeAt(i);
        if (isWordGap(c)) {
          gap = true;
          continue;
        }
        const l = c < LATIN_END ? LOWER[c]! : c >= VIET_START && c < VIET_END ? LOWER[c - VIET_START + LATIN_END]! : 0;
        if (l === 0) return Hash.UNKNOWN;
        if (gap && words > 0) h = Math.imul(h ^ 32, Hash.PRIME);
        if (gap || words === 0) words++;
        gap = false;
        h = Math.imul(h ^ l, Hash.PRIME);
      }
      return h & Hash.MASK;
    }
  }
}

/** Up to this many values, a new value is compared with the earlier ones one by one; then by a key index. */
const LINEAR = TAG_CACHE; // (TextPseudonyms takes every tag it gives from the cache)
/** The slots of one value in Pseudonymizer.seen (the type index is at 0). */
const enum Slot { VALUE = 1, KEY = 2, HASH = 3, TAG = 4, STRIDE = 5 }

/**
 * Numbers values per type in order of first appearance; one instance per document.
 * Most documents hold a handful of values: they sit in flat arrays, and keys are computed only
 * when a value must be compared with a different spelling of the same type whose key hash is the
 * same (see keyHash).
 */
export class Pseudonymizer {
  /**
   * Every value numbered so far, Slot.STRIDE slots each (one array: fewer cache lines than one array
   * per field): type index, spelling, key (null until needed), key hash (Hash.PENDING until needed), tag.
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
    let hash: number = Hash.PENDING;
    if (this.index === null) {
      for (let k = 0, used = this.used; k < used; k += Slot.STRIDE) {
        if (seen[k] !== t) continue;
        const other = seen[k + Slot.VALUE] as string;
        if (other === value) return seen[k + Slot.TAG] as string;
        // An exact cheap check before the keys: different key hashes, different keys.
        if (hash === Hash.PENDING) hash = keyHash(FAMILY[t]!, value, 0, value.length);
        let otherHash = seen[k + Slot.HASH] as number;
        if (otherHash === Hash.PENDING) otherHash = seen[k + Slot.HASH] = keyHash(FAMILY[t]!, other, 0, other.length);
        if (hash === Hash.UNKNOWN || otherHash === Hash.UNKNOWN || hash === otherHash) {
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
    seen[k + Slot.HASH] = hash;
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

/**
 * The pseudonyms a fresh Pseudonymizer gives the values of one text, with each value kept as its
 * place in the text: no substring per value, nothing stored but numbers (maskText's default, where
 * a call is a document). Past LINEAR values it hands over to a Pseudonymizer, which keeps keys by index.
 */
export class TextPseudonyms {
  private text = '';
  private count = 0;
  private readonly types = new Int32Array(LINEAR);
  private readonly starts = new Int32Array(LINEAR);
  private readonly ends = new Int32Array(LINEAR);
  private readonly hashes = new Int32Array(LINEAR);
  private readonly tags: string[] = new Array<string>(LINEAR).fill('');
  private readonly keys: (string | null)[] = new Array<string | null>(LINEAR).fill(null);
  /** Numbers the values once there are more than LINEAR. */
  private readonly spill = new Pseudonymizer();
  private spilled = false;

  /** Starts numbering the values of `text`. */
  begin(text: string): void {
    this.text = text;
    this.count = 0;
  }

  /** Forgets the text and its values. */
  end(): void {
    this.text = '';
    for (let k = 0; k < this.count; k++) this.keys[k] = null;
    this.count = 0;
    if (this.spilled) {
      this.spill.clear();
      this.spilled = false;
    }
  }

  /** The pseudonym of text[start, end), of type index `t`. */
  labelAt(t: number, start: number, end: number): string {
    const text = this.text;
    if (this.spilled) return this.spill.labelAt(t, text.slice(start, end));
    const types = this.types, starts = this.starts, ends = this.ends;
    const length = end - start;
    let key: string | null = null;
    let hash: number = Hash.PENDING;
    let n = 1;
    for (let k = 0; k < this.count; k++) {
      if (types[k] !== t) continue;
      const s = starts[k]!;
      const e = ends[k]!;
      if (e - s === length && sameText(text, s, start, length)) return this.tags[k]!;
      if (hash === Hash.PENDING) hash = keyHash(FAMILY[t]!, text, start, end);
      let other = this.hashes[k]!;
      if (other === Hash.PENDING) other = this.hashes[k] = keyHash(FAMILY[t]!, text, s, e);
      if (hash === Hash.UNKNOWN || other === Hash.UNKNOWN || hash === other) {
        key ??= pseudonymKey(TYPES[t]!, text.slice(start, end));
        const otherKey = (this.keys[k] ??= pseudonymKey(TYPES[t]!, text.slice(s, e)));
        if (otherKey === key) return this.tags[k]!;
      }
      n++;
    }
    if (this.count === LINEAR) {
      // The Pseudonymizer numbers the values seen so far as this did (in order, each a new key).
      for (let k = 0; k < LINEAR; k++) this.spill.labelAt(types[k]!, text.slice(starts[k]!, ends[k]!));
      this.spilled = true;
      return this.spill.labelAt(t, text.slice(start, end));
    }
    const k = this.count++;
    types[k] = t;
    starts[k] = start;
    ends[k] = end;
    this.hashes[k] = hash;
    this.keys[k] = key;
    return (this.tags[k] = TAGS[t]![n - 1]!); // (n <= LINEAR)
  }
}

/** text[a, a + length) equals text[b, b + length). */
function sameText(text: string, a: number, b: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (text.charCodeAt(a + i) !== text.charCodeAt(b + i)) return false;
  return true;
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
