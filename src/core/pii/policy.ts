// The masking policy: which operator applies to which personal value, per type
// and per Decree-13 class, for free text and for catalog fields shown in the popup.
// Agencies configure it as plain JSON (defaults + overrides), validated with zod.
import { z } from 'zod';
import type { FieldType } from '../catalog/catalog.ts';
import { PII_TYPES, type PiiType, type PiiValueClass } from './types.ts';
import type { OperatorSpec } from './operators.ts';
import { DEFAULT_MIN_SCORE } from './detect.ts';

export const FIELD_TYPES = [
  'text', 'person_name', 'org_name', 'address', 'date', 'personal_id', 'gender', 'doc_number', 'money', 'enum',
] as const satisfies readonly FieldType[];
// Fails to compile when the catalog gains a field type this list lacks.
type MissingFieldType = Exclude<FieldType, (typeof FIELD_TYPES)[number]>;
const fieldTypesComplete: MissingFieldType extends never ? true : never = true;
void fieldTypesComplete;

/** Decree 13/2023 class of each detected type: only bank accounts are sensitive here. */
export const PII_CLASS: Readonly<Record<PiiType, PiiValueClass>> = {
  national_id: 'basic', passport: 'basic', phone: 'basic', email: 'basic', tax_code: 'basic',
  social_insurance: 'basic', health_insurance: 'basic', bank_account: 'sensitive', date_of_birth: 'basic',
  person_name: 'basic', address: 'basic', license_plate: 'basic',
};

const operatorSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('keep') }),
  z.strictObject({ op: z.literal('full') }),
  z.strictObject({
    op: z.literal('partial'),
    keepStart: z.number().int().min(0).max(12).default(0),
    keepEnd: z.number().int().min(0).max(12).default(0),
    per: z.enum(['value', 'word', 'part', 'year']).default('value'),
  }),
  z.strictObject({ op: z.literal('pseudonym') }),
]);

const piiTypeSchema = z.enum(PII_TYPES);
const fieldTypeSchema = z.enum(FIELD_TYPES);

const policySchema = z.strictObject({
  version: z.literal(1),
  maskChar: z.string().length(1),
  minScore: z.number().min(0).max(1),
  /** Types to detect; all when absent. */
  types: z.array(piiTypeSchema).optional(),
  /** Free text (notes, OCR text, anything leaving the desk). */
  text: z.strictObject({
    basic: operatorSchema,
    sensitive: operatorSchema,
    types: z.partialRecord(piiTypeSchema, operatorSchema),
  }),
  /** Catalog field values shown masked in the popup. A pseudonym here shows as a full mask. */
  fields: z.strictObject({
    basic: operatorSchema,
    sensitive: operatorSchema,
    fieldTypes: z.partialRecord(fieldTypeSchema, operatorSchema),
  }),
});

export type PiiPolicy = z.infer<typeof policySchema>;

/** What an agency may write: any part of the policy; the rest comes from the defaults. */
const overridesSchema = z.strictObject({
  version: z.literal(1).optional(),
  maskChar: z.string().length(1).optional(),
  minScore: z.number().min(0).max(1).optional(),
  types: z.array(piiTypeSchema).optional(),
  text: z
    .strictObject({
      basic: operatorSchema.optional(),
      sensitive: operatorSchema.optional(),
      types: z.partialRecord(piiTypeSchema, operatorSchema).optional(),
    })
    .optional(),
  fields: z
    .strictObject({
      basic: operatorSchema.optional(),
      sensitive: operatorSchema.optional(),
      fieldTypes: z.partialRecord(fieldTypeSchema, operatorSchema).optional(),
    })
    .optional(),
});

export type PiiPolicyOverrides = z.input<typeof overridesSchema>;

const partial = (keepStart: number, keepEnd: number, per: 'value' | 'word' | 'part' | 'year' = 'value'): OperatorSpec => ({
  op: 'partial', keepStart, keepEnd, per,
});

/**
 * Defaults: free text gets pseudonyms for basic data (the text stays readable, the person does not)
 * and a full mask for sensitive data; fields in the popup show a hint (last digits, initials, birth
 * year, province) so the official can check them without reading them out.
 */
export const DEFAULT_POLICY: PiiPolicy = Object.freeze({
  version: 1,
  maskChar: '*',
  minScore: DEFAULT_MIN_SCORE,
  text: { basic: { op: 'pseudonym' }, sensitive: { op: 'full' }, types: {} },
  fields: {
    basic: { op: 'full' },
    sensitive: { op: 'full' },
    fieldTypes: {
      personal_id: partial(4, 2),
      person_name: partial(1, 0, 'word'),
      date: partial(0, 0, 'year'),
      address: partial(0, 1, 'part'),
      doc_number: partial(0, 2),
    },
  },
}) as PiiPolicy;

/** Error text names the paths at fault, never values. */
function describe(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.code}`).join('; ');
}

/** Builds a full policy from an agency's overrides (plain JSON); throws on an invalid shape. */
export function createPolicy(overrides?: unknown): PiiPolicy {
  if (overrides === undefined || overrides === null) return DEFAULT_POLICY;
  const parsed = overridesSchema.safeParse(overrides);
  if (!parsed.success) throw new Error(`invalid PII policy: ${describe(parsed.error)}`);
  const o = parsed.data;
  const d = DEFAULT_POLICY;
  const policy: PiiPolicy = {
    version: 1,
    maskChar: o.maskChar ?? d.maskChar,
    minScore: o.minScore ?? d.minScore,
    ...(o.types ? { types: o.types } : d.types ? { types: d.types } : {}),
    text: {
      basic: o.text?.basic ?? d.text.basic,
      sensitive: o.text?.sensitive ?? d.text.sensitive,
      types: { ...d.text.types, ...o.text?.types },
    },
    fields: {
      basic: o.fields?.basic ?? d.fields.basic,
      sensitive: o.fields?.sensitive ?? d.fields.sensitive,
      fieldTypes: { ...d.fields.fieldTypes, ...o.fields?.fieldTypes },
    },
  };
  return policySchema.parse(policy);
}

/** Operator for a detected value in free text. */
export function textOperator(policy: PiiPolicy, type: PiiType): OperatorSpec {
  return policy.text.types[type] ?? policy.text[PII_CLASS[type]];
}

/** Operator for a catalog field value; sensitive fields always take the sensitive operator. */
export function fieldOperator(policy: PiiPolicy, fieldType: FieldType, piiClass: PiiValueClass): OperatorSpec {
  if (piiClass === 'sensitive') return policy.fields.sensitive;
  return policy.fields.fieldTypes[fieldType] ?? policy.fields.basic;
}
