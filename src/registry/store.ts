// Registry storage: one SQLite file (better-sqlite3, WAL). The HTTP layer knows
// nothing about SQL; this module knows nothing about HTTP.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { DigitizationResult, Receipt } from '../core/result/schema.ts';
import { canonicalJson } from '../core/result/canonical.ts';

export interface StoredResult {
  result: DigitizationResult;
  receipt: Receipt;
}

/** What `put` did: stored a new row, found the identical result, or found a different one. */
export type PutOutcome =
  | { status: 'created'; receipt: Receipt }
  | { status: 'existing'; receipt: Receipt }
  | { status: 'conflict' };

export interface PutInput {
  result: DigitizationResult;
  /** canonicalHash(result), computed by the caller (WebCrypto is async, SQLite transactions are not). */
  sha256: string;
  /** Official whose token posted the result; null when the registry runs open. */
  official: string | null;
  /** Injected for tests; defaults to the current time. */
  now?: Date;
}

export interface RegistryStore {
  put(input: PutInput): PutOutcome;
  get(code: string): StoredResult | undefined;
  listByOwner(ownerId: string): StoredResult[];
  /** Which official posted a result (null in open mode); undefined when the code is unknown. */
  officialOf(code: string): string | null | undefined;
  close(): void;
}

/**
 * Schema migrations, applied in order; PRAGMA user_version holds how many ran.
 * Append only: never edit a migration that has shipped.
 */
const migrations: readonly string[] = [
  `CREATE TABLE results (
     code          TEXT PRIMARY KEY,
     owner_id      TEXT,
     document_type TEXT NOT NULL,
     sha256        TEXT NOT NULL,
     body          TEXT NOT NULL CHECK (json_valid(body)),
     stored_at     TEXT NOT NULL,
     official      TEXT
   ) STRICT;
   CREATE INDEX results_owner_id ON results (owner_id, stored_at);`,
];

export const storeSchemaVersion = migrations.length;

interface Row {
  code: string;
  sha256: string;
  body: string;
  stored_at: string;
}

export function openStore(dbPath: string): RegistryStore {
  if (dbPath !== ':memory:') mkdirSync(dirname(dbPath), { recursive: true });
  const db = new Database(dbPath);
  try {
    db.pragma('journal_mode = WAL');
    // A receipt lets the extension purge its local copy, so a receipt must mean
    // "on disk": FULL syncs the WAL on every commit.
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    migrate(db);
  } catch (err) {
    db.close();
    throw err;
  }

  const selectOne = db.prepare<[string], Row>('SELECT code, sha256, body, stored_at FROM results WHERE code = ?');
  const selectOwner = db.prepare<[string], Row>(
    'SELECT code, sha256, body, stored_at FROM results WHERE owner_id = ? ORDER BY stored_at, rowid',
  );
  const selectOfficial = db.prepare<[string], { official: string | null }>('SELECT official FROM results WHERE code = ?');
  const insert = db.prepare(
    `INSERT INTO results (code, owner_id, document_type, sha256, body, stored_at, official)
     VALUES (@code, @ownerId, @documentType, @sha256, @body, @storedAt, @official)`,
  );

  // Check and insert in one IMMEDIATE transaction: two writers posting the
  // same code cannot both see "absent".
  const putTx = db.transaction((input: PutInput): PutOutcome => {
    const existing = selectOne.get(input.result.code);
    if (existing) {
      return existing.sha256 === input.sha256 ? { status: 'existing', receipt: receiptOf(existing) } : { status: 'conflict' };
    }
    const storedAt = (input.now ?? new Date()).toISOString();
    insert.run({
      code: input.result.code,
      ownerId: input.result.ownerId,
      documentType: input.result.documentType,
      sha256: input.sha256,
      body: canonicalJson(input.result),
      storedAt,
      official: input.official,
    });
    return { status: 'created', receipt: { code: input.result.code, storedAt, sha256: input.sha256 } };
  });

  let open = true;
  return {
    put: (input) => putTx.immediate(input),
    get(code) {
      const row = selectOne.get(code);
      return row ? storedOf(row) : undefined;
    },
    listByOwner: (ownerId) => selectOwner.all(ownerId).map(storedOf),
    officialOf: (code) => selectOfficial.get(code)?.official,
    close() {
      if (!open) return;
      open = false;
      db.close();
    },
  };
}

function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) {
    throw new Error(`registry database schema version ${current} is newer than this server supports (${migrations.length})`);
  }
  for (let version = current; version < migrations.length; version++) {
    db.transaction(() => {
      db.exec(migrations[version]!);
      db.pragma(`user_version = ${version + 1}`);
    }).immediate();
  }
}

function receiptOf(row: Row): Receipt {
  return { code: row.code, storedAt: row.stored_at, sha256: row.sha256 };
}

function storedOf(row: Row): StoredResult {
  return { result: JSON.parse(row.body) as DigitizationResult, receipt: receiptOf(row) };
}
