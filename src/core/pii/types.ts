// Shared types of the personal-data engine: the types it finds, the spans it
// returns and the shape every recognizer has.
import type { PiiClass } from '../catalog/catalog.ts';

export const PII_TYPES = [
  'national_id', 'passport', 'phone', 'email', 'tax_code', 'social_insurance', 'health_insurance',
  'bank_account', 'date_of_birth', 'person_name', 'address', 'license_plate',
] as const;

export type PiiType = (typeof PII_TYPES)[number];

/** Decree 13/2023 class of a detected value (a detected value is never 'none'). */
export type PiiValueClass = Exclude<PiiClass, 'none'>;

/** A detected personal value: JavaScript string indices [start, end), score 0..1. */
export interface PiiSpan {
  start: number;
  end: number;
  type: PiiType;
  score: number;
}

/** What a label announces: a personal type, or 'none' for labels of values that are not personal (issue date, dossier code...). */
export type LabelKind = PiiType | 'none';

/** A label found in the text (e.g. "Số CCCD", "Ngày cấp", or an honorific such as "ông" when weak). */
export interface Label {
  start: number;
  end: number;
  kind: LabelKind;
  /** Honorifics and other hints that are not form labels. */
  weak: boolean;
}

/** What a validator sees besides the match. */
export interface MatchContext {
  readonly text: string;
  /** `text` lower-cased with Vietnamese diacritics removed, same length and indices. */
  readonly folded: string;
  /** Value span (the trailing `v` group when the pattern has one, else the whole match). */
  readonly start: number;
  readonly end: number;
  /** Nearest label ending at or before `start` (within a short window), or null. */
  readonly label: Label | null;
  /** The label (or honorific) the match was tried right after, for `afterLabel` patterns; else null. */
  readonly anchor: Label | null;
  /** Folded text between `label` and the value ('' without a label). */
  gap(): string;
  /** Start of the first strong label beginning in [from, to), or -1. */
  labelStartIn(from: number, to: number): number;
}

/** A validator's answer: a score, a score with a narrowed span, or null to reject. */
export type Verdict = number | { score: number; start?: number; end?: number } | null;

export interface Recognizer {
  type: PiiType;
  class: PiiValueClass;
  /** Global regexes scanned over the whole text. */
  patterns: readonly RegExp[];
  /** Sticky regexes tried right after each of this recognizer's labels (after ':' and spaces). */
  afterLabel?: readonly RegExp[];
  /** Folded label words announcing this type (feed the shared label index). */
  context: readonly string[];
  /** Folded hint words (honorifics) that are weaker than labels. */
  weakContext?: readonly string[];
  /** Score of a well-formed match without supporting context. */
  baseScore: number;
  /** When false, spans may cover protected codes (long values such as addresses). Default true. */
  guarded?: boolean;
  validate(match: RegExpExecArray, text: string, ctx: MatchContext): Verdict;
}
