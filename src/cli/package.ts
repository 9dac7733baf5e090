// `npm run package`: zips dist/ into sohoa-<version>.zip for the Chrome Web
// Store or an enterprise deployment (ExtensionInstallForcelist + a self-hosted CRX).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { zipSync, type Zippable } from 'fflate';

function collect(dir: string, root: string, out: Zippable): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) collect(path, root, out);
    else out[relative(root, path).split('\\').join('/')] = readFileSync(path);
  }
}

export async function run(args: string[]): Promise<number> {
  const dist = resolve('dist');
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { version: string };
  const files: Zippable = {};
  collect(dist, dist, files);
  const out = resolve(args[0] ?? `sohoa-${manifest.version}.zip`);
  // Already-compressed payloads (wasm, traineddata, png) gain little from deflate; level 6 is the usual trade-off.
  writeFileSync(out, zipSync(files, { level: 6 }));
  process.stdout.write(`${out} (${Object.keys(files).length} files, ${(statSync(out).size / 1024 / 1024).toFixed(1)} MiB)\n`);
  return 0;
}
