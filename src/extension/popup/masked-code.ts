// A result code begins with the owner's personal identifier (Art. 10), so on
// screen its identifier digits are masked like the ID field itself.
import { maskFieldValue } from '../../core/pii/index.ts';
import type { PiiPolicy } from '../../core/pii/policy.ts';

export function maskCode(code: string, policy: PiiPolicy): string {
  return code.replace(/\d{9,12}/g, (id) => maskFieldValue(id, 'personal_id', 'basic', policy));
}
