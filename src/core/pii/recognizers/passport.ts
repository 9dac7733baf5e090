// Passport numbers: one letter + 7 digits (C1234567); newer booklets may carry 8 digits.
import type { Recognizer } from '../types.ts';
import { supportingLabel } from '../context.ts';
import { L, inL, isDigit, codeAt } from '../charclass.ts';
import { numEndAt } from '../bounds.ts';

const PASSPORT = new RegExp(String.raw`(?<![${L}0-9_./\-])[A-Za-z]\d{7,8}(?![${L}0-9_]|[.,/\-][0-9])`, 'y');
// Letters of Vietnamese passport series (ordinary B, C, E..., official/diplomatic, N, P, K).
const SERIES = new Set([...'BCEGHKNP'].map((c) => c.charCodeAt(0)));

/** PASSPORT, hand-written: the end of the match at `pos`, or -1. */
function scanPassport(text: string, pos: number): number {
  if (pos > 0) {
    const p = codeAt(text, pos - 1);
    if (inL(p) || isDigit(p) || p === 95 || p === 46 || p === 47 || p === 45) return -1;
  }
  const c = codeAt(text, pos);
  if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return -1;
  let d = 0;
  while (d < 9 && isDigit(codeAt(text, pos + 1 + d))) d++;
  if (d >= 8 && numEndAt(text, pos + 9)) return pos + 9;
  return d >= 7 && numEndAt(text, pos + 8) ? pos + 8 : -1;
}

/**
 * A digit after the letter, at its third place and at its seventh (the regex needs seven): the third
 * rejects the agency codes ("G12-240101-...", "H12.KQ") that make most code tokens.
 */
function sevenDigitsMayFollow(text: string, pos: number): boolean {
  return isDigit(codeAt(text, pos + 1)) && isDigit(codeAt(text, pos + 3)) && isDigit(codeAt(text, pos + 7));
}

export const passport: Recognizer = {
  type: 'passport',
  class: 'basic',
  patterns: [{ re: PASSPORT, at: 'code', head: 'letter-digit', guard: sevenDigitsMayFollow, scan: scanPassport }],
  context: ['ho chieu', 'so ho chieu', 'passport', 'passport no', 'ho chieu so', 'so hc', 'hc so'],
  baseScore: 0.7,
  validate(match, text, ctx) {
    const label = supportingLabel(ctx, 30);
    if (label === 'none') return null;
    if (label === 'passport') return 0.97;
    if (label !== null) return null;
    const letter = codeAt(text, match.index);
    if (letter >= 97) return null; // a lower-case letter only with a label
    if (match.end - match.index !== 8) return null;
    return SERIES.has(letter) ? this.baseScore : 0.55;
  },
};
