// Drafts: what capture and extraction produced, waiting for the official's
// review. The personal part (fields, page URL, file names, note, source text) is
// sealed; the plain record holds only status and timestamps.
import { documentType } from '../../core/catalog/catalog.ts';
import type { Extraction, SourceText } from '../../core/extract/types.ts';
import type { OcrWord } from '../../core/pii/ocr.ts';
import { db, type CodeRecord, type ItemRecord } from '../shared/db.ts';
import type { DraftFile, DraftView, ItemSummary, PageContext } from '../shared/messages.ts';
import { UserError } from '../shared/errors.ts';
import { open, seal } from '../shared/vault.ts';

export interface DraftPayload {
  page: PageContext;
  /** Label of the component as the page showed it. */
  label: string;
  capturedAt: string;
  extraction: Extraction;
  /** Kept so extraction can be re-run when the official changes the type. */
  source?: SourceText;
  files: DraftFile[];
  note?: string;
  /** Scrubbed word-level OCR output kept with the redacted copy of a scan. */
  redactedWords?: OcrWord[];
}

export async function summarize(item: ItemRecord): Promise<ItemSummary> {
  const type = item.documentType ? documentType(item.documentType) : undefined;
  const sealed = item.sealedCode ? await open<CodeRecord>(item.sealedCode) : undefined;
  return {
    id: item.id,
    status: item.status,
    documentType: item.documentType,
    label: type?.name ?? `source_${item.sourceKind}`,
    code: sealed?.code,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
    error: item.error,
    progress: item.progress,
    receipt: sealed?.receipt,
  };
}

export async function getItem(id: string): Promise<ItemRecord> {
  const item = await (await db()).get('items', id);
  if (!item) throw new UserError('err_item_not_found');
  return item;
}

export async function readPayload(item: ItemRecord): Promise<DraftPayload> {
  if (!item.sealed) throw new UserError('err_item_purged');
  return open<DraftPayload>(item.sealed);
}

export async function writeDraft(item: ItemRecord, payload: DraftPayload): Promise<ItemRecord> {
  const next: ItemRecord = { ...item, sealed: await seal(payload), updatedAt: new Date().toISOString() };
  await (await db()).put('items', next);
  return next;
}

export async function view(item: ItemRecord, p: DraftPayload): Promise<DraftView> {
  const summary = await summarize(item);
  return {
    ...summary,
    label: p.label || summary.label,
    fields: p.extraction.fields,
    confidence: p.extraction.confidence,
    warnings: p.extraction.warnings,
    sourceUrl: p.page.url,
    sourceTitle: p.page.title,
    dossierCode: p.page.dossierCode,
    procedureCode: p.page.procedureCode,
    files: p.files,
    note: p.note,
  };
}

export async function createDraft(init: {
  sourceKind: ItemRecord['sourceKind'];
  status: ItemRecord['status'];
  payload: DraftPayload;
  fileIds?: string[];
  id?: string;
}): Promise<ItemRecord> {
  const now = new Date().toISOString();
  const item: ItemRecord = {
    id: init.id ?? crypto.randomUUID(),
    status: init.status,
    documentType: init.payload.extraction.type,
    sourceKind: init.sourceKind,
    createdAt: now,
    updatedAt: now,
    fileIds: init.fileIds ?? [],
    sealed: await seal(init.payload),
  };
  await (await db()).put('items', item);
  return item;
}
