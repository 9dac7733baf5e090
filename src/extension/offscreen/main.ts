// Offscreen document: the one place with DOM, canvas, workers and wasm. It
// reads a captured file (PDF text layer, OCR, QR, MRZ) and returns the
// extraction; the background owns the draft.
import browser from 'webextension-polyfill';
import { extractFields } from '../../core/extract/index.ts';
import { db } from '../shared/db.ts';
import { UserError } from '../shared/errors.ts';
import { listen } from '../shared/messaging.ts';
import type { Broadcast } from '../shared/messages.ts';
import { openBytes } from '../shared/vault.ts';
import { pngBase64, readDocument } from './read-document.ts';
import { personalValues, redactScan } from '../../readers/redact-scan.ts';

listen({
  async 'offscreen/extract'({ id, policy }) {
    const d = await db();
    const item = await d.get('items', id);
    const fileId = item?.fileIds[0];
    const file = fileId ? await d.get('files', fileId) : undefined;
    if (!item || !file) throw new UserError('err_item_not_found');
    const bytes = new Uint8Array(await openBytes(file.sealed));
    const progress = (p: number) => {
      browser.runtime.sendMessage({ sohoa: 1, event: 'progress', id, progress: p } satisfies Broadcast).catch(() => undefined);
    };
    const { source, checked, scan } = await readDocument(bytes, file.mediaType, progress);
    const extraction = extractFields(source, { checked });
    if (!scan) return { extraction, source };
    const copy = redactScan(scan.image, scan.words, personalValues(extraction), policy);
    return { extraction, source, redacted: { base64: await pngBase64(copy.image), words: copy.words } };
  },
});
