// Bank account numbers (6-19 digits, sometimes grouped): only recognizable by their label
// (số tài khoản, STK...). Sensitive data under Decree 13/2023.
import type { Recognizer } from '../types.ts';
import { NUM_END, NUM_START, numEndAt, numStartAt } from '../bounds.ts';
import { isDigit, codeAt, isSpace } from '../charclass.ts';

const ACCOUNT = new RegExp(`${NUM_START}\\d(?:[ \\-.]?\\d){5,18}${NUM_END}`, 'y');
// Between the label and the number: punctuation, "số", or a bank name ("tài khoản Vietcombank số ...").
const GAP = /^[\s:;,.=()\-–/#]*(?:(?:so|tai|cua|la|ngan hang|nh|tmcp|\w{2,14}bank|[a-z]{2,12})[\s:;,.=()\-–/#]*){0,4}$/;

/** text[from, to) is only GAP's punctuation ([\s:;,.=()\-–/#]), which folding leaves as it is. */
function punctuationGap(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!(isSpace(c) || c === 58 || c === 59 || c === 44 || c === 46 || c === 61 || c === 40 || c === 41 || c === 45 || c === 0x2013 || c === 47 || c === 35)) return false;
  }
  return true;
}

const unitEnds = new Int32Array(19);

/** ACCOUNT, hand-written: the longest run of 6 to 19 digits (single ' ', '-', '.' between) that NUM_END accepts; its end, or -1. */
function scanAccount(text: string, pos: number): number {
  if (!numStartAt(text, pos) || !isDigit(codeAt(text, pos))) return -1;
  let units = 1;
  let q = pos + 1;
  unitEnds[0] = q;
  while (units < 19) {
    const c = codeAt(text, q);
    if (isDigit(c)) q++;
    else if ((c === 32 || c === 45 || c === 46) && isDigit(codeAt(text, q + 1))) q += 2;
    else break;
    unitEnds[units++] = q;
  }
  for (let u = units; u >= 6; u--) if (numEndAt(text, unitEnds[u - 1]!)) return unitEnds[u - 1]!;
  return -1;
}

export const bankAccount: Recognizer = {
  type: 'bank_account',
  class: 'sensitive',
  patterns: [{ re: ACCOUNT, at: 'number', minDigits: 6, after: ['bank_account'], scan: scanAccount }],
  context: [
    'so tai khoan', 'stk', 'tai khoan so', 'tai khoan', 'so tk', 'tk so', 'tk', 'tai khoan ngan hang', 'so tai khoan ngan hang',
    'account no', 'account number', 'bank account', 'tai khoan thu huong', 'so tai khoan thu huong', 'chuyen khoan vao tai khoan',
  ],
  baseScore: 0.95,
  validate(_match, text, ctx) {
    const label = ctx.label;
    if (!label || label.kind !== 'bank_account') return null;
    if (ctx.start - label.end > 40) return null;
    // Punctuation alone (the usual "STK: ") is a gap GAP accepts: read in place, no folded copy.
    if (!punctuationGap(text, label.end, ctx.start) && !GAP.test(ctx.gap())) return null;
    return this.baseScore;
  },
};
