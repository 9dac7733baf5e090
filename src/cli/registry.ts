// `sohoa registry`: run the reference registry until SIGINT/SIGTERM.
import { parseArgs } from 'node:util';
import { startRegistry } from '../registry/server.ts';
import { parseTokenSpec } from '../registry/tokens.ts';

const usage = `usage: sohoa registry [--port 8787] [--db ./registry.db] [--host 127.0.0.1] [--token TOKEN:officialName ...]
  --port   TCP port, 0 picks a free one (default 8787)
  --db     SQLite file, created when missing (default ./registry.db)
  --host   interface to bind (default 127.0.0.1)
  --token  per-official bearer token, repeatable; with none the registry runs open (dev mode)
`;

export async function run(args: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        port: { type: 'string', default: '8787' },
        db: { type: 'string', default: './registry.db' },
        host: { type: 'string', default: '127.0.0.1' },
        token: { type: 'string', multiple: true, default: [] },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    process.stderr.write(`sohoa registry: ${err instanceof Error ? err.message : String(err)}\n${usage}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(usage);
    return 0;
  }
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65535) {
    process.stderr.write(`sohoa registry: --port must be an integer 0..65535\n${usage}`);
    return 2;
  }
  let tokens: Map<string, string>;
  try {
    tokens = new Map(values.token.map(parseTokenSpec));
  } catch (err) {
    process.stderr.write(`sohoa registry: ${(err as Error).message}\n`);
    return 2;
  }

  const registry = await startRegistry({ port, host: values.host, dbPath: values.db, tokens });
  const mode = registry.open
    ? 'open: no tokens configured, dev mode'
    : `${tokens.size} official token${tokens.size === 1 ? '' : 's'}`;
  process.stdout.write(`registry listening on ${registry.url} (${mode})\n`);

  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await registry.close();
  return 0;
}
