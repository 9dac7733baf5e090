// How recognizers read the label in front of a value: a label supports a
// value only when what lies between them is punctuation or filler words
// ("Số CCCD của ông là: 0012..."), never another value (the check itself is the scanner's).
import type { LabelKind, MatchContext } from './types.ts';

/** Kinds whose values are numbers: a number under such a label belongs to that recognizer. */
const NUMBER_KINDS: ReadonlySet<LabelKind> = new Set<LabelKind>([
  'national_id', 'passport', 'phone', 'tax_code', 'social_insurance', 'health_insurance', 'bank_account', 'license_plate',
]);

/** True when a label announces another kind of number than `own` (a name or address label does not). */
export function isOtherNumberLabel(kind: LabelKind | null, own: LabelKind): boolean {
  return kind !== null && kind !== own && NUMBER_KINDS.has(kind);
}

/**
 * Kind of the label that supports the value (within `maxGap` filler characters), or null. The usual
 * gap (": ", " ", "- ") is read here at once: blanks and punctuation that the scanner's FILLER_PUNCT
 * lists, with no word, are filler, so ctx.labelKind would say yes (without its token look-up).
 */
export function supportingLabel(ctx: MatchContext, maxGap: number): LabelKind | null {
  const l = ctx.label;
  if (l === null) return null;
  const to = ctx.start;
  if (to - l.end > maxGap) return null;
  const text = ctx.text;
  for (let i = l.end; i < to; i++) {
    const c = text.charCodeAt(i); // (between the label and the value: inside the text)
    if (!(c === 32 || c === 58 || c === 45 || c === 46 || c === 9)) return ctx.labelKind(maxGap);
  }
  return l.kind;
}
