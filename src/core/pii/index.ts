// Vietnamese personal-data engine (issue 4): detection, masking operators, policy.
// Pure TypeScript: runs unchanged in the extension, the CLI and the registry.
import type { PiiSpan, PiiType } from './types.ts';
import { detect } from './detect.ts';

export type { PiiSpan, PiiType, PiiValueClass, Recognizer, MatchContext, Verdict, Label } from './types.ts';
export { PII_TYPES } from './types.ts';
export { maskText, maskPii, redact } from './mask.ts';
export { maskFieldValue } from './fields.ts';
export { scrubOcrWords, type OcrWord, type BBox } from './ocr.ts';
export {
  createPolicy, DEFAULT_POLICY, PII_CLASS, textOperator, fieldOperator, FIELD_TYPES, type PiiPolicy, type PiiPolicyOverrides,
} from './policy.ts';
export {
  fullMask, partialMask, applyOperator, Pseudonymizer, pseudonymKey, PSEUDONYM_TAGS, type OperatorSpec, type PartialUnit,
} from './operators.ts';
export { recognizers } from './recognizers/index.ts';
export { DEFAULT_MIN_SCORE } from './detect.ts';

/** Finds personal data: non-overlapping spans (JavaScript string indices), sorted by start. */
export function detectPii(text: string, options?: { types?: PiiType[]; minScore?: number }): PiiSpan[] {
  return detect(text, options);
}
