// Registry HTTP routes (hono): versioned JSON API over a RegistryStore. No
// listener here (see server.ts), no SQL here (see store.ts). Nothing in this
// file logs a request body, a query value or a header value.
import { Hono } from 'hono';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { validateResult } from '../core/result/schema.ts';
import { canonicalHash } from '../core/result/canonical.ts';
import type { RegistryStore } from './store.ts';
import { createTokenTable } from './tokens.ts';

export const API_VERSION = 1;
/** Largest accepted request body; results carry file hashes, never file bytes. */
export const MAX_BODY_BYTES = 1024 * 1024;

export interface AppOptions {
  store: RegistryStore;
  /** token -> official name. Empty or absent: open (dev) mode, no auth. */
  tokens?: ReadonlyMap<string, string>;
  /** Where internal errors are reported (class name only); defaults to stderr. */
  logError?: (line: string) => void;
}

type Env = { Variables: { official: string | null } };

export function createApp(options: AppOptions): Hono<Env> {
  const { store } = options;
  const tokens = createTokenTable(options.tokens);
  const logError = options.logError ?? ((line: string) => process.stderr.write(`${line}\n`));
  const app = new Hono<Env>();

  app.use('*', cors({
    origin: '*',
    allowMethods: ['GET', 'POST', 'OPTIONS'],
    allowHeaders: ['Authorization', 'Content-Type'],
    maxAge: 600,
  }));

  const requireOfficial: MiddlewareHandler<Env> = async (c, next) => {
    if (tokens.open) {
      c.set('official', null);
      return next();
    }
    const official = tokens.officialFor(c.req.header('authorization'));
    if (official === undefined) return c.json({ error: 'unauthorized' }, 401, { 'WWW-Authenticate': 'Bearer' });
    c.set('official', official);
    return next();
  };
  app.use('/v1/results', requireOfficial);
  app.use('/v1/results/*', requireOfficial);

  app.get('/v1/health', (c) => c.json({ ok: true, version: API_VERSION }));

  app.post(
    '/v1/results',
    bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => c.json({ error: 'payload_too_large' }, 413, { Connection: 'close' }) }),
    async (c) => {
      let input: unknown;
      try {
        input = JSON.parse(await c.req.text());
      } catch {
        return c.json({ error: 'invalid_json' }, 400);
      }
      const checked = validateResult(input);
      if (!checked.ok) return c.json({ error: 'invalid_result', details: checked.errors }, 400);
      const sha256 = await canonicalHash(checked.value);
      const outcome = store.put({ result: checked.value, sha256, official: c.get('official') });
      switch (outcome.status) {
        case 'created': return c.json({ receipt: outcome.receipt }, 201);
        case 'existing': return c.json({ receipt: outcome.receipt }, 200);
        case 'conflict': return c.json({ error: 'code_conflict' }, 409);
      }
    },
  );

  app.get('/v1/results', (c) => {
    const owner = c.req.query('owner');
    if (!owner) return c.json({ error: 'invalid_query', details: ['owner: required'] }, 400);
    return c.json({ results: store.listByOwner(owner) });
  });

  app.get('/v1/results/:code', (c) => {
    const stored = store.get(c.req.param('code'));
    return stored ? c.json(stored) : c.json({ error: 'not_found' }, 404);
  });

  const methodNotAllowed = (allow: string) => (c: Context<Env>) =>
    c.json({ error: 'method_not_allowed' }, 405, { Allow: allow });
  app.all('/v1/results', methodNotAllowed('GET, POST, OPTIONS'));
  app.all('/v1/results/:code', methodNotAllowed('GET, OPTIONS'));
  app.all('/v1/health', methodNotAllowed('GET, OPTIONS'));

  app.notFound((c) => c.json({ error: 'not_found' }, 404));
  app.onError((err, c) => {
    // The class name only: messages can quote stored or posted values.
    logError(`registry: internal error (${err instanceof Error ? err.name : typeof err})`);
    return c.json({ error: 'internal' }, 500);
  });

  return app;
}
