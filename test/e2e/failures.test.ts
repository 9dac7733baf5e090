// Bad input gets a clear error and loses nothing: broken files, a page that
// changes under the button, hostile text, forged page events, a registry that
// is down or answers 500, and a service worker stopped mid-upload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startFaultyServer } from '../../src/registry/faults.ts';
import { readStore, registryGet, startStack, stopServiceWorker, TOKEN, type Stack } from './harness.ts';
import { sampleResult } from '../registry/sample-result.ts';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
  await stack.configure({});
});
afterAll(async () => { await stack?.close(); });

async function clickCapture(page: Page, selector: string): Promise<{ state: string | null; message: string }> {
  const host = page.locator(selector);
  await host.waitFor();
  await host.click();
  await expect.poll(() => host.getAttribute('data-sohoa-state'), { timeout: 30_000 }).toMatch(/done|error/);
  return { state: await host.getAttribute('data-sohoa-state'), message: (await host.getAttribute('data-sohoa-message')) ?? '' };
}

const linkButton = (id: string) => `#${id} + [data-sohoa="capture"]`;

async function itemCount(): Promise<number> {
  return (await readStore(stack, 'items')).length;
}

describe('bad files', () => {
  it('refuses a 0-byte file, a 200 MB file and a missing file with clear messages, storing nothing', async () => {
    const page = await stack.page('edge-cases.html');
    const before = await itemCount();
    const empty = await clickCapture(page, linkButton('link-empty'));
    expect(empty.state).toBe('error');
    expect(empty.message).toMatch(/rỗng|empty/i);
    const huge = await clickCapture(page, linkButton('link-huge'));
    expect(huge.state).toBe('error');
    expect(huge.message).toMatch(/quá lớn|too large/i);
    const missing = await clickCapture(page, linkButton('link-missing'));
    expect(missing.state).toBe('error');
    expect(missing.message).toMatch(/404/);
    expect(await itemCount()).toBe(before);
    await page.close();
  });

  it('keeps a corrupt PDF with its hash and opens it for manual keying with the reason shown', async () => {
    const page = await stack.page('edge-cases.html');
    const result = await clickCapture(page, linkButton('link-corrupt'));
    expect(result.state).toBe('done');
    await expect.poll(async () => (await readStore(stack, 'items')).find((i) => i.sourceKind === 'pdf')?.status, { timeout: 30_000 }).toBe('draft');
    const item = (await readStore(stack, 'items')).find((i) => i.sourceKind === 'pdf');
    expect(item.error).toMatch(/^err_pdf_corrupt|^err_read_failed/);
    const files = await readStore(stack, 'files');
    expect(files.find((f) => f.itemId === item.id)?.sha256).toMatch(/^[0-9a-f]{64}$/);
    const popup = await stack.popup();
    await popup.locator(`[data-sohoa-id="${item.id}"]`).click();
    await expect.poll(() => popup.locator('[data-sohoa="error"]').innerText()).toMatch(/PDF/);
    await popup.close();
    await page.close();
  });
});

