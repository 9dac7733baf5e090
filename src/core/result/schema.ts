// The digitization result: what the review step confirms and the store step
// posts to the registry. One schema module for the extension, the CLI and the
// registry server, so both ends reject the same bad input with the same words.
import { z } from 'zod';
import { catalog } from '../catalog/catalog.ts';

/** A real calendar date: 2021-13-45 has the shape but is no date. */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD').refine((s) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}, 'not a calendar date');
const isoDateTime = z.string().datetime({ offset: true });
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'expected a lowercase hex SHA-256');
/** Agency code, QCVN 102:2016/BTTTT: V1V2V3.Z1Z2.Y1Y2.MX1X2 (e.g. 000.00.12.H12). */
export const agencyCodePattern = /^\d{3}\.\d{2}\.\d{2}\.[GH]\d{2}$/;
/** Result codes travel in URLs: keep them to a safe alphabet. */
export const resultCodePattern = /^[A-Za-z0-9._-]{1,128}$/;

const typeCodes = catalog.types.map((t) => t.code) as [string, ...string[]];

/** Art. 9.2 minimum metadata, always present (null where the document has none). */
export const metadataSchema = z.object({
  documentTypeCode: z.enum(typeCodes),
  ownerId: z.string().nullable(),
  name: z.string().min(1),
  number: z.string().nullable(),
  issueDate: isoDate.nullable(),
  issuer: z.string().nullable(),
  summary: z.string().nullable(),
  validUntil: isoDate.nullable(),
  scope: z.string().nullable(),
}).strict();

export const digitizerSchema = z.object({
  name: z.string().trim().min(1, 'digitizer name is required'),
  role: z.string().optional(),
  agencyCode: z.string().regex(agencyCodePattern, 'agency code must look like 000.00.12.H12'),
}).strict();

export const fileRefSchema = z.object({
  name: z.string().min(1),
  mediaType: z.string().min(1),
  size: z.number().int().nonnegative(),
  sha256: sha256Hex,
}).strict();

export const resultSchema = z.object({
  schemaVersion: z.literal(1),
  code: z.string().regex(resultCodePattern, 'result code may hold only letters, digits, . _ -'),
  documentType: z.enum(typeCodes),
  fields: z.record(z.string(), z.string()),
  ownerId: z.string().nullable(),
  metadata: metadataSchema,
  digitizer: digitizerSchema,
  capturedAt: isoDateTime,
  confirmedAt: isoDateTime,
  source: z.object({
    // Portal pages only: a javascript: or data: URL here would be a link hazard wherever results are shown.
    url: z.string().url({ protocol: /^https?$/, message: 'expected an http(s) URL' }),
    title: z.string().optional(),
    dossierCode: z.string().optional(),
    procedureCode: z.string().optional(),
  }).strict(),
  files: z.array(fileRefSchema),
}).strict().superRefine((r, ctx) => {
  const type = catalog.types.find((t) => t.code === r.documentType)!;
  const known = new Set(type.fields.map((f) => f.key));
  for (const key of Object.keys(r.fields)) {
    // Minimization (Decree 13): only the catalog's fields for this type leave the desk.
    if (!known.has(key)) ctx.addIssue({ code: 'custom', path: ['fields', key], message: `field "${key}" is not in the catalog for ${r.documentType}` });
  }
  if (r.metadata.ownerId !== r.ownerId) {
    // The registry files results by ownerId; the metadata must say the same owner.
    ctx.addIssue({ code: 'custom', path: ['metadata', 'ownerId'], message: 'metadata owner differs from ownerId' });
  }
  if (r.metadata.documentTypeCode !== r.documentType) {
    ctx.addIssue({ code: 'custom', path: ['metadata', 'documentTypeCode'], message: 'metadata document type differs from documentType' });
  }
});

export type DigitizationResult = z.infer<typeof resultSchema>;
export type ResultMetadata = z.infer<typeof metadataSchema>;
export type Digitizer = z.infer<typeof digitizerSchema>;
export type FileRef = z.infer<typeof fileRefSchema>;

/** Receipt the registry returns once a result is stored. */
export const receiptSchema = z.object({
  code: z.string(),
  storedAt: isoDateTime,
  /** SHA-256 of the canonical JSON of the stored result. */
  sha256: sha256Hex,
}).strict();
export type Receipt = z.infer<typeof receiptSchema>;

export type ValidationOutcome<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** Validate and describe every problem by path, never by value (values may be personal data). */
export function validateResult(input: unknown): ValidationOutcome<DigitizationResult> {
  const parsed = resultSchema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, errors: parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`) };
}
