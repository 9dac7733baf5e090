// Art. 9.2 minimum metadata from the catalog's `metadata` mapping.
import { documentType } from '../catalog/catalog.ts';
import type { ResultMetadata } from '../result/schema.ts';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Minimum metadata for a document of catalog type `type` with (normalized)
 * `fields`. Items the document does not carry are null. Throws on an unknown type.
 */
export function minimumMetadata(type: string, fields: Record<string, string>): ResultMetadata {
  const spec = documentType(type);
  if (!spec) throw new Error('minimumMetadata: unknown document type');
  const pick = (key: string | undefined): string | null => {
    if (!key) return null;
    const v = fields[key]?.trim();
    return v ? v : null;
  };
  const date = (key: string | undefined): string | null => {
    const v = pick(key);
    // The schema takes ISO dates only; a value the official keyed differently is left for review.
    return v !== null && isoDate.test(v) ? v : null;
  };
  return {
    documentTypeCode: spec.code,
    ownerId: pick(spec.metadata.owner),
    name: spec.name,
    number: pick(spec.metadata.number),
    issueDate: date(spec.metadata.issue_date),
    issuer: pick(spec.metadata.issuer),
    summary: pick(spec.metadata.summary),
    validUntil: date(spec.metadata.valid_until),
    scope: null,
  };
}
