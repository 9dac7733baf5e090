// Shared set-up for registry tests: a real server on port 0 over a real SQLite
// file in a fresh temp directory.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRegistry } from '../../src/registry/server.ts';
import type { RegistryOptions, RunningRegistry } from '../../src/registry/server.ts';

export function tempDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'sohoa-registry-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function startOnTemp(dbPath: string, options: Partial<RegistryOptions> = {}): Promise<RunningRegistry> {
  return startRegistry({ port: 0, host: '127.0.0.1', dbPath, ...options });
}

export async function postResult(url: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${url}/v1/results`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, json: (await res.json()) as Record<string, any> };
}

export async function getJson(url: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, { headers });
  return { status: res.status, headers: res.headers, json: (await res.json()) as Record<string, any> };
}
