import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalHash } from '../../src/core/result/canonical.ts';
import { receiptSchema } from '../../src/core/result/schema.ts';
import type { RunningRegistry } from '../../src/registry/server.ts';
import { getJson, postResult, startOnTemp, tempDir } from './helpers.ts';
import { sampleOwnerId, sampleResult } from './sample-result.ts';

describe('registry API (open mode)', () => {
  const tmp = tempDir();
  let registry: RunningRegistry;
  beforeAll(async () => { registry = await startOnTemp(join(tmp.dir, 'registry.db')); });
  afterAll(async () => { await registry.close(); tmp.remove(); });

  it('answers health', async () => {
    const res = await getJson(`${registry.url}/v1/health`);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ ok: true, version: 1 });
  });

  it('stores a new result with 201 and a receipt carrying the canonical hash', async () => {
    const result = sampleResult({ code: 'api.create.1' });
    const res = await postResult(registry.url, result);
    expect(res.status).toBe(201);
    expect(receiptSchema.safeParse(res.json.receipt).success).toBe(true);
    expect(res.json.receipt.code).toBe('api.create.1');
    expect(res.json.receipt.sha256).toBe(await canonicalHash(result));
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('is idempotent: the same result again gets 200 and the same receipt', async () => {
    const result = sampleResult({ code: 'api.idem.1' });
    const first = await postResult(registry.url, result);
    expect(first.status).toBe(201);
    await new Promise((r) => setTimeout(r, 15)); // a later storedAt would show if a second row were written
    // Key order must not matter: identity is the canonical JSON.
    const reordered = Object.fromEntries(Object.entries(result).reverse());
    const second = await postResult(registry.url, reordered);
    expect(second.status).toBe(200);
    expect(second.json.receipt).toEqual(first.json.receipt);
  });

  it('answers 409 for a different result under an existing code, and keeps the first', async () => {
    const original = sampleResult({ code: 'api.conflict.1' });
    expect((await postResult(registry.url, original)).status).toBe(201);
    const changed = sampleResult({ code: 'api.conflict.1', fields: { ...original.fields, ho_ten: 'LÊ THỊ CÚC' } });
    const res = await postResult(registry.url, changed);
    expect(res.status).toBe(409);
    expect(res.json).toEqual({ error: 'code_conflict' });
    const stored = await getJson(`${registry.url}/v1/results/api.conflict.1`);
    expect(stored.json.result.fields.ho_ten).toBe(original.fields.ho_ten);
  });

  it('returns a stored result with its receipt, byte-for-byte the posted content', async () => {
    const result = sampleResult({ code: 'api.get.1' });
    const posted = await postResult(registry.url, result);
    const res = await getJson(`${registry.url}/v1/results/api.get.1`);
    expect(res.status).toBe(200);
    expect(res.json.result).toEqual(result);
    expect(res.json.receipt).toEqual(posted.json.receipt);
    expect(await canonicalHash(res.json.result)).toBe(res.json.receipt.sha256);
  });

  it('answers 404 for an unknown code', async () => {
    const res = await getJson(`${registry.url}/v1/results/no.such.code`);
    expect(res.status).toBe(404);
    expect(res.json).toEqual({ error: 'not_found' });
  });

  it('rejects an invalid result with 400 naming each problem by path, never echoing values', async () => {
    const bad = sampleResult({ code: 'api.bad.1' }) as any;
    bad.digitizer = { ...bad.digitizer, agencyCode: 'AGENCY-SECRET-42' };
    bad.fields = { ...bad.fields, mat_khau: 'PERSONAL-VALUE-123' };
    delete bad.confirmedAt;
    const res = await postResult(registry.url, bad);
    expect(res.status).toBe(400);
    expect(res.json.error).toBe('invalid_result');
    const details: string[] = res.json.details;
    expect(details.some((d) => d.startsWith('digitizer.agencyCode: '))).toBe(true);
    expect(details.some((d) => d.startsWith('confirmedAt: '))).toBe(true);
    const text = JSON.stringify(res.json);
    expect(text).not.toContain('AGENCY-SECRET-42');
    expect(text).not.toContain('PERSONAL-VALUE-123');
    expect((await getJson(`${registry.url}/v1/results/api.bad.1`)).status).toBe(404);
  });

  it('rejects fields outside the catalog (data minimization) with the field path', async () => {
    const bad = sampleResult({ code: 'api.bad.2' }) as any;
    bad.fields = { ...bad.fields, so_tai_khoan: '0123456789' };
    const res = await postResult(registry.url, bad);
    expect(res.status).toBe(400);
    expect(res.json.details).toEqual([expect.stringMatching(/^fields\.so_tai_khoan: /)]);
    expect(JSON.stringify(res.json)).not.toContain('0123456789');
  });

  it('rejects malformed and empty JSON with invalid_json', async () => {
    for (const body of ['{"code": "x",', '', 'not json']) {
      const res = await postResult(registry.url, body);
      expect(res.status).toBe(400);
      expect(res.json).toEqual({ error: 'invalid_json' });
    }
  });

  it('rejects non-object JSON as an invalid result', async () => {
    const res = await postResult(registry.url, '[1,2]');
    expect(res.status).toBe(400);
    expect(res.json.error).toBe('invalid_result');
  });

  it('answers 413 to a body over 1 MiB, declared or chunked, and stays usable', async () => {
    const big = sampleResult({ code: 'api.big.1', fields: { ho_ten: 'A'.repeat(1024 * 1024) } });
    const res = await postResult(registry.url, big);
    expect(res.status).toBe(413);
    expect(res.json).toEqual({ error: 'payload_too_large' });

    const encoded = new TextEncoder().encode(JSON.stringify(big));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < encoded.length; i += 64 * 1024) controller.enqueue(encoded.subarray(i, i + 64 * 1024));
        controller.close();
      },
    });
    const chunked = await fetch(`${registry.url}/v1/results`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: stream, duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
    expect((await getJson(`${registry.url}/v1/results/api.big.1`)).status).toBe(404);
    expect((await getJson(`${registry.url}/v1/health`)).status).toBe(200);
  });

  it('accepts a body just under 1 MiB', async () => {
    const base = sampleResult({ code: 'api.near.1' });
    const overhead = new TextEncoder().encode(JSON.stringify({ ...base, fields: { ...base.fields, noi_thuong_tru: '' } })).length;
    const near = sampleResult({ code: 'api.near.1', fields: { ...base.fields, noi_thuong_tru: 'x'.repeat(1024 * 1024 - overhead) } });
    expect(new TextEncoder().encode(JSON.stringify(near)).length).toBe(1024 * 1024);
    expect((await postResult(registry.url, near)).status).toBe(201);
  });

  it('lists results by owner in storedAt order, and only that owner', async () => {
    const owner = '079188000111';
    const codes = ['api.owner.c', 'api.owner.a', 'api.owner.b'];
    for (const code of codes) {
      expect((await postResult(registry.url, sampleResult({ code, ownerId: owner, metadata: { ...sampleResult().metadata, ownerId: owner } }))).status).toBe(201);
    }
    expect((await postResult(registry.url, sampleResult({ code: 'api.owner.other', ownerId: '079188000222' }))).status).toBe(201);
    const res = await getJson(`${registry.url}/v1/results?owner=${owner}`);
    expect(res.status).toBe(200);
    expect(res.json.results.map((r: any) => r.result.code)).toEqual(codes);
    const storedAts = res.json.results.map((r: any) => r.receipt.storedAt);
    expect([...storedAts].sort()).toEqual(storedAts);
    for (const r of res.json.results) expect(r.receipt.sha256).toBe(await canonicalHash(r.result));
    expect((await getJson(`${registry.url}/v1/results?owner=000000000000`)).json).toEqual({ results: [] });
    expect((await getJson(`${registry.url}/v1/results?owner=${sampleOwnerId}`)).json.results.length).toBeGreaterThan(0);
  });

  it('answers 400 when the owner parameter is missing or empty', async () => {
    for (const query of ['', '?owner=', '?ownerId=1']) {
      const res = await getJson(`${registry.url}/v1/results${query}`);
      expect(res.status).toBe(400);
      expect(res.json.error).toBe('invalid_query');
    }
  });

  it('answers unknown routes with 404 JSON and wrong methods with 405 JSON', async () => {
    const unknown = await getJson(`${registry.url}/v2/results`);
    expect(unknown.status).toBe(404);
    expect(unknown.json).toEqual({ error: 'not_found' });
    const del = await fetch(`${registry.url}/v1/results/api.get.1`, { method: 'DELETE' });
    expect(del.status).toBe(405);
    expect(await del.json()).toEqual({ error: 'method_not_allowed' });
    expect((await getJson(`${registry.url}/v1/results/api.get.1`)).status).toBe(200);
  });

  it('handles a CORS preflight and sets CORS headers on answers, errors included', async () => {
    const pre = await fetch(`${registry.url}/v1/results`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'chrome-extension://abcdefghijklmnop',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization, content-type',
      },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('*');
    expect(pre.headers.get('access-control-allow-methods')).toContain('POST');
    const allowed = (pre.headers.get('access-control-allow-headers') ?? '').toLowerCase().split(',').map((h) => h.trim());
    expect(allowed).toEqual(expect.arrayContaining(['authorization', 'content-type']));

    const origin = { Origin: 'chrome-extension://abcdefghijklmnop' };
    expect((await getJson(`${registry.url}/v1/health`, origin)).headers.get('access-control-allow-origin')).toBe('*');
    expect((await getJson(`${registry.url}/v1/results/missing`, origin)).headers.get('access-control-allow-origin')).toBe('*');
    expect((await postResult(registry.url, 'x', origin)).headers.get('access-control-allow-origin')).toBe('*');
  });

  it('stores concurrent posts of one code once', async () => {
    const result = sampleResult({ code: 'api.race.1' });
    const answers = await Promise.all(Array.from({ length: 8 }, () => postResult(registry.url, result)));
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 200)).toHaveLength(7);
    expect(new Set(answers.map((a) => JSON.stringify(a.json.receipt))).size).toBe(1);
  });
});
