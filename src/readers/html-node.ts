// Node entry of the HTML reader (CLI, tests, benchmarks): parses with linkedom.
// Kept apart from html.ts so the extension bundle never pulls linkedom in.
import { parseHTML } from 'linkedom';
import type { SourceText } from '../core/extract/types.ts';
import { readHtml } from './html.ts';

export function readHtmlString(html: string): SourceText {
  // linkedom needs a full document to give us a <body>.
  const full = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(full);
  return readHtml(document as unknown as Document);
}

/**
 * HTML file bytes -> text: a byte-order mark or the declared charset when it
 * is a legacy one (old offices' pages declare windows-1252 and draw TCVN3 or
 * VNI with their fonts), UTF-8 otherwise.
 */
export function decodeHtmlBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const declared = head.match(/<meta[^>]+charset\s*=\s*["']?([\w-]+)/i)?.[1]?.toLowerCase();
  if (declared && declared !== 'utf-8' && declared !== 'utf8') {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      /* a label TextDecoder does not know: read as UTF-8 */
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}

export function readHtmlBytes(bytes: Uint8Array): SourceText {
  return readHtmlString(decodeHtmlBytes(bytes));
}
