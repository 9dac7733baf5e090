// Applying a policy to text: maskText for spans already found, redact to find and mask in one go.
import { PII_TYPES, type PiiSpan, type PiiType } from './types.ts';
import { applyOperator, Pseudonymizer, type OperatorSpec } from './operators.ts';
import { DEFAULT_POLICY, textOperator, type PiiPolicy } from './policy.ts';
import { detect } from './detect.ts';

const TYPE_INDEX = Object.fromEntries(PII_TYPES.map((t, i) => [t, i])) as Record<PiiType, number>;
/** The text operator of every type, by type index, per policy (policies are not changed once made). */
const operatorCache = new WeakMap<PiiPolicy, OperatorSpec[]>();

/** The last policy looked up: nearly every call uses the same one. */
let lastPolicy: PiiPolicy | null = null;
let lastOps: OperatorSpec[] = [];

function operators(policy: PiiPolicy): OperatorSpec[] {
  if (policy === lastPolicy) return lastOps;
  let ops = operatorCache.get(policy);
  if (ops === undefined) {
    ops = PII_TYPES.map((t) => textOperator(policy, t));
    operatorCache.set(policy, ops);
  }
  lastPolicy = policy;
  lastOps = ops;
  return ops;
}

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
  const ops = operators(policy);
  let out = '';
  let pos = 0;
  for (const s of spans) {
    if (s.start < pos || s.end > text.length || s.end <= s.start) throw new Error('maskText: spans must be sorted, non-overlapping and inside the text');
    out += text.slice(pos, s.start);
    out += applyOperator(ops[TYPE_INDEX[s.type]]!, s.type, text.slice(s.start, s.end), policy.maskChar, pseudonyms);
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
  const spans = detect(text, policy); // a policy is a DetectOptions: its types and minScore
  return { spans, masked: maskText(text, spans, policy, pseudonyms) };
}
