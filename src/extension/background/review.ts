// Handlers for the popup's review screen: list, open, correct, confirm (which
// assigns the result code and queues the result), delete, retry, reveal audit.
import { documentType } from '../../core/catalog/catalog.ts';
import { extractFields } from '../../core/extract/index.ts';
import { reviewFields } from '../../core/review/review-fields.ts';
import { buildResult, missingRequired } from '../../core/result/build-result.ts';
import { db, type CodeRecord } from '../shared/db.ts';
import { UserError } from '../shared/errors.ts';
import type { Handlers } from '../shared/messaging.ts';
import { loadSettings, maskingPolicy } from '../shared/settings.ts';
import { openBytes, seal } from '../shared/vault.ts';
import { toBase64 } from '../shared/base64.ts';
import { audit } from './audit.ts';
import { broadcast } from './broadcast.ts';
import { htmlCaptureSchema } from './capture-schema.ts';
import { createDraft, getItem, readPayload, summarize, view, writeDraft, type DraftPayload } from './drafts.ts';
import { installId, nextSerial } from './identity.ts';
import { flushOutbox, recode, retryNow } from './outbox.ts';

function changed(): void {
  broadcast({ sohoa: 1, event: 'items/changed' });
}

/** Applies the official's edits: normalized and re-validated, never silently dropped. */
function applyEdits(p: DraftPayload, req: { fields: Record<string, string>; note?: string; documentType?: string }): DraftPayload {
  let extraction = p.extraction;
  const typeCode = req.documentType ?? extraction.type;
  if (req.documentType && req.documentType !== extraction.type) {
    if (!documentType(req.documentType)) throw new UserError('err_unknown_type');
    // A new type changes which labels mean what: extract again from the source, then apply edits.
    extraction = p.source ? extractFields(p.source, { type: req.documentType }) : { ...extraction, type: req.documentType, fields: {} };
  }
  const reviewed = typeCode ? reviewFields(typeCode, { ...extraction.fields, ...req.fields }) : { fields: req.fields, warnings: [] };
  const confidence = { ...extraction.confidence };
  for (const [key, value] of Object.entries(req.fields)) {
    if (value !== extraction.fields[key]) confidence[key] = 1; // keyed or confirmed by the official
  }
  return {
    ...p,
    note: req.note ?? p.note,
    extraction: { ...extraction, type: typeCode, fields: reviewed.fields, confidence, warnings: reviewed.warnings },
  };
}

