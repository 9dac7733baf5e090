import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { canonicalHash } from '../../src/core/result/canonical.ts';
import { openStore, storeSchemaVersion } from '../../src/registry/store.ts';
import { getJson, postResult, startOnTemp, tempDir } from './helpers.ts';
import { sampleResult } from './sample-result.ts';

describe('registry storage', () => {
  it('keeps results and receipts across a restart on the same file', async () => {
    const tmp = tempDir();
    const dbPath = join(tmp.dir, 'nested', 'persist.db'); // the directory is created on demand
    try {
      const result = sampleResult({ code: 'persist.1' });
      const first = await startOnTemp(dbPath);
      const created = await postResult(first.url, result);
      expect(created.status).toBe(201);
      await first.close();

      const second = await startOnTemp(dbPath);
      try {
        const got = await getJson(`${second.url}/v1/results/persist.1`);
        expect(got.status).toBe(200);
        expect(got.json.result).toEqual(result);
        expect(got.json.receipt).toEqual(created.json.receipt);
        // Idempotency survives the restart too: same receipt, and a changed result still conflicts.
        expect((await postResult(second.url, result)).json.receipt).toEqual(created.json.receipt);
        const changed = sampleResult({ code: 'persist.1', confirmedAt: '2026-05-26T09:00:00.000+07:00' });
        expect((await postResult(second.url, changed)).status).toBe(409);
      } finally {
        await second.close();
      }
    } finally {
      tmp.remove();
    }
  });

  it('creates the schema with WAL, the results table, the owner index and user_version', () => {
    const tmp = tempDir();
    const dbPath = join(tmp.dir, 'schema.db');
    openStore(dbPath).close();
    const db = new Database(dbPath, { readonly: true });
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('user_version', { simple: true })).toBe(storeSchemaVersion);
      const columns = (db.prepare('PRAGMA table_info(results)').all() as { name: string; pk: number }[]);
      expect(columns.map((c) => c.name)).toEqual(['code', 'owner_id', 'document_type', 'sha256', 'body', 'stored_at', 'official']);
      expect(columns.find((c) => c.pk === 1)?.name).toBe('code');
      const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'results'").all() as { name: string }[];
      expect(indexes.map((i) => i.name)).toContain('results_owner_id');
      const plan = db.prepare('EXPLAIN QUERY PLAN SELECT body FROM results WHERE owner_id = ? ORDER BY stored_at').all('x') as { detail: string }[];
      expect(plan.map((p) => p.detail).join(' ')).toContain('results_owner_id');
    } finally {
      db.close();
      tmp.remove();
    }
  });

  it('reopens an up-to-date file without re-running migrations', () => {
    const tmp = tempDir();
    const dbPath = join(tmp.dir, 'reopen.db');
    const a = openStore(dbPath);
    a.close();
    const b = openStore(dbPath); // would throw "table results already exists" if migrations re-ran
    b.close();
    tmp.remove();
  });

  it('refuses a file written by a newer schema version', () => {
    const tmp = tempDir();
    const dbPath = join(tmp.dir, 'future.db');
    const db = new Database(dbPath);
    db.pragma(`user_version = ${storeSchemaVersion + 1}`);
    db.close();
    expect(() => openStore(dbPath)).toThrow(/newer/);
    tmp.remove();
  });

  it('stores the canonical JSON and reports created / existing / conflict', async () => {
    const store = openStore(':memory:');
    try {
      const result = sampleResult({ code: 'store.1' });
      const sha256 = await canonicalHash(result);
      const created = store.put({ result, sha256, official: null, now: new Date('2026-05-25T01:00:00Z') });
      expect(created).toEqual({ status: 'created', receipt: { code: 'store.1', storedAt: '2026-05-25T01:00:00.000Z', sha256 } });
      const again = store.put({ result, sha256, official: 'X', now: new Date('2026-05-26T01:00:00Z') });
      expect(again).toEqual({ status: 'existing', receipt: created.status === 'created' ? created.receipt : null });
      expect(store.put({ result, sha256: 'f'.repeat(64), official: null }).status).toBe('conflict');
      expect(store.get('store.1')?.result).toEqual(result);
      expect(store.get('store.2')).toBeUndefined();
    } finally {
      store.close();
    }
  });
});
