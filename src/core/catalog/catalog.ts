// Typed access to the document-type catalog: the contract shared by every
// extractor, the registry and every evaluation (Circular 01/2023 Art. 6.3, 9.2).
import raw from './document-types.json';

export type FieldType =
  | 'text' | 'person_name' | 'org_name' | 'address' | 'date'
  | 'personal_id' | 'gender' | 'doc_number' | 'money' | 'enum';

/** Decree 13/2023 class of a field. */
export type PiiClass = 'none' | 'basic' | 'sensitive';

export interface FieldSpec {
  key: string;
  label: string;
  aliases: string[];
  type: FieldType;
  pii: PiiClass;
  required: boolean;
  values?: string[];
}

/** Art. 9.2 minimum metadata items and the field that fills each. */
export type MetadataItem = 'owner' | 'number' | 'issue_date' | 'issuer' | 'valid_until' | 'summary';

export interface DocumentType {
  code: string;
  name: string;
  aliases: string[];
  metadata: Partial<Record<MetadataItem, string>>;
  fields: FieldSpec[];
}

export interface Catalog {
  about: string;
  normalization: Record<string, string>;
  types: DocumentType[];
}

export const catalog = raw as Catalog;

const byCode = new Map(catalog.types.map((t) => [t.code, t]));

export function documentType(code: string): DocumentType | undefined {
  return byCode.get(code);
}

export function fieldSpec(typeCode: string, key: string): FieldSpec | undefined {
  return byCode.get(typeCode)?.fields.find((f) => f.key === key);
}

export const documentTypeCodes: readonly string[] = catalog.types.map((t) => t.code);
