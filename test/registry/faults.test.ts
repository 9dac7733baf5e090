import { afterEach, describe, expect, it } from 'vitest';
import { startFaultyServer } from '../../src/registry/faults.ts';
import type { FaultyServer } from '../../src/registry/faults.ts';

describe('faulty registry stand-in', () => {
  let server: FaultyServer | undefined;
  afterEach(async () => { await server?.close(); server = undefined; });

  it("'500' answers every request with 500 JSON and counts requests", async () => {
    server = await startFaultyServer({ mode: '500' });
    for (const path of ['/v1/results', '/v1/health', '/anything']) {
      const res = await fetch(`${server.url}${path}`, { method: path === '/v1/results' ? 'POST' : 'GET', body: path === '/v1/results' ? '{}' : undefined });
      expect(res.status).toBe(500);
      expect(await res.json()).toEqual({ error: 'internal' });
    }
    expect(server.requests).toBe(3);
  });

  it("'slow' answers 503 only after the delay", async () => {
    server = await startFaultyServer({ mode: 'slow', delayMs: 300 });
    const early = await fetch(`${server.url}/v1/health`, { signal: AbortSignal.timeout(100) }).then(() => 'answered', (e: Error) => e.name);
    expect(early).toBe('TimeoutError');
    const res = await fetch(`${server.url}/v1/health`, { signal: AbortSignal.timeout(5000) });
    expect(res.status).toBe(503);
    expect(server.requests).toBe(2);
  });

  it("'hang' never answers, and close() still ends promptly", async () => {
    server = await startFaultyServer({ mode: 'hang' });
    const pending = fetch(`${server.url}/v1/results`, { method: 'POST', body: '{}' }).then(() => 'answered', () => 'failed');
    const outcome = await Promise.race([pending, new Promise((r) => setTimeout(() => r('still waiting'), 500))]);
    expect(outcome).toBe('still waiting');
    expect(server.requests).toBe(1);
    await server.close();
    server = undefined;
    expect(await pending).toBe('failed');
  });
});
