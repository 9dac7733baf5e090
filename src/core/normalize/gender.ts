// Gender: exactly 'Nam' or 'Nữ'.
import { foldVietnamese } from '../text/unicode.ts';
import type { NormalizeResult } from './result.ts';

const male = new Set(['nam', 'male', 'm', 'trai', 'con trai', 'gioi tinh nam', 'nam/male', 'nam/m']);
const female = new Set(['nu', 'female', 'f', 'gai', 'con gai', 'gioi tinh nu', 'nu/female', 'nu/f']);

export function normalizeGender(raw: string): NormalizeResult {
  const f = foldVietnamese(raw).replace(/[.]/g, '').trim();
  if (male.has(f)) return { value: 'Nam' };
  if (female.has(f)) return { value: 'Nữ' };
  // 'Nam / Male', 'Nữ (F)': decide on the first word when it is unambiguous.
  const first = f.split(/[\s/]+/)[0] ?? '';
  if (male.has(first)) return { value: 'Nam' };
  if (female.has(first)) return { value: 'Nữ' };
  return { value: null, warning: 'gender_unrecognized' };
}
