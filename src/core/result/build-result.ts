// Review/code step (Art. 7.3): turns a confirmed draft into the result that is
// stored. Minimization (Decree 13): only the catalog fields of the document
// type, non-empty, leave the desk; personal data in the free text that travels
// with them (page title, file names, source URL) is masked before it leaves.
import { documentType } from '../catalog/catalog.ts';
import { minimumMetadata } from '../extract/index.ts';
import { maskPii } from '../pii/index.ts';
import type { PiiPolicy } from '../pii/policy.ts';
import { renderCode } from './code-template.ts';
import { validateResult, type DigitizationResult, type Digitizer, type FileRef } from './schema.ts';

export interface ConfirmInput {
  documentType: string;
  fields: Record<string, string>;
  digitizer: Digitizer;
  codeTemplate: string;
  install: string;
  serial: number;
  capturedAt: string;
  confirmedAt: Date;
  source: DigitizationResult['source'];
  files: FileRef[];
  /** The agency's masking policy for free text that leaves the desk; defaults when absent. */
  policy?: PiiPolicy;
}

export type BuildOutcome =
  | { ok: true; result: DigitizationResult }
  | { ok: false; missing: string[]; errors: string[] };

/** Masks personal data in a URL's path and query (e.g. ?cccd=...), keeping it a valid URL. */
function scrubUrl(url: string, scrub: (s: string) => string): string {
  try {
    const u = new URL(url);
    const path = scrub(decodeURIComponent(u.pathname));
    const query = [...u.searchParams].map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(scrub(v))}`).join('&');
    return `${u.origin}${encodeURI(path)}${query ? `?${query}` : ''}`;
  } catch {
    return url;
  }
}

/** Catalog keys of required fields that are empty. */
export function missingRequired(typeCode: string, fields: Record<string, string>): string[] {
  const type = documentType(typeCode);
  if (!type) return [];
  return type.fields.filter((f) => f.required && !(fields[f.key] ?? '').trim()).map((f) => f.key);
}

export function buildResult(input: ConfirmInput): BuildOutcome {
  const type = documentType(input.documentType);
  if (!type) return { ok: false, missing: [], errors: ['documentType: unknown document type'] };
  const missing = missingRequired(input.documentType, input.fields);
  if (missing.length) return { ok: false, missing, errors: [] };

  const fields: Record<string, string> = {};
  for (const spec of type.fields) {
    const value = input.fields[spec.key]?.trim();
    if (value) fields[spec.key] = value;
  }
  const metadata = minimumMetadata(type.code, fields);
  const code = renderCode(input.codeTemplate, {
    owner: metadata.ownerId,
    type: type.code,
    agency: input.digitizer.agencyCode,
    install: input.install,
    serial: input.serial,
    date: input.confirmedAt,
  });
  const scrub = (text: string) => maskPii(text, input.policy);
  const { title, ...source } = input.source;
  const candidate: DigitizationResult = {
    schemaVersion: 1,
    code,
    documentType: type.code,
    fields,
    ownerId: metadata.ownerId,
    metadata,
    digitizer: input.digitizer,
    capturedAt: input.capturedAt,
    confirmedAt: input.confirmedAt.toISOString(),
    source: { ...source, url: scrubUrl(source.url, scrub), ...(title ? { title: scrub(title) } : {}) },
    files: input.files.map((f) => ({ ...f, name: scrub(f.name) })),
  };
  const checked = validateResult(candidate);
  return checked.ok ? { ok: true, result: checked.value } : { ok: false, missing: [], errors: checked.errors };
}
