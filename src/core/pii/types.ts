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
  /** 1 << the index of `kind` in LABEL_KINDS: the engine tests kinds against masks. */
  kindBit: number;
}

/** Every label kind, in a fixed order (see Label.kindBit). */
export const LABEL_KINDS: readonly LabelKind[] = [...PII_TYPES, 'none'];

/** Label.kindBit of a kind. */
export function kindBit(kind: LabelKind): number {
  return 1 << LABEL_KINDS.indexOf(kind);
}

/**
 * A pattern's match, as validators see it: the engine runs most patterns without building a
 * match array (no substrings), so validators read the text between `index` and `end` themselves.
 */
export interface PatternMatch {
  /** Where the whole match starts and ends (before any `v` group narrows it). */
  readonly index: number;
  readonly end: number;
  /** Index of the pattern in `patterns`, or -1 for an `afterLabel` pattern. */
  readonly pattern: number;
}

/** What a validator sees besides the match. */
export interface MatchContext {
  readonly text: string;
  /** The text has capital letters (false for text typed all in lower case). */
  readonly hasUpper: boolean;
  /** Value span (the trailing `v` group when the pattern has one, else the whole match). */
  readonly start: number;
  readonly end: number;
  /** Nearest strong label ending at or before `start` (within a short window), or null. */
  readonly label: Label | null;
  /** The label (or honorific) an `afterLabel` pattern was tried right after; null for `patterns`. */
  readonly anchor: Label | null;
  /** Folded text between `label` and the value ('' without a label). */
  gap(): string;
  /**
   * Kind of `label` when at most `maxGap` characters of filler separate it from the value
   * (punctuation, words such as "số", "của", "là", or a qualifier ending in ':'); else null.
   */
  labelKind(maxGap: number): LabelKind | null;
  /** Start of the first strong label beginning in [from, to), or -1. */
  labelStartIn(from: number, to: number): number;
  /**
   * The engine's tokens of `text` (the scanner's own buffers, valid during the call only), so that a
   * validator need not read the words again. Always set by the engine; contexts built by hand in
   * tests may leave it out.
   */
  readonly tokens?: Tokens;
}

/**
 * The engine's tokens (runs of letters, digits and combining marks), for guards: token `t` is
 * text[tStart[t], tEnd[t]), tHash[t] the hash of its folded spelling (marks left out), tFlags[t] what
 * it holds (see TOKEN_HAS_DIGIT and TOKEN_UPPER_START in scan.ts). Read during the call only.
 */
export interface Tokens {
  readonly n: number;
  readonly tStart: Int32Array;
  readonly tEnd: Int32Array;
  readonly tHash: Int32Array;
  readonly tFlags: Uint8Array;
  /** The strong labels (not honorifics) of the text, the first strongCount, in text order. */
  readonly strong: readonly Label[];
  readonly strongCount: number;
  /** For number tokens: digits reachable through single ' ', '.', '-' separators, up to 32 (other tokens: stale). */
  readonly tDigits: Int32Array;
  /** For number tokens: the length of the leading run of digits, up to 31 (other tokens: stale). */
  readonly tRun: Uint8Array;
  /** Index of the first token starting at or after `pos` (n when none does): a binary search. */
  tokenAt(pos: number): number;
  /** The first '\n', ';' or '|' at or after `pos`, or the text's length. */
  breakFrom(pos: number): number;
}

/** A validator's answer: a score, a score with a narrowed span, or null to reject. */
export type Verdict = number | { score: number; start?: number; end?: number } | null;

/**
 * Where a pattern is tried (the engine finds these positions in one pass, so no pattern scans the
 * whole text): 'number' = start of a digit run; 'sign' = a '+' or '(' before digits; 'code' = letters
 * glued to digits or a short capital word followed by digits ("C1234567", "DN 4 79 ..."); 'caps' = a
 * capitalized word listed in the recognizer's `startWords`; 'email' = start of the local part before
 * an '@'; 'angle' = a word followed by '<' (MRZ lines).
 */
export type Trigger = 'number' | 'sign' | 'code' | 'caps' | 'email' | 'angle';

