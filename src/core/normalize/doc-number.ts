// Document number and symbol: as text, no spaces around '/' or '-' ('123 / QĐ - UBND' -> '123/QĐ-UBND').
import { normalizeText } from './text.ts';
import type { NormalizeResult } from './result.ts';

export function normalizeDocNumber(raw: string): NormalizeResult {
  const base = normalizeText(raw.replace(/^(?:số|so|no\.?)\s*[:.]\s*/i, ''));
  if (base.value === null) return base;
  const value = base.value.replace(/\s*([/\-–])\s*/g, (_m, sep: string) => (sep === '–' ? '-' : sep));
  return { value };
}
