// The extension's one IndexedDB database. Personal data lives only inside
// `sealed` members (AES-GCM, see vault.ts); the plain columns hold what the
// list, the outbox scheduler and the audit need, and nothing personal.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ItemStatus } from './messages.ts';
import type { Receipt } from '../../core/result/schema.ts';

export interface Sealed {
  iv: Uint8Array;
  data: ArrayBuffer;
}

export interface ItemRecord {
  id: string;
  status: ItemStatus;
  documentType: string | null;
  /** Kind of source ('html' | 'pdf' | 'image'), for the list label; never a file name. */
  sourceKind: 'html' | 'pdf' | 'image';
  createdAt: string;
  updatedAt: string;
  error?: string;
  progress?: number;
  /**
   * Encrypted CodeRecord. The result code is built from the owner's personal
   * identifier (Art. 10), so it is personal data too and never stored in the clear.
   */
  sealedCode?: Sealed;
  /** Encrypted DraftPayload; deleted once the registry acknowledges. */
  sealed?: Sealed;
  fileIds: string[];
}

export interface FileRecord {
  id: string;
  itemId: string;
  size: number;
  mediaType: string;
  sha256: string;
  /** Encrypted bytes. */
  sealed: Sealed;
}

export interface CodeRecord {
  code: string;
  receipt?: Receipt;
}

export interface OutboxRecord {
  itemId: string;
  /** Encrypted DigitizationResult. */
  sealed: Sealed;
  queuedAt: string;
  attempts: number;
  /** Epoch ms of the next attempt. */
  nextAttemptAt: number;
  /** Permanent failures wait for the official (edit, retry or delete). */
  parked: boolean;
}

export interface AuditRecord {
  id?: number;
  at: string;
  action: 'capture' | 'reveal' | 'download' | 'confirm' | 'sent' | 'delete' | 'purge' | 'failed';
  itemId: string;
  /** Catalog key for reveals; never a value. */
  field?: string;
}

interface SohoaDB extends DBSchema {
  items: { key: string; value: ItemRecord; indexes: { byUpdated: string } };
  files: { key: string; value: FileRecord; indexes: { byItem: string } };
  outbox: { key: string; value: OutboxRecord; indexes: { byNext: number } };
  audit: { key: number; value: AuditRecord };
  meta: { key: string; value: unknown };
}

export type Db = IDBPDatabase<SohoaDB>;
export const DB_NAME = 'sohoa';

let pending: Promise<Db> | undefined;

export function db(): Promise<Db> {
  pending ??= openDB<SohoaDB>(DB_NAME, 1, {
    upgrade(d, oldVersion) {
      // Versioned migrations: add a `case` per version, never edit an old one.
      if (oldVersion < 1) {
        d.createObjectStore('items', { keyPath: 'id' }).createIndex('byUpdated', 'updatedAt');
        d.createObjectStore('files', { keyPath: 'id' }).createIndex('byItem', 'itemId');
        d.createObjectStore('outbox', { keyPath: 'itemId' }).createIndex('byNext', 'nextAttemptAt');
        d.createObjectStore('audit', { keyPath: 'id', autoIncrement: true });
        d.createObjectStore('meta');
      }
    },
  });
  return pending;
}
