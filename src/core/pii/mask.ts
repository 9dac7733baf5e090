// Applying a policy to text: maskText for spans already found, redact to find and mask in one go.
import { PII_TYPES, type PiiSpan } from './types.ts';
import { applyOperator, Pseudonymizer, TextPseudonyms, typeIndex, type OperatorSpec } from './operators.ts';
import { DEFAULT_POLICY, textOperator, type PiiPolicy } from './policy.ts';
import { detectFound, foundSpans, type FoundSpans } from './detect.ts';

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
  const m = masker.reset(text, policy, pseudonyms);
  let pos = 0;
  try {
    for (let i = 0; i < spans.length; i++) {
      const s = spans[i]!;
      const start = s.start;
      const end = s.end;
      if (start < pos || end > text.length || end <= start) throw new Error('maskText: spans must be sorted, non-overlapping and inside the text');
      const t = typeIndex(s.type);
      if (t < 0) throw new Error('maskText: unknown span type');
      m.add(t, start, end);
      pos = end;
    }
    return m.finish();
  } finally {
    m.end();
  }
}

/** Masks what detectFound() found (sorted, non-overlapping, of known types: nothing to check). */
function maskFound(text: string, found: FoundSpans, policy: PiiPolicy, pseudonyms: Pseudonymizer | undefined): string {
  if (found.count === 0) return text;
  const m = masker.reset(text, policy, pseudonyms);
  try {
    for (let i = 0; i < found.count; i++) m.add(found.type[i]!, found.start[i]!, found.end[i]!);
    return m.finish();
  } finally {
    m.end();
  }
}

/**
 * Builds one masked text, span by span (one instance reused: calls are synchronous and never nest).
 * Without a Pseudonymizer the values are numbered per call (TextPseudonyms), and forgotten by end().
 */
class Masker {
  private text = '';
  private out = '';
  private pos = 0;
  private policy: PiiPolicy = DEFAULT_POLICY;
  private operators: TextOperators | null = null;
  private pseudonyms: Pseudonymizer | undefined = undefined;

  reset(text: string, policy: PiiPolicy, pseudonyms: Pseudonymizer | undefined): this {
    this.text = text;
    this.out = '';
    this.pos = 0;
    this.policy = policy;
    this.operators = operators(policy);
    this.pseudonyms = pseudonyms;
    if (pseudonyms === undefined) scratch.begin(text);
    return this;
  }

  /** Masks text[start, end), of type index `t`, after what is already masked. */
  add(t: number, start: number, end: number): void {
    const text = this.text;
    const { ops, pseudonym } = this.operators!;
    const pseudonyms = this.pseudonyms;
    let masked: string;
    if (pseudonym[t] === 0) masked = applyOperator(ops[t]!, PII_TYPES[t]!, text.slice(start, end), this.policy.maskChar, pseudonyms ?? unused);
    else masked = pseudonyms === undefined ? scratch.labelAt(t, start, end) : pseudonyms.labelAt(t, text.slice(start, end));
    this.out = start > this.pos ? this.out + text.slice(this.pos, start) + masked : this.out + masked;
    this.pos = end;
  }

  /** The masked text. */
  finish(): string {
    return this.pos < this.text.length ? this.out + this.text.slice(this.pos) : this.out;
  }

  /** Forgets the text and its values. */
  end(): void {
    if (this.pseudonyms === undefined) scratch.end();
    this.text = '';
    this.out = '';
    this.pseudonyms = undefined;
  }
}
const masker = new Masker();

/** Detects personal data with the policy's settings and masks it. */
export function redact(
  text: string,
  policy: PiiPolicy = DEFAULT_POLICY,
  pseudonyms?: Pseudonymizer,
): { spans: PiiSpan[]; masked: string } {
  const found = detectFound(text, policy); // a policy is a DetectOptions: its types and minScore
  const spans = foundSpans(found);
  return { spans, masked: maskFound(text, found, policy, pseudonyms) };
}

/** redact() when only the masked text is wanted (no span objects are made). */
export function maskPii(text: string, policy: PiiPolicy = DEFAULT_POLICY, pseudonyms?: Pseudonymizer): string {
  return maskFound(text, detectFound(text, policy), policy, pseudonyms);
}
