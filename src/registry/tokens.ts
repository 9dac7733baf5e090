// Per-official bearer tokens. Tokens are kept only as SHA-256 digests and
// looked up by digest, so neither a string compare nor a log line ever sees a
// raw token next to another.
import { createHash } from 'node:crypto';

export interface TokenTable {
  /** No tokens configured: the registry runs open (dev mode). */
  readonly open: boolean;
  readonly size: number;
  /** Official for an `Authorization` header value, or undefined when it is missing or unknown. */
  officialFor(authorization: string | undefined): string | undefined;
}

const digest = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

export function createTokenTable(tokens: ReadonlyMap<string, string> | undefined): TokenTable {
  const byDigest = new Map<string, string>();
  for (const [token, official] of tokens ?? []) {
    if (!token) throw new Error('registry token must not be empty');
    if (!official.trim()) throw new Error('registry token needs an official name');
    byDigest.set(digest(token), official);
  }
  return {
    open: byDigest.size === 0,
    size: byDigest.size,
    officialFor(authorization) {
      const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization ?? '');
      return match ? byDigest.get(digest(match[1]!)) : undefined;
    },
  };
}

/**
 * Parse `TOKEN:officialName` (the CLI's --token form). The first colon splits,
 * so official names may hold colons; tokens may not.
 */
export function parseTokenSpec(spec: string): [token: string, official: string] {
  const at = spec.indexOf(':');
  const token = at < 0 ? '' : spec.slice(0, at);
  const official = at < 0 ? '' : spec.slice(at + 1).trim();
  // Never echo the spec: it holds a secret.
  if (!token || !official) throw new Error('--token expects TOKEN:officialName with both parts non-empty');
  if (/\s/.test(token)) throw new Error('--token: the token part must not contain white space');
  return [token, official];
}
