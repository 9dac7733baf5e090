// `npm start` (after the build): the reference registry on an embedded SQLite
// file, the demo portal, and Chromium with the extension loaded and the portal
// open. Without a display it prints the URLs and how to load dist/ by hand.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startRegistry } from '../registry/server.ts';
import { startPortal } from './portal-server.ts';

const FLAGS = ['--lang=vi', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      'registry-port': { type: 'string', default: '8787' },
      'portal-port': { type: 'string', default: '8788' },
      db: { type: 'string', default: './registry.db' },
      browser: { type: 'string', default: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
      'no-browser': { type: 'boolean', default: false },
    },
  });
  const dist = resolve('dist');
  if (!existsSync(join(dist, 'manifest.json'))) {
    process.stderr.write('dist/ is missing: run `npm run build` (npm start does it for you)\n');
    return 1;
  }
  const registry = await startRegistry({ port: Number(values['registry-port']), dbPath: values.db! });
  const portal = await startPortal({ port: Number(values['portal-port']) });
  const portalPage = `${portal.url}/ho-so.html`;
  process.stdout.write([
    `registry  ${registry.url}  (SQLite: ${resolve(values.db!)}, open mode: no token needed)`,
    `portal    ${portalPage}`,
    `extension ${dist}`,
    '',
  ].join('\n'));

  let closeBrowser: (() => Promise<void>) | undefined;
  const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  if (!values['no-browser'] && hasDisplay && existsSync(values.browser!)) {
    const { chromium } = await import('playwright-core');
    const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'sohoa-demo-')), {
      executablePath: values.browser!,
      headless: false,
      viewport: null,
      args: [...FLAGS, `--disable-extensions-except=${dist}`, `--load-extension=${dist}`],
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(portalPage);
    closeBrowser = () => context.close();
    process.stdout.write('Chromium is open with Sohoa loaded. Set your name and agency code in the options tab, then click "Số hóa" on the portal.\n');
  } else {
    process.stdout.write([
      'No display (or --no-browser): open Chrome yourself and load the extension:',
      '  1. chrome://extensions -> turn on Developer mode',
      `  2. "Load unpacked" -> choose ${dist}`,
      `  3. open ${portalPage}, then set your name and agency code in the Sohoa options`,
      '',
    ].join('\n'));
  }
  process.stdout.write('Ctrl+C stops everything.\n');

  await new Promise<void>((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
  await closeBrowser?.().catch(() => undefined);
  await portal.close();
  await registry.close();
  return 0;
}
