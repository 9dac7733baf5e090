// `sohoa pii`: JSON lines in, one JSON line out per input; bad lines get an error (never their
// text) and the run goes on. (Lives here with the engine's tests; the command is src/cli/pii.ts.)
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { processLine } from '../../src/cli/pii.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('sohoa pii', () => {
  it('answers each line with spans and the masked text', () => {
    const out = JSON.parse(processLine(JSON.stringify({ id: 'a1', text: 'SĐT 0912345678, CCCD 001203004567' }))!);
    expect(out).toEqual({
      id: 'a1',
      spans: [
        { start: 4, end: 14, type: 'phone', score: 0.97 },
        { start: 21, end: 33, type: 'national_id', score: 0.99 },
      ],
      masked: 'SĐT [SDT_1], CCCD [CCCD_1]',
    });
  });
  it('reports malformed lines without echoing them', () => {
    const secret = '{"id":"x","text":"Nguyễn Văn An 0912345678"';
    const bad = processLine(secret)!;
    expect(JSON.parse(bad)).toEqual({ error: 'invalid JSON' });
    expect(bad).not.toContain('0912345678');
    expect(JSON.parse(processLine('{"id":7,"text":42}')!)).toEqual({ id: 7, error: 'missing or invalid "text" (string)' });
    expect(JSON.parse(processLine('[1,2]')!)).toHaveProperty('error');
    expect(processLine('   ')).toBeNull();
  });
  it('runs as a command: one output line per input line, exit code 0', () => {
    const input = [
      JSON.stringify({ id: 1, text: 'Họ và tên: Trần Thị Mai' }),
      'not json 0987654321',
      '',
      JSON.stringify({ id: 2, text: 'Mã hồ sơ 000.00.12.H12-230525-0001' }),
    ].join('\n');
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'pii'], { cwd: root, input, encoding: 'utf8' });
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toEqual([
      { id: 1, spans: [{ start: 11, end: 23, type: 'person_name', score: 0.92 }], masked: 'Họ và tên: [HO_TEN_1]' },
      { error: 'invalid JSON' },
      { id: 2, spans: [], masked: 'Mã hồ sơ 000.00.12.H12-230525-0001' },
    ]);
    expect(r.stdout + r.stderr).not.toContain('0987654321');
  });
});
