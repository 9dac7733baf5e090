// Extraction of PDFs and images needs DOM, canvas, workers and WebAssembly,
// which the service worker lacks: it runs in the offscreen document. The
// offscreen document reads the sealed file itself (same origin, same IndexedDB)
// and answers with the extraction; this side writes the draft.
import browser from 'webextension-polyfill';
import type { DraftFile, Res } from '../shared/messages.ts';
import { sha256Hex } from '../../core/result/canonical.ts';
import { sealBytes } from '../shared/vault.ts';
import { loadSettings, maskingPolicy } from '../shared/settings.ts';
import { fromBase64 } from '../shared/base64.ts';
import { db } from '../shared/db.ts';
import { encodeError, toSafeError } from '../shared/errors.ts';
import { send } from '../shared/messaging.ts';
import { broadcast } from './broadcast.ts';
import { getItem, readPayload, writeDraft } from './drafts.ts';

const OFFSCREEN_URL = 'offscreen/offscreen.html';
let creating: Promise<void> | undefined;

async function ensureOffscreen(): Promise<void> {
  const url = browser.runtime.getURL(OFFSCREEN_URL);
  const contexts = await chrome.runtime.getContexts({ contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT], documentUrls: [url] });
  if (contexts.length > 0) return;
  creating ??= chrome.offscreen
    .createDocument({ url: OFFSCREEN_URL, reasons: [chrome.offscreen.Reason.WORKERS], justification: 'Read PDF and image documents (PDF.js, OCR, QR) for extraction' })
    .finally(() => { creating = undefined; });
  await creating;
}

/** Keeps the redacted copy of a scan beside the original, sealed like it. */
async function storeRedactedCopy(itemId: string, base64: string): Promise<DraftFile> {
  const bytes = fromBase64(base64);
  const file: DraftFile = { id: crypto.randomUUID(), role: 'redacted', name: 'ban-sao-da-che.png', mediaType: 'image/png', size: bytes.length, sha256: await sha256Hex(bytes) };
  await (await db()).put('files', { id: file.id, itemId, size: file.size, mediaType: file.mediaType, sha256: file.sha256, sealed: await sealBytes(bytes) });
  return file;
}

/** Runs extraction for an item in 'extracting' state; on failure the draft opens for manual keying (Art. 9). */
export async function extractInOffscreen(itemId: string): Promise<void> {
  let outcome: { ok: true; value: Res<'offscreen/extract'> } | { ok: false; error: string };
  try {
    await ensureOffscreen();
    const value = await send('offscreen/extract', { id: itemId, policy: maskingPolicy((await loadSettings()).settings) });
    outcome = { ok: true, value };
  } catch (err) {
    outcome = { ok: false, error: encodeError(toSafeError(err)) };
  }
  const item = await (await db()).get('items', itemId);
  if (!item || item.status !== 'extracting') return; // deleted meanwhile
  const payload = await readPayload(await getItem(itemId));
  if (outcome.ok) {
    const { extraction, source, redacted } = outcome.value;
    const copy = redacted ? await storeRedactedCopy(itemId, redacted.base64) : undefined;
    await writeDraft(
      { ...item, status: 'draft', documentType: extraction.type, progress: undefined, error: undefined, fileIds: copy ? [...item.fileIds, copy.id] : item.fileIds },
      { ...payload, extraction, source, files: copy ? [...payload.files, copy] : payload.files, ...(redacted ? { redactedWords: redacted.words } : {}) },
    );
  } else {
    await writeDraft({ ...item, status: 'draft', progress: undefined, error: outcome.error }, payload);
  }
  broadcast({ sohoa: 1, event: 'items/changed' });
}

/** After a service-worker stop, finish extractions that were under way. */
export async function resumeExtractions(): Promise<void> {
  const items = await (await db()).getAll('items');
  for (const item of items) if (item.status === 'extracting') await extractInOffscreen(item.id);
}

