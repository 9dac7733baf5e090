// Issue 3, point 8: the demo portal's attached PDF and scanned image are read in
// the offscreen document (PDF text layer; OCR with the bundled Vietnamese model),
// reviewed, coded and stored, with the files' SHA-256 in the result.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PORTAL_ROOT } from '../../src/cli/portal-server.ts';
import { readStore, registryGet, startStack, type Stack } from './harness.ts';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
  await stack.configure({});
});
afterAll(async () => { await stack?.close(); });

const sha256 = (file: string) => createHash('sha256').update(readFileSync(join(PORTAL_ROOT, 'files', file))).digest('hex');

async function captureReviewConfirm(selector: string, kind: 'pdf' | 'image', expected: { type: string; fields: Record<string, string> }) {
  const page = await stack.page('ho-so.html');
  const host = page.locator(selector);
  await host.click();
  await expect.poll(() => host.getAttribute('data-sohoa-state'), { timeout: 30_000 }).toBe('done');
  await page.close();

  await expect.poll(async () => (await readStore(stack, 'items')).find((i) => i.sourceKind === kind)?.status, { timeout: 90_000 }).toBe('draft');
  const item = (await readStore(stack, 'items')).find((i) => i.sourceKind === kind);
  expect(item.error ?? null).toBeNull();
  expect(item.documentType).toBe(expected.type);

  const popup = await stack.popup();
  await popup.locator(`[data-sohoa-id="${item.id}"]`).click();
  for (const [key, value] of Object.entries(expected.fields)) {
    const input = popup.locator(`[data-sohoa-field="${key}"]`);
    if ((await input.getAttribute('data-sohoa-masked')) === 'true') await popup.locator(`[data-sohoa="reveal"][data-sohoa-reveal="${key}"]`).click();
    expect(await input.inputValue(), key).toBe(value);
  }
  if (kind === 'image') {
    // A scan comes with a redacted copy the official can download to share.
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.locator('[data-sohoa="download-redacted"]').click()]);
    const png = readFileSync((await download.path())!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(10_000);
  }
  await popup.locator('[data-sohoa="confirm"]').click();
  await expect.poll(async () => (await readStore(stack, 'items')).find((i) => i.id === item.id)?.status, { timeout: 30_000 }).toBe('sent');
  await popup.close();
}

describe('attachments in the extension', () => {
  it('reads the attached text PDF and stores the coded result with the file hash', async () => {
    await captureReviewConfirm('#comp-pdf [data-sohoa="capture"]', 'pdf', {
      type: 'xac_nhan_tinh_trang_hon_nhan',
      fields: { so_dinh_danh: '001090012345', ho_ten: 'NGUYỄN VĂN AN', ngay_sinh: '1990-03-15', ngay_cap: '2023-05-20', co_gia_tri_den: '2023-11-20' },
    });
    const { body } = await registryGet(stack, '/v1/results?owner=001090012345');
    const stored = body.results.find((r: any) => r.result.documentType === 'xac_nhan_tinh_trang_hon_nhan').result;
    expect(stored.files).toEqual([{ name: 'xac-nhan-hon-nhan.pdf', mediaType: 'application/pdf', size: readFileSync(join(PORTAL_ROOT, 'files/xac-nhan-hon-nhan.pdf')).length, sha256: sha256('xac-nhan-hon-nhan.pdf') }]);
    expect(stored.metadata.issueDate).toBe('2023-05-20');
  });

  it('OCRs the scanned marriage certificate and stores the coded result', async () => {
    await captureReviewConfirm('#comp-scan [data-sohoa="capture"]', 'image', {
      type: 'giay_chung_nhan_ket_hon',
      fields: { so: '58/2023', chong_so_dinh_danh: '001090012345', vo_so_dinh_danh: '001192006789', chong_ngay_sinh: '1990-03-15', vo_ngay_sinh: '1992-07-22', ngay_dang_ky: '2023-06-02' },
    });
    const { body } = await registryGet(stack, '/v1/results?owner=001090012345');
    const stored = body.results.find((r: any) => r.result.documentType === 'giay_chung_nhan_ket_hon').result;
    expect(stored.files[0].sha256).toBe(sha256('chung-nhan-ket-hon.jpg'));
    expect(stored.fields.vo_ho_ten).toBe('TRẦN THỊ BÌNH');
    // The redacted copy stayed at the desk: the result names the original only.
    expect(stored.files).toHaveLength(1);
    // Stored: the local copies of the scan (original and redacted) are gone.
    expect((await readStore(stack, 'files')).length).toBe(0);
  });

  it('finds documents shown in <embed> and <iframe> viewers and reads them', async () => {
    const page = await stack.page('ho-so-xem-truoc.html');
    const embed = page.locator('#comp-embed [data-sohoa="capture"][data-sohoa-kind="file"]');
    const frame = page.locator('#comp-iframe [data-sohoa="capture"][data-sohoa-kind="file"]');
    await embed.waitFor();
    await frame.waitFor();
    const before = (await readStore(stack, 'items')).length;
    await embed.click();
    await expect.poll(() => embed.getAttribute('data-sohoa-state'), { timeout: 30_000 }).toBe('done');
    await frame.click();
    await expect.poll(() => frame.getAttribute('data-sohoa-state'), { timeout: 30_000 }).toBe('done');
    await expect.poll(async () => (await readStore(stack, 'items')).filter((i) => i.status === 'draft').length, { timeout: 60_000 }).toBe(2);
    const items = await readStore(stack, 'items');
    expect(items.length).toBe(before + 2);
    expect(items.filter((i) => i.status === 'draft').map((i) => i.documentType).sort()).toEqual(['giay_chung_nhan_ket_hon', 'xac_nhan_tinh_trang_hon_nhan']);
    await page.close();
  });
});
