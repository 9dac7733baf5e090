// Real parts for e2e tests: the built extension (dist/) in Debian Chromium via
// playwright-core, the reference registry on a real SQLite file, the demo portal.
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startRegistry, type RunningRegistry } from '../../src/registry/server.ts';
import { startPortal, type RunningPortal } from '../../src/cli/portal-server.ts';

export const DIST = resolve(import.meta.dirname, '../../dist');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic',
];

export interface Stack {
  registry: RunningRegistry;
  portal: RunningPortal;
  context: BrowserContext;
  extensionId: string;
  dbPath: string;
  page(path: string): Promise<Page>;
  popup(): Promise<Page>;
  configure(values: Partial<Record<'registryUrl' | 'registryToken' | 'officialName' | 'agencyCode' | 'codeTemplate' | 'piiPolicy', string>>): Promise<void>;
  restartRegistry(): Promise<void>;
  close(): Promise<void>;
}

export const TOKEN = 'e2e-token-le-thi-thu';
export const OFFICIAL = 'Lê Thị Thu';
export const AGENCY = '000.00.12.H12';

export async function startStack(opts: { registry?: boolean; lang?: string } = {}): Promise<Stack> {
  if (!existsSync(join(DIST, 'manifest.json'))) throw new Error('dist/ is missing: run `npm run build` first');
  const dir = mkdtempSync(join(tmpdir(), 'sohoa-e2e-'));
  const dbPath = join(dir, 'registry.db');
  const tokens = { [TOKEN]: OFFICIAL };
  let registry = await startRegistry({ port: 0, dbPath, tokens });
  const registryPort = new URL(registry.url).port;
  if (opts.registry === false) await registry.close();
  const portal = await startPortal({ port: 0 });
  const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`, ...(opts.lang ? [`--lang=${opts.lang}`] : [])],
  });
  const firstWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(firstWorker.url()).host;
  // On install the extension opens its options page, and Chrome may open it in
  // a blank tab: in one a test has just created, if we did not wait for it here.
  await installOptionsPage(context, extensionId);

  const stack: Stack = {
    get registry() { return registry; },
    portal,
    context,
    extensionId,
    dbPath,
    async page(path) {
      const page = await context.newPage();
      await page.goto(`${portal.url}/${path}`);
      return page;
    },
    async popup() {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup/popup.html`);
      return page;
    },
    async configure(values) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/options/options.html`);
      const all = { registryUrl: registry.url, registryToken: TOKEN, officialName: OFFICIAL, agencyCode: AGENCY, ...values };
      for (const [key, value] of Object.entries(all)) await page.locator(`[data-sohoa-option="${key}"]`).fill(value);
      await page.locator('[data-sohoa="save"]').click();
      await page.locator('[data-sohoa="saved"]').waitFor().catch(async (err: Error) => {
        // Say what the page shows instead (field keys only: values may be personal).
        const shown = await page.locator('[data-sohoa-error], [data-sohoa="settings-error"]')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-sohoa-error') ?? e.getAttribute('data-sohoa')))
          .catch(() => ['(page gone)']);
        throw new Error(`settings not saved; the options page shows errors for: ${shown.join(', ') || 'nothing'} (${err.message.split('\n')[0]})`);
      });
      await page.close();
    },
    async restartRegistry() {
      await registry.close().catch(() => undefined);
      registry = await startRegistry({ port: Number(registryPort), dbPath, tokens });
    },
    async close() {
      await context.close().catch(() => undefined);
      await registry.close().catch(() => undefined);
      await portal.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return stack;
}

async function installOptionsPage(context: BrowserContext, extensionId: string): Promise<void> {
  const url = `chrome-extension://${extensionId}/options/options.html`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (context.pages().some((p) => p.url() === url)) return;
    if (Date.now() > deadline) throw new Error('the extension did not open its options page on install');
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function registryGet(stack: Stack, path: string): Promise<{ status: number; body: any }> {
  const res = await fetch(`${stack.registry.url}${path}`, { headers: { authorization: `Bearer ${TOKEN}` } });
  return { status: res.status, body: await res.json() };
}

const inspectors = new WeakMap<Stack, Page>();

/** An extension page (same origin as the service worker) for looking inside. */
async function inspector(stack: Stack): Promise<Page> {
  let page = inspectors.get(stack);
  if (!page || page.isClosed()) {
    page = await stack.context.newPage();
    await page.goto(`chrome-extension://${stack.extensionId}/icons/16.png`);
    inspectors.set(stack, page);
  }
  return page;
}

/** Sends a message of the table as an extension page would (the popup's view of an item, say). */
export async function ask(stack: Stack, type: string, payload: unknown): Promise<any> {
  const page = await inspector(stack);
  const reply = await page.evaluate(([t, p]) => chrome.runtime.sendMessage({ sohoa: 1, type: t, payload: p }), [type, payload] as const);
  if (!reply?.ok) throw new Error(`message ${type} failed: ${reply?.error}`);
  return reply.value;
}

/**
 * Reads the extension's IndexedDB from an extension page, so it works while
 * the worker is stopped and does not wake it.
 */
export async function readStore(stack: Stack, store: string): Promise<any[]> {
  const page = await inspector(stack);
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((res, rej) => { const r = indexedDB.open('sohoa'); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
    const all = await new Promise<any[]>((res, rej) => { const r = db.transaction(name).objectStore(name).getAll(); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
    db.close();
    return all.map((v) => JSON.parse(JSON.stringify(v, (_k, x) => (x instanceof ArrayBuffer || ArrayBuffer.isView(x) ? `[bytes ${(x as ArrayBuffer).byteLength}]` : x))));
  }, store);
}

/** Stops the extension's service worker as Chrome does when it idles (MV3), via CDP. */
export async function stopServiceWorker(stack: Stack): Promise<void> {
  const page = await stack.context.newPage();
  try {
    const cdp = await stack.context.newCDPSession(page);
    const { targetInfos } = await cdp.send('Target.getTargets');
    const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${stack.extensionId}/`));
    if (!sw) throw new Error('extension service worker not found');
    await cdp.send('Target.closeTarget', { targetId: sw.targetId });
    // Wait until Chrome reports it gone.
    for (let i = 0; i < 50; i++) {
      const { targetInfos: now } = await cdp.send('Target.getTargets');
      if (!now.some((t) => t.targetId === sw.targetId)) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('service worker did not stop');
  } finally {
    await page.close();
  }
}
