// Capture step (Art. 7.1): an HTML view is read where it is shown (label/value
// pairs at click time, so a page that changed shows what it shows now); an
// attachment is fetched with the page's own session, checked, hashed, and sent
// to the background in chunks.
import browser from 'webextension-polyfill';
import { sha256Hex } from '../../core/result/canonical.ts';
import { readHtml } from '../../readers/html.ts';
import { decodeError, UserError } from '../shared/errors.ts';
import { MAX_FILE_BYTES, UPLOAD_CHUNK_BYTES } from '../shared/limits.ts';
import { toBase64 } from '../shared/base64.ts';
import { send } from '../shared/messaging.ts';
import { UPLOAD_PORT, type PageContext, type UploadMessage, type UploadReply } from '../shared/messages.ts';

export async function captureHtml(element: Element, label: string, page: PageContext): Promise<string> {
  if (!element.isConnected) throw new UserError('err_page_changed');
  const source = readHtml(element);
  if (source.pairs.length === 0 && source.text.trim().length === 0) throw new UserError('err_nothing_to_capture');
  const { id } = await send('capture/html', { page, label, ...(source.title ? { title: source.title } : {}), pairs: source.pairs, text: source.text });
  return id;
}

/** Reads at most MAX_FILE_BYTES, refusing larger files before their bytes are read. */
async function readCapped(response: Response): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > MAX_FILE_BYTES) {
    await response.body?.cancel();
    throw new UserError('err_file_too_large');
  }
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(await response.arrayBuffer());
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > MAX_FILE_BYTES) {
      await reader.cancel();
      throw new UserError('err_file_too_large');
    }
    parts.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const p of parts) { out.set(p, offset); offset += p.length; }
  return out;
}

/** Media type from the bytes themselves: servers often send octet-stream. */
export function sniffMediaType(bytes: Uint8Array): string | null {
  const head = (n: number) => Array.from(bytes.subarray(0, n));
  const is = (sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (is([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  if (is([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (is([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (is([0x52, 0x49, 0x46, 0x46]) && String.fromCharCode(...head(12).slice(8)) === 'WEBP') return 'image/webp';
  if (is([0x49, 0x49, 0x2a, 0x00]) || is([0x4d, 0x4d, 0x00, 0x2a])) return 'image/tiff';
  return null;
}

export async function captureFile(url: string, name: string, label: string, page: PageContext): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'include' });
  } catch {
    throw new UserError('err_fetch_failed');
  }
  if (!response.ok) throw new UserError('err_fetch_status', [String(response.status)]);
  const bytes = await readCapped(response);
  if (bytes.length === 0) throw new UserError('err_file_empty');
  const mediaType = sniffMediaType(bytes);
  if (!mediaType) throw new UserError('err_unsupported_file');
  const sha256 = await sha256Hex(bytes);

  const port = browser.runtime.connect({ name: UPLOAD_PORT });
  const reply = new Promise<UploadReply>((resolve) => {
    port.onMessage.addListener((m: unknown) => resolve(m as UploadReply));
    port.onDisconnect.addListener(() => resolve({ ok: false, error: 'err_no_reply' }));
  });
  const post = (m: UploadMessage) => port.postMessage(m);
  post({ start: { page, label, name: name.slice(0, 500), mediaType, size: bytes.length, sha256 } });
  for (let i = 0; i < bytes.length; i += UPLOAD_CHUNK_BYTES) post({ chunk: toBase64(bytes.subarray(i, i + UPLOAD_CHUNK_BYTES)) });
  post({ end: true });
  const result = await reply;
  if (!result.ok) {
    const e = decodeError(result.error);
    throw new UserError(e.key, e.args);
  }
  return result.id;
}
