// A result code begins with the owner's personal identifier (Art. 10), so on
// screen its identifier digits are masked like the ID field itself.
import { maskFieldValue } from '../../core/pii/index.ts';

export function maskCode(code: string): string {
  return code.replace(/\d{9,12}/g, (id) => maskFieldValue(id, 'personal_id', 'basic'));
}
