// `sohoa pii`: JSON lines {"id","text"} on stdin -> one JSON line per input on stdout:
// {"id","spans":[{"start","end","type","score"}],"masked"}. A bad line gets {"id"?, "error"}
// (never its text) and the run goes on; the exit code is 0 unless stdin fails.
import { createInterface } from 'node:readline';
import { readFileSync } from 'node:fs';
import { createPolicy, redact, type PiiPolicy } from '../core/pii/index.ts';

const USAGE = 'usage: sohoa pii [--policy <policy.json>] < input.jsonl > output.jsonl';

type Id = string | number;

/** One output line for one input line; never throws. */
export function processLine(line: string, policy?: PiiPolicy): string | null {
  if (line.trim() === '') return null;
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch {
    return JSON.stringify({ error: 'invalid JSON' });
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return JSON.stringify({ error: 'expected an object with "id" and "text"' });
  }
  const rec = input as Record<string, unknown>;
  const id: Id | undefined = typeof rec.id === 'string' || typeof rec.id === 'number' ? rec.id : undefined;
  if (id === undefined) return JSON.stringify({ error: 'missing or invalid "id" (string or number)' });
  if (typeof rec.text !== 'string') return JSON.stringify({ id, error: 'missing or invalid "text" (string)' });
  try {
    const { spans, masked } = redact(rec.text, policy);
    return JSON.stringify({
      id,
      spans: spans.map((s) => ({ start: s.start, end: s.end, type: s.type, score: Math.round(s.score * 1000) / 1000 })),
      masked,
    });
  } catch (err) {
    // Internal errors name themselves only: the text may hold personal data.
    return JSON.stringify({ id, error: `internal error: ${err instanceof Error ? err.name : 'unknown'}` });
  }
}

export async function run(args: string[]): Promise<number> {
  let policy: PiiPolicy | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--help' || a === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (a === '--policy' && args[i + 1]) {
      try {
        policy = createPolicy(JSON.parse(readFileSync(args[++i]!, 'utf8')));
      } catch (err) {
        process.stderr.write(`sohoa pii: cannot use the policy file: ${err instanceof Error ? err.message : 'unreadable'}\n`);
        return 2;
      }
      continue;
    }
    process.stderr.write(`sohoa pii: unknown argument\n${USAGE}\n`);
    return 2;
  }

  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  const out = process.stdout;
  try {
    for await (const line of rl) {
      const result = processLine(line, policy);
      if (result !== null && !out.write(`${result}\n`)) {
        await new Promise<void>((resolve) => out.once('drain', resolve));
      }
    }
  } catch (err) {
    process.stderr.write(`sohoa pii: cannot read stdin (${err instanceof Error ? err.name : 'error'})\n`);
    return 1;
  }
  return 0;
}
