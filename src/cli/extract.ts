// `sohoa extract <file>`: one document -> one JSON object on stdout:
// {"type", "fields", "confidence", "warnings"}. HTML is read here; PDFs and
// images go to the binary readers, loaded only when needed.
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { extractFields, type ExtractOptions } from '../core/extract/index.ts';
import type { CheckedFields, SourceText } from '../core/extract/types.ts';
import { documentType } from '../core/catalog/catalog.ts';

interface BinaryRead { source: SourceText; checked: CheckedFields[] }

const usage = 'usage: sohoa extract [--type <catalog code>] <file.html|.htm|.pdf|.png|.jpg|.jpeg>';

async function readSource(path: string): Promise<BinaryRead> {
  const ext = extname(path).toLowerCase();
  if (ext === '.html' || ext === '.htm') {
    const { readHtmlBytes } = await import('../readers/html-node.ts');
    return { source: readHtmlBytes(await readFile(path)), checked: [] };
  }
  // The OCR worker these readers start must be stopped, or the process never exits.
  if (ext === '.pdf') {
    const { readPdfFile, shutdownReaders } = await import('../readers/pdf-node.ts');
    try { return await readPdfFile(path); } finally { await shutdownReaders(); }
  }
  if (ext === '.png' || ext === '.jpg' || ext === '.jpeg') {
    const { readImageFile, shutdownReaders } = await import('../readers/image-node.ts');
    try { return await readImageFile(path); } finally { await shutdownReaders(); }
  }
  throw new Error(`unsupported file type "${ext || '(none)'}": expected .html, .htm, .pdf, .png, .jpg or .jpeg`);
}

export async function run(args: string[]): Promise<number> {
  let type: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--type') type = args[++i];
    else if (a === '-h' || a === '--help') { process.stdout.write(`${usage}\n`); return 0; }
    else if (a.startsWith('-')) { process.stderr.write(`sohoa extract: unknown option ${a}\n${usage}\n`); return 2; }
    else files.push(a);
  }
  if (files.length !== 1) { process.stderr.write(`${usage}\n`); return 2; }
  if (type !== undefined && !documentType(type)) { process.stderr.write('sohoa extract: --type is not a catalog document type\n'); return 2; }
  const path = files[0]!;
  try {
    const s = await stat(path);
    if (!s.isFile()) throw new Error('not a file');
  } catch {
    process.stderr.write('sohoa extract: the input file cannot be read (missing or not a file)\n');
    return 1;
  }
  let read: BinaryRead;
  try {
    read = await readSource(path);
  } catch (err) {
    // Messages only: no stack traces, no document content.
    process.stderr.write(`sohoa extract: ${err instanceof Error ? err.message : 'the document could not be read'}\n`);
    return 1;
  }
  const options: ExtractOptions = { ...(type ? { type } : {}), ...(read.checked.length ? { checked: read.checked } : {}) };
  const ex = extractFields(read.source, options);
  process.stdout.write(`${JSON.stringify({ type: ex.type, fields: ex.fields, confidence: ex.confidence, warnings: ex.warnings })}\n`);
  return 0;
}
