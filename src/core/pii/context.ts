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

/** Kind of the label that supports the value (within `maxGap` filler characters), or null. */
export function supportingLabel(ctx: MatchContext, maxGap: number): LabelKind | null {
  return ctx.labelKind(maxGap);
}
