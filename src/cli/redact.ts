// `sohoa redact <scan.png|jpg> [-o out.png]`: a copy of a scanned page with the
// personal data OCR located blacked out, plus its scrubbed word-level OCR output
// (<out>.words.json), for when a copy must be shared.
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { redactImageFile } from '../readers/redact-node.ts';
import { shutdownReaders } from '../readers/image-node.ts';

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { out: { type: 'string', short: 'o' } } });
  const input = positionals[0];
  if (!input || !/\.(png|jpe?g)$/i.test(input)) {
    process.stderr.write('usage: sohoa redact <scan.png|scan.jpg> [-o out.png]\n');
    return 2;
  }
  const out = values.out ?? input.replace(/\.(png|jpe?g)$/i, '.redacted.png');
  try {
    const r = await redactImageFile(input);
    await writeFile(out, r.png);
    await writeFile(`${out}.words.json`, JSON.stringify(r.words));
    process.stdout.write(`${JSON.stringify({ out, boxes: r.boxes.length, type: r.extraction.type })}\n`);
    return 0;
  } finally {
    await shutdownReaders();
  }
}
