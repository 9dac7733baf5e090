// Store step (Art. 7.4 / Art. 11): every confirmed result waits in the outbox
// until the registry returns a receipt that matches it; then the local personal
// data is purged. The service worker may stop at any moment (MV3 stops it after
// ~30 s idle), so all state is in IndexedDB and an alarm wakes us for retries.
// Re-sending after a stop mid-upload is safe: the registry is idempotent by code.
import browser from 'webextension-polyfill';
import { canonicalHash } from '../../core/result/canonical.ts';
import type { DigitizationResult } from '../../core/result/schema.ts';
import { db, type CodeRecord, type OutboxRecord } from '../shared/db.ts';
import { open, seal } from '../shared/vault.ts';
import { loadSettings } from '../shared/settings.ts';
import { audit } from './audit.ts';
import { broadcast } from './broadcast.ts';
import { postResult, RegistryFailure } from './registry-client.ts';
import { installId, nextSerial } from './identity.ts';
import { renderCode } from '../../core/result/code-template.ts';

export const OUTBOX_ALARM = 'sohoa-outbox';
const BACKOFF_MS = [5_000, 15_000, 30_000, 60_000, 120_000, 300_000];
/** Chrome does not fire alarms sooner than 30 s; shorter waits also use a timer while we are awake. */
const MIN_ALARM_MS = 30_000;

export function backoff(attempts: number): number {
  return BACKOFF_MS[Math.min(attempts - 1, BACKOFF_MS.length - 1)] ?? 300_000;
}

let running: Promise<void> | undefined;
let again = false;
let timer: ReturnType<typeof setTimeout> | undefined;

/** Sends every due outbox entry; concurrent calls join the running flush and trigger one more pass. */
export function flushOutbox(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    try {
      do {
        again = false;
        await flushOnce();
      } while (again);
    } finally {
      running = undefined;
      await schedule();
    }
  })();
  return running;
}

async function flushOnce(): Promise<void> {
  const d = await db();
  const now = Date.now();
  const due = (await d.getAll('outbox')).filter((r) => !r.parked && r.nextAttemptAt <= now);
  if (due.length === 0) return;
  const { settings } = await loadSettings();
  for (const entry of due) await sendOne(entry, settings.registryUrl, settings.registryToken);
}

async function sendOne(entry: OutboxRecord, url: string, token: string): Promise<void> {
  const d = await db();
  const result = await open<DigitizationResult>(entry.sealed);
  try {
    const receipt = await postResult({ url, token }, result);
    // A receipt must acknowledge exactly what we sent before anything is purged.
    if (receipt.code !== result.code || receipt.sha256 !== (await canonicalHash(result))) {
      throw new RegistryFailure('bad_reply');
    }
    // Sealed before the transaction: IndexedDB transactions end at the first await on anything else.
    const sealedCode = await seal({ code: result.code, receipt } satisfies CodeRecord);
    const tx = d.transaction(['items', 'files', 'outbox'], 'readwrite');
    const item = await tx.objectStore('items').get(entry.itemId);
    for (const fileId of item?.fileIds ?? []) await tx.objectStore('files').delete(fileId);
    await tx.objectStore('outbox').delete(entry.itemId);
    if (item) {
      await tx.objectStore('items').put({
        ...item, status: 'sent', sealedCode, sealed: undefined, fileIds: [], error: undefined, updatedAt: new Date().toISOString(),
      });
    }
    await tx.done;
    await audit({ action: 'sent', itemId: entry.itemId });
    await audit({ action: 'purge', itemId: entry.itemId });
  } catch (err) {
    const failure = err instanceof RegistryFailure ? err : new RegistryFailure('bad_reply');
    const attempts = entry.attempts + 1;
    const tx = d.transaction(['items', 'outbox'], 'readwrite');
    const current = await tx.objectStore('outbox').get(entry.itemId);
    if (current) {
      await tx.objectStore('outbox').put({
        ...current, attempts, parked: !failure.transient, nextAttemptAt: Date.now() + backoff(attempts),
      });
    }
    const item = await tx.objectStore('items').get(entry.itemId);
    if (item) {
      const error = [`err_registry_${failure.kind}`, failure.status ? String(failure.status) : ''].join('|');
      await tx.objectStore('items').put({ ...item, status: 'failed', error, updatedAt: new Date().toISOString() });
    }
    await tx.done;
    await audit({ action: 'failed', itemId: entry.itemId });
  }
  broadcast({ sohoa: 1, event: 'items/changed' });
}

/** Arms a timer (while awake) and an alarm (across stops) for the next due entry. */
async function schedule(): Promise<void> {
  const pending = (await (await db()).getAll('outbox')).filter((r) => !r.parked);
  if (timer) clearTimeout(timer);
  timer = undefined;
  if (pending.length === 0) {
    await browser.alarms.clear(OUTBOX_ALARM);
    return;
  }
  const next = Math.min(...pending.map((r) => r.nextAttemptAt));
  const wait = Math.max(0, next - Date.now());
  timer = setTimeout(() => void flushOutbox(), wait);
  await browser.alarms.create(OUTBOX_ALARM, { when: Date.now() + Math.max(wait, MIN_ALARM_MS), periodInMinutes: 1 });
}

/** Gives a queued result a fresh code (new serial) after the registry reported the old one taken. */
export async function recode(itemId: string, template: string): Promise<void> {
  const d = await db();
  const entry = await d.get('outbox', itemId);
  if (!entry) return;
  const result = await open<DigitizationResult>(entry.sealed);
  const code = renderCode(template, {
    owner: result.ownerId, type: result.documentType, agency: result.digitizer.agencyCode,
    install: await installId(), serial: await nextSerial(), date: new Date(result.confirmedAt),
  });
  const sealed = await seal({ ...result, code });
  const sealedCode = await seal({ code } satisfies CodeRecord);
  const tx = d.transaction(['items', 'outbox'], 'readwrite');
  await tx.objectStore('outbox').put({ ...entry, sealed, attempts: 0 });
  const item = await tx.objectStore('items').get(itemId);
  if (item) await tx.objectStore('items').put({ ...item, sealedCode, updatedAt: new Date().toISOString() });
  await tx.done;
}

/** Unparks entries (one, or all when the registry settings changed) and sends them now. */
export async function retryNow(itemId?: string): Promise<void> {
  const d = await db();
  const entries = itemId ? [await d.get('outbox', itemId)] : await d.getAll('outbox');
  for (const entry of entries) if (entry) await d.put('outbox', { ...entry, parked: false, nextAttemptAt: Date.now() });
  await flushOutbox();
}
