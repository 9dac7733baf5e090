// Label matching: a label as printed ('Họ và tên/Full name:', 'NGAY SINH',
// 'Số định danh cá nhân (*)') -> the catalog field it names, for one document
// type. Exact matches on folded text first (the longest, most specific variant
// wins because every variant must match the whole label); then bilingual
// halves and bracketed parts; then small edit distances for OCR'd labels.
import { catalog, documentType, type DocumentType, type FieldSpec } from '../catalog/catalog.ts';
import { cleanText, foldVietnamese } from '../text/unicode.ts';
import { commonSynonyms, qualifiedFields, typeSynonyms } from './label-synonyms.ts';

export interface IndexedField {
  spec: FieldSpec;
  /** Whose data this is when not the document's main subject ('chong', 'vo', 'me', 'cha', 'chu ho'). */
  subject: string | null;
  /** Number, dates, issuer, ...: belongs to the paper, not to a person, so valid under any heading. */
  documentLevel: boolean;
}

export interface LabelIndex {
  typeCode: string | null;
  fields: Map<string, IndexedField>;
  /** Folded variant -> field key. */
  exact: Map<string, string>;
  /** Variants grouped by length, for bounded fuzzy matching. */
  byLength: Map<number, string[]>;
  /** Longest variant, in words (bounds prefix scans of free text). */
  maxWords: number;
}

export interface LabelMatch {
  key: string;
  field: IndexedField;
  /** 1 exact; 0.95 one half of a bilingual label or without its bracketed note; 0.8 fuzzy. */
  score: number;
  /** The folded variant that matched. */
  variant: string;
}

/** Qualifier forms: 'Họ tên' + 'chồng' is written 'Họ tên chồng', 'Họ tên của chồng', 'Họ tên người chồng'... */
function qualifiedForms(base: string, q: string): string[] {
  return [`${base} ${q}`, `${base} cua ${q}`, `${base} nguoi ${q}`, `${base} cua nguoi ${q}`];
}

function variantsForField(type: DocumentType, spec: FieldSpec): string[] {
  const own = [spec.label, ...spec.aliases, ...(typeSynonyms[type.code]?.[spec.key] ?? [])];
  const out = own.map(foldVietnamese);
  const q = qualifiedFields[spec.key];
  if (q) {
    const baseLabels = new Set<string>(commonSynonyms[q.base] ?? []);
    for (const t of catalog.types) {
      const f = t.fields.find((x) => x.key === q.base);
      if (f) [f.label, ...f.aliases].forEach((l) => baseLabels.add(l));
    }
    for (const b of baseLabels) out.push(...qualifiedForms(foldVietnamese(b), q.qualifier));
  } else {
    out.push(...(commonSynonyms[spec.key] ?? []).map(foldVietnamese));
  }
  return out.filter((v) => v.length > 0);
}

function isDocumentLevel(type: DocumentType, spec: FieldSpec): boolean {
  const { owner: _owner, ...rest } = type.metadata;
  return Object.values(rest).includes(spec.key) || spec.key === 'quyen_so' || (spec.pii === 'none' && !qualifiedFields[spec.key]);
}

function addVariant(index: LabelIndex, variant: string, key: string, ambiguous: Set<string>): void {
  const prior = index.exact.get(variant);
  if (prior === undefined) index.exact.set(variant, key);
  else if (prior !== key && index.typeCode === null) ambiguous.add(variant);
  // Within one type the first (catalog label, then aliases, then synonyms) wins.
}

function buildIndex(types: DocumentType[], typeCode: string | null): LabelIndex {
  const index: LabelIndex = { typeCode, fields: new Map(), exact: new Map(), byLength: new Map(), maxWords: 1 };
  const ambiguous = new Set<string>();
  // Catalog labels first for every type, then aliases and synonyms, so an exact catalog label always wins.
  for (const type of types) {
    for (const spec of type.fields) {
      if (!index.fields.has(spec.key)) {
        index.fields.set(spec.key, { spec, subject: qualifiedFields[spec.key]?.qualifier ?? null, documentLevel: isDocumentLevel(type, spec) });
      }
      addVariant(index, foldVietnamese(spec.label), spec.key, ambiguous);
    }
  }
  for (const type of types) {
    for (const spec of type.fields) for (const v of variantsForField(type, spec)) addVariant(index, v, spec.key, ambiguous);
  }
  // Without a known type, a label that means different fields in different papers ('Số') tells us nothing.
  for (const v of ambiguous) index.exact.delete(v);
  for (const v of index.exact.keys()) {
    const list = index.byLength.get(v.length) ?? [];
    list.push(v);
    index.byLength.set(v.length, list);
    index.maxWords = Math.max(index.maxWords, v.split(/[ /]/).length);
  }
  return index;
}

const cache = new Map<string, LabelIndex>();

