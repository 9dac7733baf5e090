// File capture: the content script fetched the attachment with the page's own
// session and hashed it; the bytes arrive here over a port in base64 chunks
// (runtime messages are JSON, so an ArrayBuffer would not survive). The hash is
// checked again here, the bytes are sealed, and extraction runs in the offscreen
// document. A port that closes early (page navigated away) leaves nothing behind.
import browser, { type Runtime } from 'webextension-polyfill';
import { sha256Hex } from '../../core/result/canonical.ts';
import { db } from '../shared/db.ts';
import { encodeError, toSafeError, UserError } from '../shared/errors.ts';
import { UPLOAD_PORT, type FileCaptureStart, type UploadMessage, type UploadReply } from '../shared/messages.ts';
import { senderKind } from '../shared/messaging.ts';
import { sealBytes } from '../shared/vault.ts';
import { fromBase64 } from '../shared/base64.ts';
import { audit } from './audit.ts';
import { broadcast } from './broadcast.ts';
import { fileCaptureStartSchema } from './capture-schema.ts';
import { createDraft } from './drafts.ts';
import { extractInOffscreen } from './offscreen-client.ts';


function sourceKind(mediaType: string): 'pdf' | 'image' {
  return mediaType === 'application/pdf' ? 'pdf' : 'image';
}

export function acceptUploads(): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== UPLOAD_PORT) return;
    if (!port.sender || senderKind(port.sender) !== 'content') {
      port.disconnect();
      return;
    }
    receive(port);
  });
}

function receive(port: Runtime.Port): void {
  let start: FileCaptureStart | undefined;
  let buffer: Uint8Array | undefined;
  let offset = 0;
  let done = false;

  const fail = (err: unknown) => {
    if (done) return;
    done = true;
    port.postMessage({ ok: false, error: encodeError(toSafeError(err)) } satisfies UploadReply);
    port.disconnect();
  };

  port.onMessage.addListener((raw: unknown) => {
    if (done) return;
    try {
      const msg = raw as UploadMessage;
      if ('start' in msg) {
        const parsed = fileCaptureStartSchema.safeParse(msg.start);
        if (!parsed.success) {
          const tooBig = parsed.error.issues.some((i) => i.path[0] === 'size' && i.code === 'too_big');
          const empty = parsed.error.issues.some((i) => i.path[0] === 'size' && i.code === 'too_small');
          throw new UserError(tooBig ? 'err_file_too_large' : empty ? 'err_file_empty' : 'err_bad_capture');
        }
        start = parsed.data;
        buffer = new Uint8Array(start.size);
      } else if ('chunk' in msg) {
        if (!start || !buffer || typeof msg.chunk !== 'string') throw new UserError('err_bad_capture');
        const bytes = fromBase64(msg.chunk);
        if (offset + bytes.length > buffer.length) throw new UserError('err_bad_capture');
        buffer.set(bytes, offset);
        offset += bytes.length;
      } else if ('end' in msg) {
        if (!start || !buffer || offset !== buffer.length) throw new UserError('err_bad_capture');
        const s = start;
        const bytes = buffer;
        done = true;
        store(s, bytes).then(
          (id) => { port.postMessage({ ok: true, id } satisfies UploadReply); port.disconnect(); },
          (err: unknown) => { done = false; fail(err); },
        );
      }
    } catch (err) {
      fail(err);
    }
  });
  port.onDisconnect.addListener(() => { done = true; buffer = undefined; });
}

async function store(start: FileCaptureStart, bytes: Uint8Array): Promise<string> {
  // Art. 6.1 integrity: what we keep is exactly what the page served.
  if ((await sha256Hex(bytes)) !== start.sha256) throw new UserError('err_hash_mismatch');
  const itemId = crypto.randomUUID();
  const fileId = crypto.randomUUID();
  await (await db()).put('files', { id: fileId, itemId, size: bytes.length, mediaType: start.mediaType, sha256: start.sha256, sealed: await sealBytes(bytes) });
  await createDraft({
    id: itemId,
    sourceKind: sourceKind(start.mediaType),
    status: 'extracting',
    fileIds: [fileId],
    payload: {
      page: start.page,
      label: start.label,
      capturedAt: new Date().toISOString(),
      extraction: { type: null, typeConfidence: 0, fields: {}, confidence: {}, warnings: [] },
      files: [{ id: fileId, name: start.name, mediaType: start.mediaType, size: start.size, sha256: start.sha256 }],
    },
  });
  await audit({ action: 'capture', itemId });
  broadcast({ sohoa: 1, event: 'items/changed' });
  void extractInOffscreen(itemId);
  return itemId;
}
