// src/core runs unchanged in the extension, the CLI and the registry: no Node
// and no browser APIs (web standards present in both, like crypto.subtle, are fine).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../src/core');
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const forbidden: [RegExp, string][] = [
  [/from\s+['"]node:/, 'a node: import'],
  [/from\s+['"](fs|path|os|child_process|http|crypto|better-sqlite3|@napi-rs\/canvas|linkedom|playwright-core)['"]/, 'a Node package'],
  [/from\s+['"]webextension-polyfill['"]/, 'the browser extension API'],
  [/\b(chrome|browser)\.(runtime|storage|tabs|i18n|alarms|offscreen)\b/, 'the browser extension API'],
  [/\b(document|window|localStorage|indexedDB)\s*\./, 'a browser global'],
  [/\bprocess\.(env|argv|stdout|stderr|exit)\b/, 'the Node process'],
  [/\bconsole\.(log|info|debug|warn|error)\(/, 'console output (personal data must never reach it)'],
];

describe('src/core purity', () => {
  const all = files(root);
  it('has modules to check', () => expect(all.length).toBeGreaterThan(30));
  for (const file of all) {
    it(relative(root, file), () => {
      const code = readFileSync(file, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
      for (const [pattern, what] of forbidden) expect(pattern.test(code), `${relative(root, file)} uses ${what}`).toBe(false);
    });
  }
});