/** Label index for one catalog type, or for the whole catalog when the type is unknown (null). */
export function labelIndex(typeCode: string | null): LabelIndex {
  const k = typeCode ?? '*';
  let idx = cache.get(k);
  if (!idx) {
    const t = typeCode === null ? undefined : documentType(typeCode);
    if (typeCode !== null && !t) throw new Error('labelIndex: unknown document type');
    idx = buildIndex(t ? [t] : catalog.types, typeCode);
    cache.set(k, idx);
  }
  return idx;
}

/** True when the text is a field label of some catalog paper (even one that means different fields in different papers). */
export function isKnownLabel(raw: string): boolean {
  return catalog.types.some((t) => matchLabel(labelIndex(t.code), raw, null, false) !== null);
}

/** Levenshtein distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** Folded forms to try for one printed label, with the score each earns. */
export function labelCandidates(raw: string): Array<{ text: string; score: number; otherPart?: boolean }> {
  const cleaned = cleanText(raw)
    .replace(/^(?:[-•*·+]|\(?\d{1,2}[.)]|\(?[a-zđ][.)]|[IVX]{1,4}\.)\s+/iu, '') // list numbering
    .replace(/[\s:：*(（]*[:：*]+\s*$/u, '') // stray colons and required-field stars
    .replace(/\(\s*\*\s*\)\s*$/u, '');
  const out: Array<{ text: string; score: number; otherPart?: boolean }> = [];
  const push = (s: string, score: number, otherPart = false) => {
    const f = foldVietnamese(s).replace(/^\/+|\/+$/g, '');
    if (f && !out.some((o) => o.text === f)) out.push(otherPart ? { text: f, score, otherPart } : { text: f, score });
  };
  push(cleaned, 1);
  const noParens = cleaned.replace(/\s*[(（][^)）]*[)）]\s*/gu, ' ').trim();
  if (noParens !== cleaned) push(noParens, 0.95);
  noParens.split('/').forEach((part, i) => push(part, 0.95, i > 0));
  const full = foldVietnamese(noParens);
  if (full.includes('/')) push(full.replace(/\//g, ' '), 0.95);
  return out;
}

/**
 * The field a printed label names, or null. With `firstPartOnly`, a bilingual
 * label matches only on its first half. `qualifier` is the person the
 * surrounding section is about ('chong', 'vo', 'me', 'cha', 'chu ho'),
 * 'other' for someone who has no fields (the declarant), or null.
 */
export function matchLabel(index: LabelIndex, raw: string, qualifier: string | null = null, allowFuzzy = true, firstPartOnly = false): LabelMatch | null {
  // When scanning running text for where a label starts, only the label's first half may match
  // ('Nam Quốc tịch / Nationality' must not match on 'Nationality' and swallow 'Nam').
  const candidates = labelCandidates(raw).filter((c) => !firstPartOnly || !c.otherPart);
  const accept = (key: string, score: number, variant: string): LabelMatch | null => {
    const field = index.fields.get(key)!;
    if (field.subject === null && qualifier !== null && !field.documentLevel) return null;
    return { key, field, score, variant };
  };
  if (qualifier !== null && qualifier !== 'other') {
    for (const c of candidates) {
      for (const form of qualifiedForms(c.text, qualifier)) {
        const key = index.exact.get(form);
        if (key !== undefined) return accept(key, c.score, form);
      }
    }
  }
  for (const c of candidates) {
    const key = index.exact.get(c.text);
    if (key !== undefined) return accept(key, c.score, c.text);
  }
  if (!allowFuzzy) return null;
  // OCR'd labels: one edit per 6 characters, at most 2, never on short labels ('Số', 'Hạng').
  const first = candidates[0];
  if (!first || first.text.length < 6) return null;
  const max = first.text.length >= 14 ? 2 : 1;
  let best: { v: string; d: number } | null = null;
  for (let len = first.text.length - max; len <= first.text.length + max; len++) {
    for (const v of index.byLength.get(len) ?? []) {
      if (v.length < 6) continue;
      const d = editDistance(first.text, v, max);
      if (d <= max && (!best || d < best.d || (d === best.d && v.length > best.v.length))) best = { v, d };
    }
  }
  if (!best) return null;
  return accept(index.exact.get(best.v)!, 0.8, best.v);
}

/** Whose data a section heading introduces: see matchLabel's `qualifier`. */
export function sectionQualifier(heading: string): string | null {
  const f = ` ${foldVietnamese(heading).replace(/\//g, ' ')} `;
  if (/ nguoi (di|yeu cau|khai|lam don|nop|dang ky|lam thu tuc|ky)\b/.test(f) || / declarant /.test(f)) return 'other';
  const has = (w: string) => f.includes(` ${w} `);
  const found = [
    has('chong') || has('husband') ? 'chong' : null,
    has('vo') || has('wife') ? 'vo' : null,
    has('me') || has('mother') ? 'me' : null,
    has('cha') || has('father') ? 'cha' : null,
    has('chu ho') ? 'chu ho' : null,
  ].filter((x): x is string => x !== null);
  if (found.length === 1) return found[0]!;
  if (found.length > 1) return 'other';
  return null;
}
