// Catalog field values as the popup shows them: masked per field type and Decree-13 class.
import type { FieldType, PiiClass } from '../catalog/catalog.ts';
import { fullMask, partialMask } from './operators.ts';
import { DEFAULT_POLICY, fieldOperator, type PiiPolicy } from './policy.ts';

/**
 * Masks one field value, e.g. personal_id '001203004567' -> '0012******67', a name -> 'N***** V** A*',
 * a date -> only its year shown. Values of class 'none' are returned as they are.
 */
export function maskFieldValue(
  value: string,
  fieldType: FieldType,
  piiClass: PiiClass,
  policy: PiiPolicy = DEFAULT_POLICY,
): string {
  if (piiClass === 'none' || value.length === 0) return value;
  const spec = fieldOperator(policy, fieldType, piiClass);
  switch (spec.op) {
    case 'keep':
      return value;
    case 'partial':
      return partialMask(value, spec, policy.maskChar);
    case 'full':
    case 'pseudonym': // a lone field has no document to number pseudonyms in
      return fullMask(value, policy.maskChar);
  }
}
