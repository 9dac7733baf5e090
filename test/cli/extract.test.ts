// `sohoa extract` end to end through the real command (kept beside the
// extraction tests it exercises; src/cli/extract.ts is a thin wrapper).
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = join(import.meta.dirname, '../..');
const fixtures = join(root, 'test/fixtures/documents/html');

async function sohoa(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), 'extract', ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('sohoa extract', () => {
  it('prints one JSON object for an HTML document', async () => {
    const r = await sohoa(join(fixtures, 'can-cuoc-table-bilingual.html'));
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const out = JSON.parse(lines[0]!) as { type: string; fields: Record<string, string>; confidence: Record<string, number>; warnings: unknown[] };
    expect(Object.keys(out)).toEqual(['type', 'fields', 'confidence', 'warnings']);
    expect(out.type).toBe('can_cuoc');
    expect(out.fields.so_dinh_danh).toBe('001203012345');
    expect(Object.keys(out.confidence).sort()).toEqual(Object.keys(out.fields).sort());
  });

  it('reports type null with whatever fields it found for an unknown paper', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sohoa-'));
    const f = join(dir, 'note.htm');
    writeFileSync(f, '<p>PHIẾU GHI CHÚ</p><p>Họ và tên: Trần Văn Ba</p>');
    const r = await sohoa(f);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ type: null, fields: { ho_ten: 'TRẦN VĂN BA' } });
  });

  it('fails cleanly, without stack traces or file content', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sohoa-'));
    const txt = join(dir, 'secret-001203012345.txt');
    writeFileSync(txt, 'Họ và tên: Trần Văn Ba');
    for (const r of [await sohoa(join(dir, 'missing.html')), await sohoa(txt), await sohoa()]) {
      expect(r.code).not.toBe(0);
      expect(r.stdout).toBe('');
      expect(r.stderr).not.toMatch(/\n\s+at |Trần|001203012345/);
      expect(r.stderr.length).toBeGreaterThan(0);
    }
  });
});
