// `npm run package`: a zip of dist/ that holds the manifest at its root and every file the manifest names.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';

describe('sohoa package', () => {
  it('zips the built extension with everything the manifest references', () => {
    expect(existsSync('dist/manifest.json'), 'dist/ is missing: npm test builds it first').toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'sohoa-pkg-'));
    try {
      const out = join(dir, 'sohoa.zip');
      execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'package', out]);
      const files = unzipSync(readFileSync(out));
      const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as Record<string, any>;
      const referenced = [
        manifest.background.service_worker, manifest.action.default_popup, manifest.options_ui.page,
        ...manifest.content_scripts.flatMap((c: { js: string[] }) => c.js), ...Object.values(manifest.icons),
        manifest.storage.managed_schema, '_locales/vi/messages.json', '_locales/en/messages.json',
        'offscreen/offscreen.html', 'ocr/vie.traineddata', 'vendor/zxing/zxing_reader.wasm', 'vendor/pdfjs/pdf.worker.min.mjs',
      ] as string[];
      for (const f of referenced) expect(files, f).toHaveProperty([f]);
      expect(manifest.version).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
