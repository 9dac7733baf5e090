// Capture must be generic: on every HTML fixture (tables, <dl>, forms, free
// text, 4-column rows, legacy encodings, one-stop chrome) the content script in
// real Chromium finds the document, and the captured draft has the right type
// and fields. Field accuracy here is measured on the browser's own DOM.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENTS_ROOT } from '../../src/cli/portal-server.ts';
import { ask, startStack, type Stack } from './harness.ts';

let stack: Stack;
beforeAll(async () => { stack = await startStack(); });
afterAll(async () => { await stack?.close(); });

const fixtures = readdirSync(join(DOCUMENTS_ROOT, 'html')).filter((f) => f.endsWith('.html')).sort();

describe('generic detection on unseen markup', () => {
  it(`finds and extracts every HTML fixture (${fixtures.length} pages)`, async () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(24);
    let expectedFields = 0;
    let correctFields = 0;
    const wrongTypes: string[] = [];
    const misses: string[] = [];
    const page = await stack.context.newPage();
    for (const file of fixtures) {
      const expected = JSON.parse(readFileSync(join(DOCUMENTS_ROOT, 'html', file.replace(/\.html$/, '.expected.json')), 'utf8')) as { type: string; fields: Record<string, string> };
      await page.goto(`${stack.portal.url}/documents/html/${file}`);
      const hosts = page.locator('[data-sohoa="capture"][data-sohoa-kind="html"]');
      await hosts.first().waitFor({ timeout: 10_000 }).catch(() => { throw new Error(`no capture button on ${file}`); });
      // A dossier page may show several blocks (applicant box, documents): capture each, judge the one of the expected type.
      const before = (await ask(stack, 'items/list', {})).length;
      const count = await hosts.count();
      for (let i = 0; i < count; i++) {
        await hosts.nth(i).click();
        await expect.poll(() => hosts.nth(i).getAttribute('data-sohoa-state'), { timeout: 20_000 }).toBe('done');
      }
      const items = (await ask(stack, 'items/list', {})) as { id: string; documentType: string | null }[];
      expect(items.length).toBe(before + count);
      const fresh = items.slice(0, count);
      const draft = await ask(stack, 'items/get', { id: (fresh.find((i) => i.documentType === expected.type) ?? fresh[0]!).id });
      if (draft.documentType !== expected.type) wrongTypes.push(file);
      for (const [key, value] of Object.entries(expected.fields)) {
        expectedFields++;
        if (draft.fields[key] === value) correctFields++;
        else misses.push(`${file}: ${key}`);
      }
    }
    await page.close();
    const typeAccuracy = 1 - wrongTypes.length / fixtures.length;
    const fieldAccuracy = correctFields / expectedFields;
    console.log(`in-browser HTML: type accuracy ${typeAccuracy.toFixed(3)}, field accuracy ${fieldAccuracy.toFixed(3)} (${correctFields}/${expectedFields})`);
    if (fieldAccuracy < 0.97) console.log(misses.join('\n'));
    expect(wrongTypes).toEqual([]);
    expect(fieldAccuracy).toBeGreaterThanOrEqual(0.97);
  });
});
