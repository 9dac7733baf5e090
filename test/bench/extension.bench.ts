// The counter experience in real Chromium with the built extension: from the
// click on "Số hóa" to a draft ready for review (HTML view; attached text PDF;
// scanned image with OCR and the redacted copy), and from "confirm" to the
// registry's receipt. Needs `npm run build` first.
import { startStack, readStore, ask, type Stack } from '../e2e/harness.ts';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

async function until(check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function clickToDraft(stack: Stack, selector: string): Promise<number> {
  const page = await stack.page('ho-so.html');
  const host = page.locator(selector);
  await host.waitFor();
  const before = new Set((await readStore(stack, 'items')).map((i) => i.id));
  const t0 = performance.now();
  await host.click();
  let id = '';
  await until(async () => {
    const fresh = (await readStore(stack, 'items')).find((i) => !before.has(i.id));
    if (fresh) id = fresh.id;
    return fresh?.status === 'draft';
  });
  const ms = performance.now() - t0;
  await page.close();
  await ask(stack, 'items/delete', { id });
  return ms;
}

export async function run(): Promise<void> {
  const stack = await startStack();
  try {
    await stack.configure({});
    const cases: [string, string, number][] = [
      ['HTML view (ID card)', '#comp-cccd [data-sohoa="capture"]', 7],
      ['attached text PDF', '#comp-pdf [data-sohoa="capture"]', 5],
      ['scanned image (OCR + redacted copy)', '#comp-scan [data-sohoa="capture"]', 5],
    ];
    for (const [what, selector, n] of cases) {
      await clickToDraft(stack, selector); // warm-up: offscreen document, OCR worker, pdf.js
      const runs: number[] = [];
      for (let i = 0; i < n; i++) runs.push(await clickToDraft(stack, selector));
      console.log(`click -> draft, ${what.padEnd(36)} median ${median(runs).toFixed(0).padStart(5)} ms  max ${Math.max(...runs).toFixed(0).padStart(5)} ms  (${n} runs, warm)`);
    }
    // Confirm -> receipt, through the popup's message path.
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const page = await stack.page('ho-so.html');
      await page.locator('#comp-cccd [data-sohoa="capture"]').click();
      await until(async () => (await readStore(stack, 'items')).some((x) => x.status === 'draft'));
      const id = (await readStore(stack, 'items')).find((x) => x.status === 'draft')!.id;
      const draft = await ask(stack, 'items/get', { id });
      const t0 = performance.now();
      await ask(stack, 'items/confirm', { id, fields: draft.fields });
      await until(async () => (await readStore(stack, 'items')).find((x) => x.id === id)?.status === 'sent');
      runs.push(performance.now() - t0);
      await page.close();
    }
    console.log(`confirm -> registry receipt + local purge          median ${median(runs).toFixed(0).padStart(5)} ms  max ${Math.max(...runs).toFixed(0).padStart(5)} ms  (5 runs)`);
  } finally {
    await stack.close();
  }
}
