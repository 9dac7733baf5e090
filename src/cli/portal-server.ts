// The demo portal: static pages that look like a provincial one-stop system's
// dossier view (test/fixtures/portal), plus a few dynamic files for failure
// cases that cannot live in the repository (a 200 MB attachment).
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { getRequestListener } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';

export const PORTAL_ROOT = fileURLToPath(new URL('../../test/fixtures/portal/', import.meta.url));
/** The extraction fixtures, served too: markup the content script has never seen. */
export const DOCUMENTS_ROOT = fileURLToPath(new URL('../../test/fixtures/documents/', import.meta.url));
const HUGE_BYTES = 200 * 1024 * 1024;

export interface RunningPortal {
  url: string;
  close(): Promise<void>;
}

function hugePdf(): Response {
  // Streams lazily: a client that refuses the size up front costs us nothing.
  let sent = 0;
  const chunk = new Uint8Array(1024 * 1024);
  chunk.set(new TextEncoder().encode('%PDF-1.4\n'));
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= HUGE_BYTES) return controller.close();
      controller.enqueue(sent === 0 ? chunk : new Uint8Array(chunk.length));
      sent += chunk.length;
    },
  });
  return new Response(body, { headers: { 'content-type': 'application/pdf', 'content-length': String(HUGE_BYTES) } });
}

export async function startPortal(options: { port: number; host?: string } = { port: 0 }): Promise<RunningPortal> {
  const app = new Hono();
  app.get('/dynamic/huge.pdf', () => hugePdf());
  app.get('/', (c) => c.redirect('/index.html'));
  app.use('/documents/*', serveStatic({
    root: DOCUMENTS_ROOT,
    rewriteRequestPath: (p) => p.replace(/^\/documents/, ''),
    // Old pages declare their own charset (<meta charset=windows-1252>): let the page decide, as old servers do.
    onFound: (path, c) => {
      if (path.endsWith('.html') && /<meta[^>]+charset=(?!"?utf-8)/i.test(readFileSync(path, 'latin1').slice(0, 2048))) c.header('Content-Type', 'text/html');
    },
  }));
  app.use('/*', serveStatic({ root: PORTAL_ROOT }));
  const server: Server = createServer(getRequestListener(app.fetch));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
