// The outbox's registry client against real servers: the reference registry on a
// SQLite file, a faulty one, a closed port. Every failure kind decides whether
// the outbox retries on its own or waits for the official.
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postResult, RegistryFailure } from '../../src/extension/background/registry-client.ts';
import { canonicalHash } from '../../src/core/result/canonical.ts';
import { startFaultyServer, type FaultyServer } from '../../src/registry/faults.ts';
import type { RunningRegistry } from '../../src/registry/server.ts';
import { startOnTemp, tempDir } from '../registry/helpers.ts';
import { sampleResult } from '../registry/sample-result.ts';

const tmp = tempDir();
let registry: RunningRegistry;
const TOKEN = 'unit-token';
beforeAll(async () => { registry = await startOnTemp(join(tmp.dir, 'r.db'), { tokens: { [TOKEN]: 'Cán bộ A' } }); });
afterAll(async () => { await registry.close(); tmp.remove(); });

async function failure(p: Promise<unknown>): Promise<RegistryFailure> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(RegistryFailure);
    return err as RegistryFailure;
  }
  throw new Error('expected a failure');
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

describe('registry client', () => {
  it('returns the receipt, the same one again for the same result', async () => {
    const result = sampleResult({ code: 'unit-client-1' });
    const first = await postResult({ url: registry.url, token: TOKEN }, result);
    expect(first.code).toBe('unit-client-1');
    expect(first.sha256).toBe(await canonicalHash(result));
    expect(await postResult({ url: `${registry.url}/`, token: TOKEN }, result)).toEqual(first);
  });

  it('classifies permanent refusals: unauthorized, conflict, invalid', async () => {
    const result = sampleResult({ code: 'unit-client-2' });
    expect((await failure(postResult({ url: registry.url, token: 'wrong' }, result))).kind).toBe('unauthorized');
    await postResult({ url: registry.url, token: TOKEN }, result);
    const other = { ...result, fields: { ...result.fields, ho_ten: 'TRẦN VĂN B' } };
    const conflict = await failure(postResult({ url: registry.url, token: TOKEN }, other));
    expect([conflict.kind, conflict.transient]).toEqual(['conflict', false]);
    const invalid = await failure(postResult({ url: registry.url, token: TOKEN }, { ...result, code: 'unit-client-3', documentType: 'nope' } as never));
    expect([invalid.kind, invalid.status, invalid.transient]).toEqual(['invalid', 400, false]);
  });

  it('classifies transient failures: down, 500, too slow', async () => {
    const result = sampleResult({ code: 'unit-client-4' });
    const down = await failure(postResult({ url: `http://127.0.0.1:${await closedPort()}`, token: TOKEN }, result));
    expect([down.kind, down.transient]).toEqual(['unreachable', true]);
    let faulty: FaultyServer = await startFaultyServer({ mode: '500' });
    const e500 = await failure(postResult({ url: faulty.url, token: TOKEN }, result));
    expect([e500.kind, e500.status, e500.transient]).toEqual(['server', 500, true]);
    await faulty.close();
    faulty = await startFaultyServer({ mode: 'hang' });
    const slow = await failure(postResult({ url: faulty.url, token: TOKEN, timeoutMs: 300 }, result));
    expect([slow.kind, slow.transient]).toEqual(['timeout', true]);
    await faulty.close();
  });

  it('never puts a field value in its error message', async () => {
    const result = sampleResult({ code: 'unit-client-5' });
    const err = await failure(postResult({ url: registry.url, token: 'wrong' }, result));
    expect(err.message).not.toContain(result.fields.ho_ten);
    expect(err.message).not.toContain(result.ownerId!);
  });
});
