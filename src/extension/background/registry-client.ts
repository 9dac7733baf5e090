// HTTP client for the registry API (docs/registry-api.md). Classifies every
// failure so the outbox knows whether to retry or wait for the official.
import { receiptSchema, type DigitizationResult, type Receipt } from '../../core/result/schema.ts';

export type FailureKind =
  | 'unreachable' | 'timeout' | 'server' | 'bad_reply' // transient: retried automatically
  | 'unauthorized' | 'conflict' | 'invalid' | 'too_large'; // permanent: the official must act

export class RegistryFailure extends Error {
  constructor(readonly kind: FailureKind, readonly status?: number) {
    super(`registry ${kind}${status ? ` (HTTP ${status})` : ''}`);
  }
  get transient(): boolean {
    return this.kind === 'unreachable' || this.kind === 'timeout' || this.kind === 'server' || this.kind === 'bad_reply';
  }
}

export interface RegistryTarget {
  url: string;
  token: string;
  timeoutMs?: number;
}

export async function postResult(target: RegistryTarget, result: DigitizationResult): Promise<Receipt> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (target.token) headers.authorization = `Bearer ${target.token}`;
  let response: Response;
  try {
    response = await fetch(new URL('v1/results', withSlash(target.url)), {
      method: 'POST',
      headers,
      body: JSON.stringify(result),
      signal: AbortSignal.timeout(target.timeoutMs ?? 20_000),
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch (err) {
    throw new RegistryFailure(err instanceof DOMException && err.name === 'TimeoutError' ? 'timeout' : 'unreachable');
  }
  const status = response.status;
  if (status === 200 || status === 201) {
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new RegistryFailure('bad_reply', status);
    }
    const receipt = receiptSchema.safeParse((body as { receipt?: unknown } | null)?.receipt);
    if (!receipt.success) throw new RegistryFailure('bad_reply', status);
    return receipt.data;
  }
  await response.body?.cancel();
  if (status === 401 || status === 403) throw new RegistryFailure('unauthorized', status);
  if (status === 409) throw new RegistryFailure('conflict', status);
  if (status === 413) throw new RegistryFailure('too_large', status);
  if (status === 400 || status === 422) throw new RegistryFailure('invalid', status);
  if (status === 408 || status === 429 || status >= 500) throw new RegistryFailure('server', status);
  throw new RegistryFailure('bad_reply', status);
}

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}
