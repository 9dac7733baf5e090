// Passport numbers: one letter + 7 digits (C1234567); newer booklets may carry 8 digits.
import type { Recognizer } from '../types.ts';
import { supportingLabel } from '../context.ts';
import { L } from '../charclass.ts';

const PASSPORT = new RegExp(String.raw`(?<![${L}0-9_./\-])[A-Za-z]\d{7,8}(?![${L}0-9_]|[.,/\-][0-9])`, 'y');
// Letters of Vietnamese passport series (ordinary B, C, E..., official/diplomatic, N, P, K).
const SERIES = /^[BCEGHKNP]/;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

export const passport: Recognizer = {
  type: 'passport',
  class: 'basic',
  patterns: [{ re: PASSPORT, at: 'code', guard: (text, pos) => isDigit(text.charCodeAt(pos + 1)) && isDigit(text.charCodeAt(pos + 7)) }],
  context: ['ho chieu', 'so ho chieu', 'passport', 'passport no', 'ho chieu so', 'so hc', 'hc so'],
  baseScore: 0.7,
  validate(match, _text, ctx) {
    const label = supportingLabel(ctx, 30);
    if (label === 'none') return null;
    if (label === 'passport') return 0.97;
    if (label !== null) return null;
    if (match[0].charCodeAt(0) >= 97) return null; // a lower-case letter only with a label
    if (match[0].length !== 8) return null;
    return SERIES.test(match[0]) ? this.baseScore : 0.55;
  },
};