export interface Pattern {
  /** Sticky ('y') regex tried at each trigger position. */
  re: RegExp;
  at: Trigger;
  /** For 'number': digits reachable from the position through single ' ', '.', '-' separators. */
  minDigits?: number;
  maxDigits?: number;
  /**
   * For 'number': the lengths the run of digits at the position can have (its digits before any
   * separator, 31 meaning 31 or more); the engine skips the pattern at other runs.
   */
  runs?: readonly number[];
  /** For 'number': the digits the number can start with (any when not given); the engine skips the pattern at others. */
  firstDigits?: readonly number[];
  /**
   * For 'number': only tried where an ASCII letter follows the leading run of digits, right after it
   * or after one ' ' or '-' (see letterAfterRun in bounds.ts): licence plates ("30A", "29-B1").
   */
  letterAfterRun?: boolean;
  /**
   * For 'caps': only tried where another capitalized word follows the word after one space or tab
   * (the engine checks this on its tokens, before the guard).
   */
  capsNext?: boolean;
  /**
   * For 'code': the classes of the first two characters, an ASCII letter then an ASCII digit
   * ('letter-digit') or two ASCII letters ('letter-letter'); the engine skips the pattern at other
   * code tokens (see codeHead in bounds.ts).
   */
  head?: 'letter-digit' | 'letter-letter';
  /** Only tried when a label of one of these kinds ends shortly before the position. */
  after?: readonly LabelKind[];
  /**
   * A cheap hand-written test of the first characters, run before the regex. The engine runs the
   * guard, then the pattern (or `scan`), then the validator on that match, synchronously and in this
   * order, with nothing in between: a guard or matcher may leave module state for the validator of
   * the same match (person-name does). The engine passes its tokens and `t`, the token at `pos`
   * (-1 for 'sign' and 'email'); a guard that does not read them may be tested without them.
   */
  guard?: (text: string, pos: number, tokens?: Tokens, t?: number) => boolean;
  /** A hand-written equivalent of `re`, run instead of it on the hot path (see Scan). */
  scan?: Scan;
}

/**
 * A hand-written equivalent of a sticky regex (a test holds the two to the same matches): the end
 * of its match at `pos`, or -1. It runs after the pattern's guard and right before the validator of
 * its match (see Pattern.guard). When the regex narrows the value with a `v` group, the matcher
 * writes where that group starts into `found.valueStart` (the engine sets it to `pos` beforehand).
 * The engine passes its tokens and `t`, the token at `pos` (-1 when it does not know it: after a
 * label, at a 'sign' or an 'email'), as to guards; a matcher must give the same answer without them.
 */
export type Scan = (text: string, pos: number, found: { valueStart: number }, tokens?: Tokens, t?: number) => number;

/** A sticky regex tried right after a label (after ':' and spaces), with its hand-written equivalent. */
export interface LabelPattern {
  re: RegExp;
  scan?: Scan;
  /**
   * After a weak label (an honorific): a cheap test of the label and what stands before it, run
   * before the pattern; false only where the validator would reject any match there.
   */
  weakGuard?: (text: string, label: Label) => boolean;
}

export interface Recognizer {
  type: PiiType;
  class: PiiValueClass;
  patterns: readonly Pattern[];
  /** Patterns tried right after each of this recognizer's labels; their regexes have a `v` group (the value). */
  afterLabel?: readonly LabelPattern[];
  /** Folded label words announcing this type (feed the shared label index). */
  context: readonly string[];
  /** Folded hint words (honorifics) that are weaker than labels. */
  weakContext?: readonly string[];
  /** Folded words at which 'caps' patterns are tried. */
  startWords?: readonly string[];
  /** Score of a well-formed match without supporting context. */
  baseScore: number;
  /** When false, spans may cover protected codes (long values such as addresses). Default true. */
  guarded?: boolean;
  validate(match: PatternMatch, text: string, ctx: MatchContext): Verdict;
  /**
   * Drops what a matcher kept of the text for its validator; the engine calls it when a detect call
   * returns or throws, so no personal text stays referenced by a module between calls.
   */
  release?(): void;
}
