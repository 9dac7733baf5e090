// Applying a policy to text: maskText for spans already found, redact to find and mask in one go.
import { PII_TYPES, type PiiSpan } from './types.ts';
import { applyOperator, Pseudonymizer, TextPseudonyms, typeIndex, type OperatorSpec } from './operators.ts';
import { DEFAULT_POLICY, textOperator, type PiiPolicy } from './policy.ts';
import { detect } from './detect.ts';

/** A policy's text operator of every type, by type index, and 1 where it is the pseudonym (the default for basic types). */
interface TextOperators {
  ops: OperatorSpec[];
  pseudonym: Uint8Array;
}

/** Per policy (policies are not changed once made). */
const operatorCache = new WeakMap<PiiPolicy, TextOperators>();
/** The last policy looked up: nearly every call uses the same one. */
let lastPolicy: PiiPolicy | null = null;
let lastOperators: TextOperators | null = null;

function operators(policy: PiiPolicy): TextOperators {
  if (policy === lastPolicy) return lastOperators!;
  let found = operatorCache.get(policy);
  if (found === undefined) {
    const ops = PII_TYPES.map((t) => textOperator(policy, t));
    found = { ops, pseudonym: new Uint8Array(ops.map((o) => (o.op === 'pseudonym' ? 1 : 0))) };
    operatorCache.set(policy, found);
  }
  lastPolicy = policy;
  lastOperators = found;
  return found;
}

/**
 * Numbers the values of a call made without a Pseudonymizer: one instance reused (no allocation per
 * call), cleared before the call returns so no value of the text stays referenced.
 */
const scratch = new TextPseudonyms();
/** What applyOperator is given for operators other than the pseudonym (which never reach it here). */
const unused = new Pseudonymizer();

/**
 * Replaces each span by its operator's output. Spans must be sorted and non-overlapping (as
 * detectPii returns them). Pass one Pseudonymizer to several calls to keep pseudonyms consistent
 * across the parts of one document; by default each call is one document.
 */
export function maskText(
  text: string,
  spans: readonly PiiSpan[],
  policy: PiiPolicy = DEFAULT_POLICY,
  pseudonyms?: Pseudonymizer,
): string {
  if (spans.length === 0) return text;
  const { ops, pseudonym } = operators(policy);
  if (pseudonyms === undefined) scratch.begin(text);
  let out = '';
  let pos = 0;
  try {
    for (let i = 0; i < spans.length; i++) {
      const s = spans[i]!;
      const start = s.start;
      const end = s.end;
      if (start < pos || end > text.length || end <= start) throw new Error('maskText: spans must be sorted, non-overlapping and inside the text');
      const t = typeIndex(s.type);
      if (t < 0) throw new Error('maskText: unknown span type');
      let masked: string;
      if (pseudonym[t] === 0) masked = applyOperator(ops[t]!, s.type, text.slice(start, end), policy.maskChar, pseudonyms ?? unused);
      else masked = pseudonyms === undefined ? scratch.labelAt(t, start, end) : pseudonyms.labelAt(t, text.slice(start, end));
      out = start > pos ? out + text.slice(pos, start) + masked : out + masked;
      pos = end;
    }
  } finally {
    if (pseudonyms === undefined) scratch.end();
  }
  return pos < text.length ? out + text.slice(pos) : out;
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
