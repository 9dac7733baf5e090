import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from './helpers.ts';
import { sampleResult } from './sample-result.ts';

const root = new URL('../..', import.meta.url).pathname;
const started: ChildProcess[] = [];
afterEach(() => {
  for (const child of started.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

// One node process with tsx as a loader, not `npx tsx`: npm exec (and npm run)
// die on SIGTERM without forwarding it, which would orphan the server and
// hide the exit code under test.

function startCli(args: string[]): { child: ChildProcess; output: () => string; url: Promise<string>; exit: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'registry', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(child);
  let out = '';
  child.stdout!.setEncoding('utf8');
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (d: string) => { out += d; });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (d: string) => {
      out += d;
      const m = /^registry listening on (http:\/\/\S+)/m.exec(out);
      if (m) resolve(m[1]!);
    });
    void exit.then((code) => reject(new Error(`registry exited (${code}) before listening`)));
  });
  url.catch(() => {}); // awaited by the tests that expect a listener
  return { child, output: () => out, url, exit };
}

describe('sohoa registry (CLI)', () => {
  it('starts on a free port, says it runs open, serves, and exits 0 on SIGTERM with the file intact', async () => {
    const tmp = tempDir();
    const db = join(tmp.dir, 'cli.db');
    try {
      const first = startCli(['--port', '0', '--db', db]);
      const url = await first.url;
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(url).not.toMatch(/:0$/);
      expect(first.output()).toMatch(/dev mode/);
      const result = sampleResult({ code: 'cli.1' });
      const post = await fetch(`${url}/v1/results`, { method: 'POST', body: JSON.stringify(result) });
      expect(post.status).toBe(201);
      const bad = await fetch(`${url}/v1/results`, { method: 'POST', body: JSON.stringify({ ...result, code: 'cli 2' }) });
      expect(bad.status).toBe(400);
      first.child.kill('SIGTERM');
      expect(await first.exit).toBe(0);
      // Nothing personal in the server's output.
      for (const value of [result.fields.ho_ten!, result.ownerId!, result.digitizer.name]) expect(first.output()).not.toContain(value);

      const second = startCli(['--port', '0', '--db', db, '--token', 'tok-1:Trần Thị Bình']);
      const url2 = await second.url;
      expect(second.output()).not.toMatch(/dev mode/);
      expect(second.output()).not.toContain('tok-1');
      expect((await fetch(`${url2}/v1/results/cli.1`)).status).toBe(401);
      const got = await fetch(`${url2}/v1/results/cli.1`, { headers: { Authorization: 'Bearer tok-1' } });
      expect(got.status).toBe(200);
      expect(((await got.json()) as any).result).toEqual(result);
      second.child.kill('SIGINT');
      expect(await second.exit).toBe(0);
    } finally {
      tmp.remove();
    }
  });

  it('exits 2 on bad arguments without echoing a token', async () => {
    const tmp = tempDir();
    try {
      const run = startCli(['--port', '0', '--db', join(tmp.dir, 'x.db'), '--token', 'onlysecret']);
      expect(await run.exit).toBe(2);
      expect(run.output()).toMatch(/--token/);
      expect(run.output()).not.toContain('onlysecret');
      const port = startCli(['--port', 'eighty']);
      expect(await port.exit).toBe(2);
    } finally {
      tmp.remove();
    }
  });
});
