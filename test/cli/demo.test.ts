// `npm start` runs `sohoa demo` after the build: the registry on a real SQLite
// file and the demo portal come up, answer, and stop cleanly on SIGTERM.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'sohoa-demo-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sohoa demo', () => {
  it('starts the registry and the portal, prints how to load the extension, stops on SIGTERM', async () => {
    expect(existsSync('dist/manifest.json'), 'dist/ is missing: npm test builds it first').toBe(true);
    const db = join(dir, 'registry.db');
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'demo', '--no-browser', '--registry-port', '0', '--portal-port', '0', '--db', db], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    await expect.poll(() => out, { timeout: 30_000 }).toContain('Ctrl+C');
    const registry = /registry\s+(http:\/\/\S+)/.exec(out)![1]!;
    const portal = /portal\s+(http:\/\/\S+)/.exec(out)![1]!;
    expect(out).toContain('Load unpacked');
    expect(await (await fetch(`${registry}/v1/health`)).json()).toEqual({ ok: true, version: 1 });
    const page = await (await fetch(portal)).text();
    expect(page).toContain('000.00.12.H12-230525-0001');
    expect(existsSync(db)).toBe(true);
    const code = await new Promise<number | null>((resolve) => { child.on('exit', resolve); child.kill('SIGTERM'); });
    expect(code).toBe(0);
  });
});
