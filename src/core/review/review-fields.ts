// The official's corrections go through the same normalizers and validators as
// extraction, so a keyed '15/3/1990' is stored as '1990-03-15' and a mistyped ID
// is flagged at once. A value that cannot be normalized is kept as typed (never
// silently dropped, Art. 6.1) and flagged.
import { documentType } from '../catalog/catalog.ts';
import type { ExtractionWarning } from '../extract/types.ts';
import { normalizeField } from '../normalize/index.ts';
import { validateFields } from '../validate/index.ts';

export interface ReviewedFields {
  fields: Record<string, string>;
  warnings: ExtractionWarning[];
}

export function reviewFields(typeCode: string, input: Record<string, string>, today?: string): ReviewedFields {
  const type = documentType(typeCode);
  const fields: Record<string, string> = {};
  const warnings: ExtractionWarning[] = [];
  for (const spec of type?.fields ?? []) {
    const raw = input[spec.key];
    if (raw === undefined || raw.trim() === '') continue;
    const normalized = normalizeField(spec.type, raw, spec.values);
    if (normalized.value === null) {
      fields[spec.key] = raw.trim();
      warnings.push({ field: spec.key, code: normalized.warning ?? 'not_normalized', message: `the value does not have the form of a ${spec.type}` });
    } else {
      fields[spec.key] = normalized.value;
    }
  }
  warnings.push(...validateFields(typeCode, fields, today ? { today } : {}));
  return { fields, warnings };
}
