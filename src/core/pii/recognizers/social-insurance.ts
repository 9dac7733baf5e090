// Social-insurance number (mã số BHXH): 10 digits, told apart from phones and tax codes by its label.
import type { Recognizer, Tokens } from '../types.ts';
import { supportingLabel } from '../context.ts';
import { NUM_END, NUM_START, runAt, numEndAt, numStartAt } from '../bounds.ts';
import { digitsAt, codeAt } from '../charclass.ts';

const BHXH = new RegExp(`${NUM_START}(?:\\d{10}|\\d{2}[ .]\\d{2}[ .]\\d{6}|\\d{4}[ .]\\d{3}[ .]\\d{3})${NUM_END}`, 'y');

const isDotOrSpace = (c: number): boolean => c === 32 || c === 46;

/** BHXH, hand-written: the end of the match at `pos`, or -1. The first digit run says which form can match. */
function scanBhxh(text: string, pos: number, _found?: { valueStart: number }, tokens?: Tokens, t = -1): number {
  const run = runAt(text, pos, tokens, t);
  if ((run !== 10 && run !== 2 && run !== 4) || !numStartAt(text, pos)) return -1;
  if (run === 10) return numEndAt(text, pos + 10) ? pos + 10 : -1;
  const end = pos + 12;
  // dd dd dddddd, or dddd ddd ddd
  const ok = run === 2
    ? isDotOrSpace(codeAt(text, pos + 2)) && digitsAt(text, pos + 3, 2) && isDotOrSpace(codeAt(text, pos + 5)) && digitsAt(text, pos + 6, 6)
    : isDotOrSpace(codeAt(text, pos + 4)) && digitsAt(text, pos + 5, 3) && isDotOrSpace(codeAt(text, pos + 8)) && digitsAt(text, pos + 9, 3);
  return ok && numEndAt(text, end) ? end : -1;
}

export const socialInsurance: Recognizer = {
  type: 'social_insurance',
  class: 'basic',
  patterns: [{ re: BHXH, at: 'number', minDigits: 10, runs: [2, 4, 10], after: ['social_insurance', 'health_insurance'], scan: scanBhxh }],
  context: [
    'bhxh', 'so bhxh', 'ma so bhxh', 'ma bhxh', 'so so bhxh', 'so so bao hiem xa hoi', 'bao hiem xa hoi',
    'ma so bao hiem xa hoi', 'so bao hiem xa hoi', 'ma so bao hiem', 'social insurance',
  ],
  baseScore: 0.95,
  validate(_match, _text, ctx) {
    const label = supportingLabel(ctx, 40);
    if (label === 'social_insurance') return this.baseScore;
    // Ten digits under a health-insurance label are the BHXH number the card code ends with.
    return label === 'health_insurance' ? 0.85 : null;
  },
};
