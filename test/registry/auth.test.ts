import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/registry/store.ts';
import type { RunningRegistry } from '../../src/registry/server.ts';
import { getJson, postResult, startOnTemp, tempDir } from './helpers.ts';
import { sampleOwnerId, sampleResult } from './sample-result.ts';

describe('registry with per-official tokens', () => {
  const tmp = tempDir();
  const dbPath = join(tmp.dir, 'auth.db');
  let registry: RunningRegistry;
  beforeAll(async () => {
    registry = await startOnTemp(dbPath, { tokens: { 'tok-binh-1': 'Trần Thị Bình', 'tok-cuong-2': 'Lê Văn Cường' } });
  });
  afterAll(async () => { await registry.close(); tmp.remove(); });

  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

  it('reports that it is not open', () => {
    expect(registry.open).toBe(false);
  });

  it('answers 401 on every /v1/results call without a valid token', async () => {
    const result = sampleResult({ code: 'auth.none.1' });
    for (const headers of [{}, bearer('wrong'), { Authorization: 'tok-binh-1' }, { Authorization: 'Basic dG9rLWJpbmgtMQ==' }, bearer('tok-binh-1x')]) {
      const post = await postResult(registry.url, result, headers);
      expect(post.status).toBe(401);
      expect(post.json).toEqual({ error: 'unauthorized' });
      expect((await getJson(`${registry.url}/v1/results/auth.none.1`, headers)).status).toBe(401);
      expect((await getJson(`${registry.url}/v1/results?owner=${sampleOwnerId}`, headers)).status).toBe(401);
    }
    // Auth comes before validation: an anonymous caller learns nothing about the payload rules.
    expect((await postResult(registry.url, '{', {})).status).toBe(401);
  });

  it('accepts a valid token and serves the result to any official', async () => {
    const result = sampleResult({ code: 'auth.ok.1' });
    expect((await postResult(registry.url, result, bearer('tok-binh-1'))).status).toBe(201);
    const other = await getJson(`${registry.url}/v1/results/auth.ok.1`, bearer('tok-cuong-2'));
    expect(other.status).toBe(200);
    expect(other.json.result.code).toBe('auth.ok.1');
    // The scheme name is case-insensitive (RFC 7235).
    expect((await getJson(`${registry.url}/v1/results/auth.ok.1`, { Authorization: 'bearer tok-binh-1' })).status).toBe(200);
  });

  it('keeps health and CORS preflight open', async () => {
    expect((await getJson(`${registry.url}/v1/health`)).status).toBe(200);
    const pre = await fetch(`${registry.url}/v1/results`, {
      method: 'OPTIONS',
      headers: { Origin: 'chrome-extension://x', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization' },
    });
    expect(pre.status).toBe(204);
    const denied = await postResult(registry.url, sampleResult(), { Origin: 'chrome-extension://x' });
    expect(denied.status).toBe(401);
    expect(denied.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('records which official posted each result, and keeps the first poster on a repeat', async () => {
    expect((await postResult(registry.url, sampleResult({ code: 'auth.who.1' }), bearer('tok-cuong-2'))).status).toBe(201);
    expect((await postResult(registry.url, sampleResult({ code: 'auth.who.1' }), bearer('tok-binh-1'))).status).toBe(200);
    await registry.close();
    const store = openStore(dbPath);
    try {
      expect(store.officialOf('auth.who.1')).toBe('Lê Văn Cường');
      expect(store.officialOf('auth.ok.1')).toBe('Trần Thị Bình');
      expect(store.officialOf('auth.none.1')).toBeUndefined();
    } finally {
      store.close();
    }
    registry = await startOnTemp(dbPath, { tokens: new Map([['tok-binh-1', 'Trần Thị Bình']]) });
  });
});

describe('registry in open mode', () => {
  it('records no official', async () => {
    const tmp = tempDir();
    const dbPath = join(tmp.dir, 'open.db');
    const registry = await startOnTemp(dbPath);
    try {
      expect(registry.open).toBe(true);
      expect((await postResult(registry.url, sampleResult({ code: 'open.1' }))).status).toBe(201);
    } finally {
      await registry.close();
    }
    const store = openStore(dbPath);
    expect(store.officialOf('open.1')).toBeNull();
    store.close();
    tmp.remove();
  });
});
