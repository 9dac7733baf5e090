// Two build passes (see README "Build"): the default pass builds the extension
// pages and the module service worker; `--mode content` builds the content
// script as one self-contained IIFE, because MV3 content scripts cannot be modules.
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { cpSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, 'src/extension');
const outDir = resolve(import.meta.dirname, 'dist');

/** Emits the top-level manifest.json into dist, with the package version. */
function manifest(): Plugin {
  return {
    name: 'sohoa-manifest',
    generateBundle() {
      const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8')) as { version: string };
      const m = JSON.parse(readFileSync(resolve(import.meta.dirname, 'manifest.json'), 'utf8')) as Record<string, unknown>;
      m.version = pkg.version;
      this.emitFile({ type: 'asset', fileName: 'manifest.json', source: JSON.stringify(m, null, 2) });
    },
  };
}

// Packages are hoisted by npm; some (zxing-wasm) do not export their package.json.
const pkgDir = (name: string) => resolve(import.meta.dirname, 'node_modules', name);

/**
 * Copies the readers' runtime files into dist/vendor: workers, wasm and font data
 * are loaded by URL at run time, so they must ship inside the extension (no CDN).
 */
function vendorAssets(): Plugin {
  return {
    name: 'sohoa-vendor-assets',
    writeBundle() {
      const out = (p: string) => resolve(outDir, 'vendor', p);
      const pdfjs = pkgDir('pdfjs-dist');
      cpSync(resolve(pdfjs, 'build/pdf.worker.min.mjs'), out('pdfjs/pdf.worker.min.mjs'));
      for (const d of ['standard_fonts', 'cmaps', 'wasm']) cpSync(resolve(pdfjs, d), out(`pdfjs/${d}`), { recursive: true });
      cpSync(resolve(pkgDir('tesseract.js'), 'dist/worker.min.js'), out('tesseract/worker.min.js'));
      // Only the LSTM cores: the bundled Vietnamese model is LSTM-only (OEM 1).
      for (const core of ['tesseract-core-lstm.wasm.js', 'tesseract-core-simd-lstm.wasm.js', 'tesseract-core-relaxedsimd-lstm.wasm.js']) {
        cpSync(resolve(pkgDir('tesseract.js-core'), core), out(`tesseract/${core}`));
      }
      cpSync(resolve(pkgDir('zxing-wasm'), 'dist/reader/zxing_reader.wasm'), out('zxing/zxing_reader.wasm'));
    },
  };
}

export default defineConfig(({ mode }) => {
  const common = {
    root,
    publicDir: false as const,
    logLevel: 'warn' as const,
    build: { outDir, target: 'chrome120', minify: false, sourcemap: false, reportCompressedSize: false, modulePreload: { polyfill: false } },
  };
  if (mode === 'content') {
    return {
      ...common,
      build: {
        ...common.build,
        emptyOutDir: false,
        lib: { entry: resolve(root, 'content/main.ts'), formats: ['iife' as const], name: 'sohoaContent', fileName: () => 'content.js' },
      },
    };
  }
  return {
    ...common,
    publicDir: resolve(import.meta.dirname, 'public'),
    plugins: [preact(), manifest(), vendorAssets()],
    build: {
      ...common.build,
      emptyOutDir: true,
      rollupOptions: {
        input: {
          background: resolve(root, 'background/main.ts'),
          popup: resolve(root, 'popup/popup.html'),
          options: resolve(root, 'options/options.html'),
          offscreen: resolve(root, 'offscreen/offscreen.html'),
        },
        output: {
          entryFileNames: (chunk) => (chunk.name === 'background' ? 'background.js' : 'assets/[name]-[hash].js'),
        },
      },
    },
  };
});