describe('hostile pages', () => {
  it('shows hostile field text as text, never as markup', async () => {
    const page = await stack.page('edge-cases.html');
    expect((await clickCapture(page, '#comp-hostile [data-sohoa="capture"]')).state).toBe('done');
    const popup = await stack.popup();
    const items = await readStore(stack, 'items');
    const hostile = items.filter((i) => i.documentType === 'can_cuoc').sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
    await popup.locator(`[data-sohoa-id="${hostile.id}"]`).click();
    await popup.locator('[data-sohoa="reveal"][data-sohoa-reveal="ho_ten"]').click();
    expect((await popup.locator('[data-sohoa-field="ho_ten"]').inputValue()).toLowerCase()).toContain('onerror');
    expect(await popup.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await popup.locator('img').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('ignores forged page messages and synthetic clicks', async () => {
    const page = await stack.page('edge-cases.html');
    await page.locator('[data-sohoa="capture"]').first().waitFor();
    const before = await itemCount();
    await page.evaluate(() => (window as unknown as { sohoaTest: { forge(): void } }).sohoaTest.forge());
    await page.waitForTimeout(1500);
    expect(await itemCount()).toBe(before);
    for (const state of await page.locator('[data-sohoa="capture"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-sohoa-state')))) {
      expect(state).toBe('idle');
    }
    await page.close();
  });

  it('follows attribute changes: a hidden document loses its button, a retargeted link captures its new file', async () => {
    const page = await stack.page('edge-cases.html');
    const hostile = page.locator('#comp-hostile [data-sohoa="capture"]');
    await hostile.waitFor();
    await page.evaluate(() => (window as unknown as { sohoaTest: { hideHostile(): void } }).sohoaTest.hideHostile());
    await expect.poll(() => hostile.count()).toBe(0);
    await page.evaluate(() => (window as unknown as { sohoaTest: { retargetEmpty(): void } }).sohoaTest.retargetEmpty());
    await page.waitForTimeout(400); // past the rescan debounce
    const before = await itemCount();
    const result = await clickCapture(page, linkButton('link-empty'));
    expect(result.state).toBe('done'); // the file it points at now, not the empty one it pointed at
    expect(await itemCount()).toBe(before + 1);
    await page.close();
  });

  it('removes the button of a document that leaves the page, and captures nothing for it', async () => {
    const page = await stack.page('edge-cases.html');
    const host = page.locator('#comp-changing [data-sohoa="capture"]');
    await host.waitFor();
    const before = await itemCount();
    await page.evaluate(() => (window as unknown as { sohoaTest: { removeChanging(): void } }).sohoaTest.removeChanging());
    await expect.poll(() => host.count()).toBe(0);
    expect(await itemCount()).toBe(before);
    await page.close();
  });
});

async function captureAndConfirm(selector = '#comp-cccd [data-sohoa="capture"]'): Promise<string> {
  const page = await stack.page('ho-so.html');
  expect((await clickCapture(page, selector)).state).toBe('done');
  await page.close();
  const items = await readStore(stack, 'items');
  const item = items.filter((i) => i.status === 'draft' && i.documentType === 'can_cuoc').sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  const popup = await stack.popup();
  await popup.locator(`[data-sohoa-id="${item.id}"]`).click();
  await popup.locator('[data-sohoa="confirm"]').click();
  await popup.locator(`[data-sohoa-id="${item.id}"]`).waitFor();
  await popup.close();
  return item.id;
}

async function statusOf(id: string): Promise<{ status: string; error?: string }> {
  const item = (await readStore(stack, 'items')).find((i) => i.id === id);
  return { status: item?.status, error: item?.error };
}

describe('registry failures', () => {
  it('a registry that is down: failed with the reason, nothing lost, sent once it is back', async () => {
    const storedBefore = (await registryGet(stack, '/v1/results?owner=001090012345')).body.results.length;
    await stack.registry.close();
    const id = await captureAndConfirm();
    await expect.poll(async () => (await statusOf(id)).status, { timeout: 30_000 }).toBe('failed');
    expect((await statusOf(id)).error).toMatch(/^err_registry_unreachable/);
    expect((await readStore(stack, 'outbox')).length).toBe(1);
    await stack.restartRegistry();
    const popup = await stack.popup();
    await popup.locator(`[data-sohoa-id="${id}"]`).click();
    await popup.locator('[data-sohoa="retry"]').click();
    await expect.poll(async () => (await statusOf(id)).status, { timeout: 30_000 }).toBe('sent');
    expect((await registryGet(stack, '/v1/results?owner=001090012345')).body.results.length).toBe(storedBefore + 1);
    await popup.close();
  });

  it('a registry answering 500: failed with the HTTP status, retried, then sent to a healthy one', async () => {
    const faulty = await startFaultyServer({ mode: '500' });
    try {
      await stack.configure({ registryUrl: faulty.url });
      const id = await captureAndConfirm();
      await expect.poll(() => statusOf(id), { timeout: 30_000 }).toMatchObject({ status: 'failed', error: expect.stringMatching(/^err_registry_server\|500/) });
      // Transient: retried on its own (first back-off is 5 s), the outbox entry kept.
      await expect.poll(() => faulty.requests, { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
      expect((await readStore(stack, 'outbox')).some((o) => o.itemId === id && !o.parked)).toBe(true);
      // Pointing the extension at a healthy registry sends it at once.
      await stack.configure({});
      await expect.poll(async () => (await statusOf(id)).status, { timeout: 30_000 }).toBe('sent');
    } finally {
      await faulty.close();
    }
  });

  it('a service worker stopped mid-upload resumes from the outbox and stores the result exactly once', async () => {
    const hang = await startFaultyServer({ mode: 'hang' });
    try {
      await stack.configure({ registryUrl: hang.url });
      const id = await captureAndConfirm();
      await expect.poll(() => hang.requests, { timeout: 30_000, message: 'the worker never reached the hanging registry' }).toBeGreaterThanOrEqual(1);
      expect((await statusOf(id)).status).toBe('queued');
      const storedBefore = (await registryGet(stack, '/v1/results?owner=001090012345')).body.results.length;
      await stopServiceWorker(stack);
      await stack.configure({}); // wakes the worker: it flushes the outbox on start
      await expect.poll(async () => (await statusOf(id)).status, { timeout: 30_000 }).toBe('sent');
      // Exactly one new row: the interrupted attempt never reached the real registry, the resumed one did once.
      expect((await registryGet(stack, '/v1/results?owner=001090012345')).body.results.length).toBe(storedBefore + 1);
    } finally {
      await hang.close();
    }
  });

  it('a code the registry already holds for another result: refused (409), then re-coded and stored on retry', async () => {
    await stack.configure({});
    // Plant a different result under the very code the extension will assign next.
    const meta = await readStore(stack, 'meta');
    const install = meta.find((v) => typeof v === 'string' && /^[0-9A-Z]{8}$/.test(v)) as string;
    const serial = (meta.find((v) => typeof v === 'number') as number | undefined) ?? 0;
    const d = new Date();
    const yymmdd = `${String(d.getFullYear()).slice(2)}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}`;
    const taken = `001090012345-can_cuoc-${yymmdd}-${install}${String(serial + 1).padStart(5, '0')}`;
    const planted = sampleResult({ code: taken });
    const res = await fetch(`${stack.registry.url}/v1/results`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, body: JSON.stringify(planted) });
    expect(res.status).toBe(201);

    const id = await captureAndConfirm();
    await expect.poll(async () => (await statusOf(id)).error ?? '', { timeout: 30_000 }).toMatch(/^err_registry_conflict/);
    expect((await readStore(stack, 'outbox')).find((o) => o.itemId === id)?.parked).toBe(true);
    const popup = await stack.popup();
    await popup.locator(`[data-sohoa-id="${id}"]`).click();
    await popup.locator('[data-sohoa="retry"]').click();
    await expect.poll(async () => (await statusOf(id)).status, { timeout: 30_000 }).toBe('sent');
    await popup.close();
    // The planted result is untouched; ours is stored under a new code.
    expect((await registryGet(stack, `/v1/results/${taken}`)).body.result.fields.ho_ten).toBe(planted.fields.ho_ten);
    const mine = (await registryGet(stack, '/v1/results?owner=001090012345')).body.results.filter((r: { result: { code: string } }) => r.result.code.startsWith(`001090012345-can_cuoc-${yymmdd}-${install}`));
    expect(mine.length).toBeGreaterThanOrEqual(1);
    expect(mine.every((r: { result: { code: string } }) => r.result.code !== taken)).toBe(true);
  });
});
