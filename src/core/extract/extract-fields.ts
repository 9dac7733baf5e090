// Text -> catalog fields: the heart of extraction (Circular 01/2023 Art. 9).
// Structure first (reader pairs), then free text, then layout heuristics; the
// first candidate that normalizes wins. Checked sources (QR, MRZ) override text.
import { documentType, type FieldSpec } from '../catalog/catalog.ts';
import { normalizeField } from '../normalize/index.ts';
import { detectLegacyEncoding, repairLegacyEncoding } from '../text/legacy-encoding.ts';
import { looksLikeMrz, withoutMrzLines } from '../text/mrz-line.ts';
import { repairOcrPhrases } from '../text/ocr-phrases.ts';
import { foldVietnamese } from '../text/unicode.ts';
import { validateFields } from '../validate/index.ts';
import type { FieldCandidate } from './candidates.ts';
import { classifyDocument } from './classify.ts';
import { freeTextCandidates } from './free-text.ts';
import { headerCandidates } from './heuristics.ts';
import { labelIndex, matchLabel, sectionQualifier, type LabelIndex } from './labels.ts';
import type { CheckedFields, Extraction, ExtractionWarning, SourceText } from './types.ts';

export interface ExtractOptions {
  /** Catalog type chosen by the official; skips classification. */
  type?: string;
  /** Fields from sources with their own integrity check (QR payload, MRZ check digits). */
  checked?: CheckedFields[];
  /** ISO date taken as today by the validators (tests); defaults to the current date in Vietnam. */
  today?: string;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** NFC and legacy-encoding repair of everything the reader produced; in OCR text, the diacritics of fixed administrative phrases. */
export function repairSource(source: SourceText): { source: SourceText; encoding: string | null; phrasesRepaired: number } {
  const all = [source.title ?? '', ...source.pairs.flatMap((p) => [p.label, p.value, p.section ?? '']), source.text].join('\n');
  const encoding = detectLegacyEncoding(all.normalize('NFC'));
  let phrasesRepaired = 0;
  const fix = (s: string) => {
    const t = repairLegacyEncoding(s.normalize('NFC'), encoding);
    if (source.origin !== 'ocr') return t;
    const r = repairOcrPhrases(t);
    phrasesRepaired += r.repaired;
    return r.text;
  };
  const repaired: SourceText = {
    ...source,
    title: source.title === undefined ? undefined : fix(source.title),
    pairs: source.pairs.map((p) => ({ ...p, label: fix(p.label), value: fix(p.value), ...(p.section !== undefined ? { section: fix(p.section) } : {}) })),
    text: fix(source.text),
  };
  return { encoding, phrasesRepaired, source: repaired };
}

/**
 * A value that opens with a label of its own ('Họ và tên: TRỊNH VĂN LONG' read as the
 * value of a heading '6. Chủ hộ kinh doanh:') is the next labelled line, not this label's value.
 */
function startsWithLabel(index: LabelIndex, value: string): boolean {
  const m = /^([^:：]{1,60}?)\s*[:：](?!\d)/.exec(value.trim());
  if (!m || /\d$/.test(m[1]!)) return false;
  return matchLabel(index, m[1]!, null, false) !== null || matchLabel(labelIndex(null), m[1]!, null, false) !== null;
}

function pairCandidates(source: SourceText, typeCode: string | null, fuzzy: boolean): FieldCandidate[] {
  const index = labelIndex(typeCode);
  const out: FieldCandidate[] = [];
  for (const p of source.pairs) {
    if (!p.value.trim() || startsWithLabel(index, p.value)) continue;
    const q = p.section ? sectionQualifier(p.section) : null;
    const m = matchLabel(index, p.label, q, fuzzy);
    if (m) out.push({ key: m.key, raw: p.value, labelScore: m.score, origin: 'pair' });
  }
  return out;
}

const originFactor: Record<FieldCandidate['origin'], number> = { pair: 1, text: 0.95, heuristic: 0.75 };

interface Chosen { value: string; confidence: number; warning?: string }

function choose(spec: FieldSpec, candidates: FieldCandidate[], sourceConfidence: number): Chosen | null {
  let fallback: Chosen | null = null;
  for (const c of candidates) {
    const r = normalizeField(spec.type, c.raw, spec.values);
    if (r.warning === 'no_value') continue;
    const base = c.labelScore * originFactor[c.origin] * sourceConfidence;
    if (r.value !== null && (r.warning === undefined || r.warning === 'ocr_repaired')) {
      return { value: r.value, confidence: round2(base * (r.warning ? 0.8 : 1)), warning: r.warning };
    }
    if (fallback === null && r.value !== null) fallback = { value: r.value, confidence: round2(base * 0.5), warning: r.warning };
    if (fallback === null && r.warning !== undefined && r.warning !== 'value_empty' && r.value === null && c.raw.trim()) {
      // Keep what the paper says so the official can correct it rather than retype it.
      fallback = { value: c.raw.trim().replace(/\s+/g, ' '), confidence: round2(base * 0.3), warning: r.warning };
    }
  }
  return fallback;
}

function mergeChecked(
  typeCode: string | null,
  checked: CheckedFields[],
  fields: Record<string, string>,
  confidence: Record<string, number>,
  warnings: ExtractionWarning[],
): void {
  const type = typeCode ? documentType(typeCode) : undefined;
  for (const src of checked) {
    if (src.type && typeCode && src.type !== typeCode) continue;
    for (const [key, raw] of Object.entries(src.fields)) {
      const spec = type?.fields.find((f) => f.key === key);
      if (type && !spec) continue;
      const r = spec ? normalizeField(spec.type, raw, spec.values) : { value: raw.trim() || null };
      if (r.value === null) continue;
      const prior = fields[key];
      // Case, spacing and diacritics-only differences are not a disagreement worth the official's attention.
      if (prior !== undefined && foldVietnamese(prior) !== foldVietnamese(r.value)) {
        warnings.push({
          field: key,
          code: 'checked_source_override',
          message: `the value read from the ${src.source === 'qr' ? 'QR code' : 'MRZ'} differs from the printed text; the ${src.source === 'qr' ? 'QR code' : 'MRZ'} value was kept`,
        });
      }
      // A checked source without diacritics (some QR payloads) does not strip them from an agreeing printed value.
      const marks = (v: string) => v.normalize('NFD').replace(/[^\u0300-\u036f]/g, '').length;
      const keepPrinted = prior !== undefined && foldVietnamese(prior) === foldVietnamese(r.value) && marks(prior) > marks(r.value);
      if (!keepPrinted) fields[key] = r.value;
      confidence[key] = 0.99;
    }
  }
}

/** Extract the catalog fields of a document from what a reader produced. */
export function extractFields(input: SourceText, options: ExtractOptions = {}): Extraction {
  const { source, encoding, phrasesRepaired } = repairSource(input);
  const warnings: ExtractionWarning[] = [];
  if (encoding) warnings.push({ code: 'legacy_encoding_converted', message: `text in the legacy ${encoding === 'tcvn3' ? 'TCVN3 (ABC)' : encoding === 'vni' ? 'VNI' : 'VNI keystroke'} encoding was converted to Unicode` });
  if (phrasesRepaired > 0) warnings.push({ code: 'ocr_phrases_repaired', message: 'diacritics OCR misread in fixed administrative phrases were restored' });

  let typeCode: string | null;
  let typeConfidence: number;
  if (options.type !== undefined && documentType(options.type)) {
    typeCode = options.type;
    typeConfidence = 1;
  } else {
    const c = classifyDocument(source);
    typeCode = c.type;
    typeConfidence = c.confidence;
    const checkedType = options.checked?.find((x) => x.type && documentType(x.type))?.type;
    if (checkedType && (typeCode === null || typeConfidence < 0.6)) {
      typeCode = checkedType;
      typeConfidence = Math.max(typeConfidence, 0.9);
    }
    if (typeCode === null) warnings.push({ code: 'type_unknown', message: 'the document type was not recognized' });
  }

  const ocr = source.origin === 'ocr';
  const sourceConfidence = source.confidence ?? (ocr ? 0.8 : 1);
  const index = labelIndex(typeCode);
  // MRZ lines reach the fields through the MRZ reader's checked values only.
  const fieldText = withoutMrzLines(source.text);
  const fieldSource = { ...source, text: fieldText, pairs: source.pairs.filter((p) => !looksLikeMrz(p.value) && !looksLikeMrz(p.label)) };
  const candidates = [
    ...pairCandidates(fieldSource, typeCode, ocr),
    ...freeTextCandidates(fieldText, index, { fuzzy: ocr }),
    ...headerCandidates(typeCode, fieldText),
  ].filter((c) => !looksLikeMrz(c.raw));
  const byKey = new Map<string, FieldCandidate[]>();
  for (const c of candidates) {
    const list = byKey.get(c.key) ?? [];
    list.push(c);
    byKey.set(c.key, list);
  }

  const fields: Record<string, string> = {};
  const confidence: Record<string, number> = {};
  for (const [key, list] of byKey) {
    const spec = index.fields.get(key)?.spec;
    if (!spec) continue;
    const chosen = choose(spec, list, sourceConfidence);
    if (!chosen) continue;
    fields[key] = chosen.value;
    confidence[key] = chosen.confidence;
    if (chosen.warning) warnings.push({ field: key, code: chosen.warning, message: normalizeMessages[chosen.warning] ?? 'the value could not be normalized' });
  }

  if (options.checked?.length) mergeChecked(typeCode, options.checked, fields, confidence, warnings);

  const problems = validateFields(typeCode, fields, { today: options.today });
  for (const w of problems) {
    warnings.push(w);
    if (w.field && confidence[w.field] !== undefined) confidence[w.field] = round2(confidence[w.field]! * 0.7);
  }
  return { type: typeCode, typeConfidence, fields, confidence, warnings };
}

/** English messages for the normalizers' warning codes (no values). */
export const normalizeMessages: Record<string, string> = {
  ocr_repaired: 'letters that OCR confuses with digits were corrected',
  date_unparsed: 'the date could not be read',
  date_impossible: 'the date does not exist in the calendar',
  personal_id_unparsed: 'no personal identification number could be read',
  personal_id_length: 'the identification number does not have 12 or 9 digits',
  gender_unrecognized: 'the gender is neither Nam nor Nữ',
  money_unparsed: 'the amount could not be read',
  name_has_digits: 'the name contains digits',
  enum_unknown_value: 'the value is not one of the listed values',
  value_empty: 'the value is empty',
};
