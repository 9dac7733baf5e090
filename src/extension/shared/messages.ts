// The one message table between content script, popup/options pages, the
// offscreen document and the background. Every message is declared here with
// its request and response types and who may send it; handlers live beside
// their feature and are registered through `createRouter`.
import type { Extraction, LabeledValue, SourceText } from '../../core/extract/types.ts';
import type { Receipt } from '../../core/result/schema.ts';
import type { PiiPolicy } from '../../core/pii/policy.ts';
import type { OcrWord } from '../../core/pii/ocr.ts';

/** Where a message may come from: a content script in a tab, or an extension page. */
export type SenderKind = 'content' | 'page';

export type ItemStatus = 'extracting' | 'draft' | 'queued' | 'sent' | 'failed';

/** What the popup's list shows: no personal data beyond what the row needs. */
export interface ItemSummary {
  id: string;
  status: ItemStatus;
  documentType: string | null;
  /** Human label of the captured document (catalog name or file name). */
  label: string;
  code?: string;
  createdAt: string;
  updatedAt: string;
  /** Why the last attempt failed (no personal data). */
  error?: string;
  /** Extraction progress 0..1 while status is 'extracting'. */
  progress?: number;
  attempts?: number;
  receipt?: Receipt;
}

export interface DraftFile {
  id: string;
  /** 'original' as captured; 'redacted' is the copy with personal data blacked out. */
  role?: 'original' | 'redacted';
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
}

export interface DraftView extends ItemSummary {
  fields: Record<string, string>;
  confidence: Record<string, number>;
  warnings: Extraction['warnings'];
  sourceUrl: string;
  sourceTitle?: string;
  dossierCode?: string;
  procedureCode?: string;
  files: DraftFile[];
  /** Free-text note the official may add; masked like personal fields. */
  note?: string;
}

/** Page context the content script sends with every capture. */
export interface PageContext {
  url: string;
  title: string;
  dossierCode?: string;
  procedureCode?: string;
}

export interface HtmlCapture {
  page: PageContext;
  /** Document label as shown on the page (heading of the component). */
  label: string;
  title?: string;
  pairs: LabeledValue[];
  text: string;
}

/** Announces a file upload over a `sohoa-upload` port; bytes follow in base64 chunks. */
export interface FileCaptureStart {
  page: PageContext;
  label: string;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
}

/** What the offscreen document returns for a captured file. */
export interface OffscreenExtraction {
  extraction: Extraction;
  source: SourceText;
  /** Scans only: a PNG copy with the personal data blacked out, and its scrubbed OCR words. */
  redacted?: { base64: string; words: OcrWord[] };
}

export interface MessageTable {
  'capture/html': { from: 'content'; req: HtmlCapture; res: { id: string } };
  'items/list': { from: 'page'; req: Record<string, never>; res: ItemSummary[] };
  'items/get': { from: 'page'; req: { id: string }; res: DraftView };
  'items/save': { from: 'page'; req: { id: string; fields: Record<string, string>; note?: string; documentType?: string }; res: DraftView };
  'items/confirm': { from: 'page'; req: { id: string; fields: Record<string, string>; note?: string; documentType?: string }; res: ItemSummary };
  'items/delete': { from: 'page'; req: { id: string }; res: { deleted: boolean } };
  'items/retry': { from: 'page'; req: { id: string }; res: ItemSummary };
  'audit/reveal': { from: 'page'; req: { id: string; field: string }; res: { recorded: true } };
  /** The offscreen document has no storage API: the background hands it the masking policy. */
  'offscreen/extract': { from: 'page'; req: { id: string; policy: PiiPolicy }; res: OffscreenExtraction };
  'items/file': { from: 'page'; req: { id: string; fileId: string }; res: { name: string; mediaType: string; base64: string } };
}

export type MessageType = keyof MessageTable;
export type Req<K extends MessageType> = MessageTable[K]['req'];
export type Res<K extends MessageType> = MessageTable[K]['res'];

export const messageSenders: { [K in MessageType]: SenderKind } = {
  'capture/html': 'content',
  'items/list': 'page',
  'items/get': 'page',
  'items/save': 'page',
  'items/confirm': 'page',
  'items/delete': 'page',
  'items/retry': 'page',
  'audit/reveal': 'page',
  'offscreen/extract': 'page',
  'items/file': 'page',
};

export interface Envelope<K extends MessageType = MessageType> {
  sohoa: 1;
  type: K;
  payload: Req<K>;
}

/** Replies carry either a value or an error text safe to show (never personal data). */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/** Broadcasts from the background to open extension pages (no reply expected). */
export type Broadcast =
  | { sohoa: 1; event: 'items/changed' }
  | { sohoa: 1; event: 'progress'; id: string; progress: number };

export function isEnvelope(x: unknown): x is Envelope {
  return typeof x === 'object' && x !== null && (x as { sohoa?: unknown }).sohoa === 1
    && typeof (x as { type?: unknown }).type === 'string'
    && Object.hasOwn(messageSenders, (x as { type: string }).type);
}

/** File bytes travel over a port of this name: start, base64 chunks, end; one reply. */
export const UPLOAD_PORT = 'sohoa-upload';
export type UploadMessage = { start: FileCaptureStart } | { chunk: string } | { end: true };
export type UploadReply = { ok: true; id: string } | { ok: false; error: string };
