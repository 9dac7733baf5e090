// Applying a policy to text: maskText for spans already found, redact to find and mask in one go.
import type { PiiSpan } from './types.ts';
import { applyOperator, Pseudonymizer } from './operators.ts';
import { DEFAULT_POLICY, textOperator, type PiiPolicy } from './policy.ts';
import { detect } from './detect.ts';

/**
 * Replaces each span by its operator's output. Spans must be sorted and non-overlapping (as
 * detectPii returns them). Pass one Pseudonymizer to several calls to keep pseudonyms consistent
 * across the parts of one document; by default each call is one document.
 */
export function maskText(
  text: string,
  spans: readonly PiiSpan[],
  policy: PiiPolicy = DEFAULT_POLICY,
  pseudonyms: Pseudonymizer = new Pseudonymizer(),
): string {
  if (spans.length === 0) return text;
  let out = '';
  let pos = 0;
  for (const s of spans) {
    if (s.start < pos || s.end > text.length || s.end <= s.start) throw new Error('maskText: spans must be sorted, non-overlapping and inside the text');
    out += text.slice(pos, s.start);
    out += applyOperator(textOperator(policy, s.type), s.type, text.slice(s.start, s.end), policy.maskChar, pseudonyms);
    pos = s.end;
  }
  return out + text.slice(pos);
}

/** Detects personal data with the policy's settings and masks it. */
export function redact(
  text: string,
  policy: PiiPolicy = DEFAULT_POLICY,
  pseudonyms?: Pseudonymizer,
): { spans: PiiSpan[]; masked: string } {
  const spans = detect(text, { ...(policy.types ? { types: policy.types } : {}), minScore: policy.minScore });
  return { spans, masked: maskText(text, spans, policy, pseudonyms) };
}
