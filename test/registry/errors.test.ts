import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/registry/app.ts';
import type { RegistryStore } from '../../src/registry/store.ts';
import { postResult, getJson } from './helpers.ts';
import { sampleResult } from './sample-result.ts';

describe('registry internal errors', () => {
  it('answers 500 {"error":"internal"} and logs only the error class, never its message', async () => {
    const secret = 'NGUYỄN VĂN AN 001099012345';
    const failing = (): never => { throw new RangeError(`disk full while writing ${secret}`); };
    const store: RegistryStore = { put: failing, get: failing, listByOwner: failing, officialOf: failing, close: () => {} };
    const logged: string[] = [];
    const app = createApp({ store, logError: (line) => logged.push(line) });
    const server = createServer(getRequestListener(app.fetch));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const post = await postResult(url, sampleResult(), { Origin: 'chrome-extension://x' });
      expect(post.status).toBe(500);
      expect(post.json).toEqual({ error: 'internal' });
      expect(post.headers.get('access-control-allow-origin')).toBe('*');
      const get = await getJson(`${url}/v1/results/any`);
      expect(get.status).toBe(500);
      expect(get.json).toEqual({ error: 'internal' });
      expect(logged).toEqual(['registry: internal error (RangeError)', 'registry: internal error (RangeError)']);
      expect(logged.join('\n')).not.toContain('001099012345');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
