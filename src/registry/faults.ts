// A deliberately broken registry for the extension's retry tests: answers
// every request with a 500, slowly, or never. Plain node:http, no store.
import { createServer } from 'node:http';
import type { ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FaultMode = '500' | 'slow' | 'hang';

export interface FaultyServerOptions {
  mode: FaultMode;
  /** 'slow' only: how long to wait before answering 503. Default 5000 ms. */
  delayMs?: number;
  port?: number;
  host?: string;
}

export interface FaultyServer {
  url: string;
  /** Requests received so far (CORS preflights excluded, except in 'hang' mode): lets a test assert that a client retried. */
  readonly requests: number;
  close(): Promise<void>;
}

const corsHeaders = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET,POST,OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization,Content-Type',
};

function answer(res: ServerResponse, status: number, error: string): void {
  if (res.destroyed || res.writableEnded) return;
  res.writeHead(status, { ...corsHeaders, 'Content-Type': 'application/json' });
  res.end(JSON.stringify({ error }));
}

/**
 * '500': every request gets 500 {"error":"internal"} at once.
 * 'slow': every request gets 503 {"error":"unavailable"} after delayMs.
 * 'hang': requests are read and never answered (until close()).
 * In '500' and 'slow' mode CORS preflights are answered normally, so a
 * browser client sees the fault on the real request rather than a CORS error.
 */
export async function startFaultyServer(options: FaultyServerOptions): Promise<FaultyServer> {
  const delayMs = options.delayMs ?? 5000;
  const host = options.host ?? '127.0.0.1';
  const timers = new Set<NodeJS.Timeout>();
  let requests = 0;

  const server = createServer((req, res) => {
    req.resume(); // drain the body; we never look at it
    if (req.method === 'OPTIONS' && options.mode !== 'hang') {
      res.writeHead(204, corsHeaders);
      res.end();
      return;
    }
    requests++;
    if (options.mode === '500') return answer(res, 500, 'internal');
    if (options.mode === 'slow') {
      const timer = setTimeout(() => {
        timers.delete(timer);
        answer(res, 503, 'unavailable');
      }, delayMs);
      timers.add(timer);
    }
    // 'hang': leave the response open.
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    get requests() { return requests; },
    close() {
      closing ??= new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        timers.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
