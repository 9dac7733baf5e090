// `npm run bench`: runs every bench/*.bench.ts (each exports `run(): Promise<void>`
// and prints its own figures), one after the other so they do not compete for the two cores.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
const files = readdirSync(here).filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only))).sort();
for (const f of files) {
  const mod = (await import(join(here, f))) as { run(): Promise<void> };
  console.log(`\n## ${f.replace('.bench.ts', '')}`);
  await mod.run();
}