export const reviewHandlers: Handlers = {
  async 'capture/html'(raw) {
    const parsed = htmlCaptureSchema.safeParse(raw);
    if (!parsed.success) throw new UserError('err_bad_capture');
    const c = parsed.data;
    const source = { origin: 'html' as const, title: c.title, pairs: c.pairs, text: c.text };
    const item = await createDraft({
      sourceKind: 'html',
      status: 'draft',
      payload: { page: c.page, label: c.label, capturedAt: new Date().toISOString(), extraction: extractFields(source), source, files: [] },
    });
    await audit({ action: 'capture', itemId: item.id });
    changed();
    return { id: item.id };
  },

  async 'items/list'() {
    const items = await (await db()).getAll('items');
    const outbox = new Map((await (await db()).getAll('outbox')).map((o) => [o.itemId, o]));
    items.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    return Promise.all(items.map(async (i) => ({ ...(await summarize(i)), attempts: outbox.get(i.id)?.attempts })));
  },

  async 'items/get'({ id }) {
    const item = await getItem(id);
    if (!item.sealed) return { ...(await summarize(item)), fields: {}, confidence: {}, warnings: [], sourceUrl: '', files: [] };
    return view(item, await readPayload(item));
  },

  async 'items/save'(req) {
    const item = await getItem(req.id);
    if (item.status !== 'draft') throw new UserError('err_not_editable');
    const payload = applyEdits(await readPayload(item), req);
    const saved = await writeDraft({ ...item, documentType: payload.extraction.type }, payload);
    changed();
    return view(saved, payload);
  },

  async 'items/confirm'(req) {
    const { settings } = await loadSettings();
    if (!settings.officialName.trim() || !settings.agencyCode.trim()) throw new UserError('err_need_official');
    const item = await getItem(req.id);
    if (item.status !== 'draft') throw new UserError('err_not_editable');
    const payload = applyEdits(await readPayload(item), req);
    const typeCode = payload.extraction.type;
    if (!typeCode) throw new UserError('err_need_type');
    await writeDraft({ ...item, documentType: typeCode }, payload);
    const missing = missingRequired(typeCode, payload.extraction.fields);
    if (missing.length) throw new UserError('err_missing_required', [String(missing.length)]);

    const built = buildResult({
      documentType: typeCode,
      fields: payload.extraction.fields,
      digitizer: { name: settings.officialName.trim(), agencyCode: settings.agencyCode.trim(), ...(settings.officialRole ? { role: settings.officialRole } : {}) },
      codeTemplate: settings.codeTemplate,
      install: await installId(),
      serial: await nextSerial(),
      capturedAt: payload.capturedAt,
      confirmedAt: new Date(),
      source: {
        url: payload.page.url,
        ...(payload.page.title ? { title: payload.page.title } : {}),
        ...(payload.page.dossierCode ? { dossierCode: payload.page.dossierCode } : {}),
        ...(payload.page.procedureCode ? { procedureCode: payload.page.procedureCode } : {}),
      },
      // The electronic copy is the captured original; the redacted copy stays at the desk.
      files: payload.files.filter((f) => f.role !== 'redacted').map(({ name, mediaType, size, sha256 }) => ({ name, mediaType, size, sha256 })),
      policy: maskingPolicy(settings),
    });
    if (!built.ok) throw new UserError(built.missing.length ? 'err_missing_required' : 'err_invalid_result', [String(built.missing.length || built.errors.length)]);

    const result = built.result;
    const sealedResult = await seal(result);
    const sealedCode = await seal({ code: result.code } satisfies CodeRecord);
    const d = await db();
    const tx = d.transaction(['items', 'outbox'], 'readwrite');
    await tx.objectStore('outbox').put({ itemId: item.id, sealed: sealedResult, queuedAt: new Date().toISOString(), attempts: 0, nextAttemptAt: Date.now(), parked: false });
    const current = (await tx.objectStore('items').get(item.id))!;
    const queued = { ...current, status: 'queued' as const, sealedCode, error: undefined, updatedAt: new Date().toISOString() };
    await tx.objectStore('items').put(queued);
    await tx.done;
    await audit({ action: 'confirm', itemId: item.id });
    changed();
    void flushOutbox();
    return summarize(queued);
  },

  async 'items/delete'({ id }) {
    const d = await db();
    const item = await d.get('items', id);
    if (!item) return { deleted: false };
    const tx = d.transaction(['items', 'files', 'outbox'], 'readwrite');
    for (const fileId of item.fileIds) await tx.objectStore('files').delete(fileId);
    if (item.status !== 'sent') await tx.objectStore('outbox').delete(id);
    await tx.objectStore('items').delete(id);
    await tx.done;
    await audit({ action: 'delete', itemId: id });
    changed();
    return { deleted: true };
  },

  async 'items/retry'({ id }) {
    const item = await getItem(id);
    if (item.status !== 'failed' && item.status !== 'queued') throw new UserError('err_not_retryable');
    // The registry holds a different result under this code: the result gets a new code, never the old one reused.
    if (item.error?.startsWith('err_registry_conflict')) await recode(id, (await loadSettings()).settings.codeTemplate);
    await retryNow(id);
    return summarize(await getItem(id));
  },

  async 'items/file'({ id, fileId }) {
    const item = await getItem(id);
    const meta = (await readPayload(item)).files.find((f) => f.id === fileId);
    const file = meta && item.fileIds.includes(fileId) ? await (await db()).get('files', fileId) : undefined;
    if (!meta || !file) throw new UserError('err_item_not_found');
    const bytes = new Uint8Array(await openBytes(file.sealed));
    await audit({ action: 'download', itemId: id, field: meta.role ?? 'original' });
    return { name: meta.name, mediaType: meta.mediaType, base64: toBase64(bytes) };
  },

  async 'audit/reveal'({ id, field }) {
    await getItem(id);
    await audit({ action: 'reveal', itemId: id, field: String(field).slice(0, 100) });
    return { recorded: true };
  },
};
