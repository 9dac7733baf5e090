// The registry's Node listener: binds the hono app (app.ts) over a SQLite store
// (store.ts) to a port. The CLI, the demo and e2e tests start it through here.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { createApp } from './app.ts';
import { openStore } from './store.ts';

export interface RegistryOptions {
  /** 0 picks a free port; the real one is in `url`. */
  port: number;
  /** Defaults to 127.0.0.1: the reference registry is for one machine unless told otherwise. */
  host?: string;
  /** SQLite file (created with its directory when missing), or ':memory:'. */
  dbPath: string;
  /** token -> official name. None: open (dev) mode. */
  tokens?: ReadonlyMap<string, string> | Readonly<Record<string, string>>;
}

export interface RunningRegistry {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:8787 */
  url: string;
  /** True when no tokens are configured and every caller is accepted. */
  open: boolean;
  /** Stop listening, end open connections, close the database. Safe to call twice. */
  close(): Promise<void>;
}

/** How long in-flight requests get to finish on close before their sockets are cut. */
const CLOSE_GRACE_MS = 2000;

export async function startRegistry(options: RegistryOptions): Promise<RunningRegistry> {
  const host = options.host ?? '127.0.0.1';
  const tokens = options.tokens instanceof Map ? options.tokens : new Map(Object.entries(options.tokens ?? {}));
  const store = openStore(options.dbPath);
  let server;
  try {
    const app = createApp({ store, tokens });
    server = createServer(getRequestListener(app.fetch));
    await listen(server, options.port, host);
  } catch (err) {
    store.close();
    throw err;
  }

  const { port } = server.address() as AddressInfo;
  const listening = server;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    open: tokens.size === 0,
    close() {
      closing ??= new Promise<void>((resolve) => {
        const cut = setTimeout(() => listening.closeAllConnections(), CLOSE_GRACE_MS);
        listening.close(() => {
          clearTimeout(cut);
          // Only after the last request is done: none may reach a closed database.
          store.close();
          resolve();
        });
        listening.closeIdleConnections();
      });
      return closing;
    },
  };
}

function listen(server: ReturnType<typeof createServer>, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (err: Error) => reject(err);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
}
