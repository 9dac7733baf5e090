// The four digitization steps end to end: options -> capture on the demo
// portal -> review with masking -> confirm (code) -> stored in the registry,
// then local personal data purged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGENCY, OFFICIAL, readStore, registryGet, startStack, type Stack } from './harness.ts';

let stack: Stack;
beforeAll(async () => { stack = await startStack(); });
afterAll(async () => { await stack?.close(); });

describe('walking skeleton in real Chromium', () => {
  it('captures the ID card, reviews it masked, confirms and finds the result in the registry', async () => {
    await stack.configure({});
    const portal = await stack.page('ho-so.html');
    const button = portal.locator('#comp-cccd [data-sohoa="capture"]');
    await button.waitFor();
    // Every dossier component gets a button: two HTML views, the PDF link and the scan.
    await expect.poll(() => portal.locator('[data-sohoa="capture"]').count()).toBeGreaterThanOrEqual(4);
    await button.click();
    await expect.poll(() => button.getAttribute('data-sohoa-state')).toBe('done');

    const popup = await stack.popup();
    const row = popup.locator('[data-sohoa="item"]').first();
    await expect.poll(() => row.getAttribute('data-sohoa-status')).toBe('draft');
    await row.click();

    const id = popup.locator('[data-sohoa-field="so_dinh_danh"]');
    const name = popup.locator('[data-sohoa-field="ho_ten"]');
    await id.waitFor();
    // Masked by default: the digits are not on screen.
    expect(await id.inputValue()).not.toContain('001090012345');
    expect(await id.inputValue()).toMatch(/\*/);
    expect(await name.inputValue()).not.toContain('NGUYỄN VĂN AN');
    expect(await popup.locator('body').innerText()).not.toContain('001090012345');
    // Revealed on request.
    await popup.locator('[data-sohoa="reveal"][data-sohoa-reveal="so_dinh_danh"]').click();
    expect(await id.inputValue()).toBe('001090012345');
    expect(await popup.locator('[data-sohoa-field="ngay_sinh"]').count()).toBe(1);

    await popup.locator('[data-sohoa="confirm"]').click();
    const sentRow = popup.locator('[data-sohoa="item"]').first();
    await expect.poll(() => sentRow.getAttribute('data-sohoa-status'), { timeout: 20_000 }).toBe('sent');
    // The code starts with the owner's ID (Art. 10): masked on screen too.
    const shownCode = await sentRow.locator('[data-sohoa="code"]').innerText();
    expect(shownCode).toMatch(/^0010\*+45-can_cuoc-/);

    const byOwner = await registryGet(stack, '/v1/results?owner=001090012345');
    expect(byOwner.status).toBe(200);
    expect(byOwner.body.results).toHaveLength(1);
    const code: string = byOwner.body.results[0].result.code;
    expect(code).toMatch(/^001090012345-can_cuoc-\d{6}-[0-9A-Z]{8}00001$/);
    expect(shownCode.slice(12)).toBe(code.slice(12));

    const { status, body } = await registryGet(stack, `/v1/results/${encodeURIComponent(code)}`);
    expect(status).toBe(200);
    const result = body.result;
    expect(result.documentType).toBe('can_cuoc');
    expect(result.ownerId).toBe('001090012345');
    expect(result.fields).toMatchObject({ so_dinh_danh: '001090012345', ho_ten: 'NGUYỄN VĂN AN', ngay_sinh: '1990-03-15', gioi_tinh: 'Nam' });
    expect(result.metadata).toMatchObject({ documentTypeCode: 'can_cuoc', ownerId: '001090012345', number: '001090012345', validUntil: '2030-03-15' });
    expect(result.digitizer).toMatchObject({ name: OFFICIAL, agencyCode: AGENCY });
    expect(result.source.dossierCode).toBe('000.00.12.H12-230525-0001');
    expect(body.receipt.code).toBe(code);

    // Acknowledged: nothing personal stays on this computer.
    const items = await readStore(stack, 'items');
    expect(items).toHaveLength(1);
    const stored = items[0];
    expect(stored.status).toBe('sent');
    expect(JSON.stringify(items)).not.toContain('001090012345');
    expect(stored.sealed).toBeUndefined();
    expect(await readStore(stack, 'outbox')).toEqual([]);
    const audit = await readStore(stack, 'audit');
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['capture', 'reveal', 'confirm', 'sent', 'purge']));
    expect(JSON.stringify(audit)).not.toContain('001090012345');
  });
});
