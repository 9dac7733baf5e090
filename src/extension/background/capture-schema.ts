// Content scripts run next to untrusted pages: everything they send is
// validated and bounded before it is stored.
import { z } from 'zod';
import { MAX_FILE_BYTES } from '../shared/limits.ts';

const short = (max: number) => z.string().max(max);

export const pageContextSchema = z.object({
  url: z.string().url().max(4096),
  title: short(1000),
  dossierCode: short(64).optional(),
  procedureCode: short(64).optional(),
}).strict();

export const htmlCaptureSchema = z.object({
  page: pageContextSchema,
  label: short(500),
  title: short(1000).optional(),
  pairs: z.array(z.object({ label: short(500), value: short(10_000), section: short(500).optional() }).strict()).max(500),
  text: short(500_000),
}).strict();


export const fileCaptureStartSchema = z.object({
  page: pageContextSchema,
  label: short(500),
  name: short(500),
  mediaType: short(200),
  size: z.number().int().min(1).max(MAX_FILE_BYTES),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
}).strict();
