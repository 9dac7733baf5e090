// Amounts -> integer đồng, digits only: '1.500.000 đồng', '1,500,000 VND', '50 triệu đồng', '1,5 tỷ'.
import { foldVietnamese } from '../text/unicode.ts';
import { repairDigits } from '../text/ocr-repair.ts';
import type { NormalizeResult } from './result.ts';

const units: Record<string, bigint> = {
  ty: 1_000_000_000n, ti: 1_000_000_000n, billion: 1_000_000_000n, bn: 1_000_000_000n,
  trieu: 1_000_000n, million: 1_000_000n, tr: 1_000_000n, m: 1_000_000n,
  nghin: 1_000n, ngan: 1_000n, thousand: 1_000n, k: 1_000n,
  dong: 1n, d: 1n, vnd: 1n, vnđ: 1n,
};

/**
 * One written number -> { int part, fraction digits }. Vietnamese groups with '.'
 * and writes decimals with ','; English does the reverse. A separator followed
 * by exactly three digits groups; otherwise it is the decimal mark.
 */
function parseNumber(s: string): { whole: bigint; frac: string } | null {
  const seps = s.match(/[.,]/g) ?? [];
  if (seps.length === 0) return { whole: BigInt(s), frac: '' };
  const last = Math.max(s.lastIndexOf('.'), s.lastIndexOf(','));
  const after = s.slice(last + 1);
  const distinct = new Set(seps);
  let decimalAt = -1;
  if (distinct.size === 2) decimalAt = last; // '1.500,5' or '1,500.5'
  else if (seps.length === 1 && after.length !== 3) decimalAt = last; // '1,5'
  const intPart = (decimalAt >= 0 ? s.slice(0, decimalAt) : s).replace(/[.,]/g, '');
  const frac = decimalAt >= 0 ? after : '';
  if (!/^\d+$/.test(intPart || '0') || !/^\d*$/.test(frac)) return null;
  return { whole: BigInt(intPart || '0'), frac };
}

function scale(n: { whole: bigint; frac: string }, unit: bigint): bigint | null {
  let total = n.whole * unit;
  if (n.frac) {
    const fracScale = 10n ** BigInt(n.frac.length);
    const fracVal = BigInt(n.frac) * unit;
    if (fracVal % fracScale !== 0n) return null; // fractions of a đồng do not exist
    total += fracVal / fracScale;
  }
  return total;
}

export function normalizeMoney(raw: string): NormalizeResult {
  const repaired = repairDigits(raw.normalize('NFC'));
  // The amount in words that often follows in brackets is a restatement, not a second amount.
  const head = repaired.text.replace(/\(.*$/s, '');
  const tokens = [...head.matchAll(/(\d[\d.,]*)\s*([\p{L}]+)?/gu)].map((t) => [t[0], t[1], t[2] === undefined ? undefined : foldVietnamese(t[2])] as const);
  if (tokens.length === 0) return { value: null, warning: 'money_unparsed' };
  let total = 0n;
  let any = false;
  for (const t of tokens) {
    const num = parseNumber(t[1]!.replace(/[.,]$/, ''));
    if (!num) return { value: null, warning: 'money_unparsed' };
    const unit = t[2] !== undefined ? units[t[2]] : 1n;
    if (unit === undefined) {
      if (any) break; // trailing words after the amount
      const v = scale(num, 1n);
      if (v === null) return { value: null, warning: 'money_unparsed' };
      total += v;
      any = true;
      break;
    }
    const v = scale(num, unit);
    if (v === null) return { value: null, warning: 'money_unparsed' };
    total += v;
    any = true;
    // '1 tỷ 500 triệu' adds up; a plain number followed by 'đồng' ends the amount.
    if (unit === 1n) break;
  }
  return { value: total.toString(), warning: repaired.repaired ? 'ocr_repaired' : undefined };
}
