export {};
// `sohoa` command: one file per sub-command under src/cli/, loaded on demand so
// `sohoa pii` does not pay for the PDF/OCR stack.
const commands: Record<string, () => Promise<{ run(args: string[]): Promise<number> }>> = {
  extract: () => import('./extract.ts'),
  pii: () => import('./pii.ts'),
  registry: () => import('./registry.ts'),
  demo: () => import('./demo.ts'),
  package: () => import('./package.ts'),
  redact: () => import('./redact.ts'),
};

const [command, ...args] = process.argv.slice(2);
const load = command ? commands[command] : undefined;
if (!load) {
  process.stderr.write(`usage: sohoa <${Object.keys(commands).join('|')}> [args]\n`);
  process.exit(2);
}
load()
  .then((m) => m.run(args))
  .then((code) => { process.exitCode = code; })
  .catch((err: unknown) => {
    // Error text only: never echo inputs, they may hold personal data.
    process.stderr.write(`sohoa ${command}: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  });
