// Personal data (Decree 13/2023; Circular 01/2023 Art. 6.2): never in any
// console of the extension, in error messages or in the audit log; sealed at
// rest in IndexedDB; masked on screen until revealed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readStore, startStack, type Stack } from './harness.ts';

const PERSONAL = ['001090012345', '001218004567', 'NGUYỄN VĂN AN', 'Nguyễn Văn An', 'Nguyễn Minh Khôi', 'NGUYỄN MINH KHÔI', 'Trần Thị Bình', 'TRẦN THỊ BÌNH', '1990-03-15', '15/03/1990', 'Trần Duy Hưng', '001192006789'];

let stack: Stack;
const consoleLines: string[] = [];
beforeAll(async () => {
  stack = await startStack();
  const listen = (source: { on(e: 'console', f: (m: { text(): string }) => void): unknown }) => source.on('console', (m) => consoleLines.push(m.text()));
  stack.context.on('page', listen);
  for (const p of stack.context.pages()) listen(p);
  for (const w of stack.context.serviceWorkers()) listen(w);
  stack.context.on('serviceworker', listen);
  await stack.configure({});
});
afterAll(async () => { await stack?.close(); });

function leaks(text: string): string[] {
  return PERSONAL.filter((v) => text.includes(v));
}

describe('personal data', () => {
  it('is sealed at rest: no store holds a personal value in the clear', async () => {
    const page = await stack.page('ho-so.html');
    for (const id of ['#comp-cccd', '#comp-gks', '#comp-pdf', '#comp-scan']) {
      const host = page.locator(`${id} [data-sohoa="capture"]`);
      await host.click();
      await expect.poll(() => host.getAttribute('data-sohoa-state'), { timeout: 30_000 }).toBe('done');
    }
    await expect.poll(async () => (await readStore(stack, 'items')).filter((i) => i.status === 'draft').length, { timeout: 90_000 }).toBe(4);
    for (const store of ['items', 'files', 'outbox', 'audit', 'meta']) {
      expect(leaks(JSON.stringify(await readStore(stack, store))), store).toEqual([]);
    }
    await page.close();
  });

  it('is masked in the popup until revealed one field at a time, each reveal audited', async () => {
    const popup = await stack.popup();
    const rows = popup.locator('[data-sohoa="item"]');
    await expect.poll(() => rows.count()).toBe(4);
    for (let i = 0; i < 4; i++) {
      await rows.nth(i).click();
      await popup.locator('[data-sohoa-field]').first().waitFor();
      expect(leaks(await popup.locator('body').innerText())).toEqual([]);
      const values = await popup.locator('input[data-sohoa-field]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value).join('\n'));
      expect(leaks(values)).toEqual([]);
      await popup.locator('[data-sohoa="back"]').click();
    }
    await rows.last().click();
    const reveal = popup.locator('[data-sohoa="reveal"][data-sohoa-reveal="ho_ten"]');
    await reveal.click();
    // Only the revealed field shows its value.
    expect(leaks(await popup.locator('input[data-sohoa-field="ho_ten"]').inputValue()).length).toBe(1);
    expect(await popup.locator('input[data-sohoa-field="so_dinh_danh"]').inputValue()).not.toMatch(/^\d{12}$/);
    const audit = await readStore(stack, 'audit');
    expect(audit.filter((a) => a.action === 'reveal').map((a) => a.field)).toEqual(['ho_ten']);
    expect(leaks(JSON.stringify(audit))).toEqual([]);
    await popup.close();
  });

  it('follows the masking policy the agency configures, and refuses an invalid one', async () => {
    const options = await stack.context.newPage();
    await options.goto(`chrome-extension://${stack.extensionId}/options/options.html`);
    await options.locator('[data-sohoa-option="piiPolicy"]').fill('{"fields": {"fieldTypes": {"personal_id": {"op": "partial", "keepEnd": 3}}}, "maskChar": "#"');
    await options.locator('[data-sohoa="save"]').click();
    await options.locator('[data-sohoa-error="piiPolicy"]').waitFor();
    await options.close();
    await stack.configure({ piiPolicy: '{"maskChar": "#", "fields": {"fieldTypes": {"personal_id": {"op": "partial", "keepEnd": 3}}}}' });
    const popup = await stack.popup();
    await popup.locator('[data-sohoa="item"]').last().click();
    expect(await popup.locator('input[data-sohoa-field="so_dinh_danh"]').inputValue()).toBe('#########345');
    await popup.close();
    await stack.configure({ piiPolicy: '' });
  });

  it('never reaches a console or an error message, even when things fail', async () => {
    // Confirm against a registry that is down: errors are produced and shown.
    await stack.registry.close();
    const popup = await stack.popup();
    const row = popup.locator('[data-sohoa="item"]').first();
    await row.click();
    await popup.locator('[data-sohoa="confirm"]').click();
    await expect.poll(() => popup.locator('[data-sohoa="item"][data-sohoa-status="failed"]').count(), { timeout: 30_000 }).toBe(1);
    const errors = (await readStore(stack, 'items')).map((i) => i.error ?? '').join('\n');
    expect(errors).toMatch(/err_registry_unreachable/);
    expect(leaks(errors)).toEqual([]);
    expect(leaks(await popup.locator('body').innerText())).toEqual([]);
    await stack.restartRegistry();
    await popup.close();
    expect(leaks(consoleLines.join('\n'))).toEqual([]);
  });
});
