// Bank account numbers (6-19 digits, sometimes grouped): only recognizable by their label
// (số tài khoản, STK...). Sensitive data under Decree 13/2023.
import type { Recognizer } from '../types.ts';
import { NUM_END, NUM_START } from '../bounds.ts';

const ACCOUNT = new RegExp(`${NUM_START}\\d(?:[ \\-.]?\\d){5,18}${NUM_END}`, 'y');
// Between the label and the number: punctuation, "số", or a bank name ("tài khoản Vietcombank số ...").
const GAP = /^[\s:;,.=()\-–/#]*(?:(?:so|tai|cua|la|ngan hang|nh|tmcp|\w{2,14}bank|[a-z]{2,12})[\s:;,.=()\-–/#]*){0,4}$/;

export const bankAccount: Recognizer = {
  type: 'bank_account',
  class: 'sensitive',
  patterns: [{ re: ACCOUNT, at: 'number', minDigits: 6, after: ['bank_account'] }],
  context: [
    'so tai khoan', 'stk', 'tai khoan so', 'tai khoan', 'so tk', 'tk so', 'tk', 'tai khoan ngan hang', 'so tai khoan ngan hang',
    'account no', 'account number', 'bank account', 'tai khoan thu huong', 'so tai khoan thu huong', 'chuyen khoan vao tai khoan',
  ],
  baseScore: 0.95,
  validate(_match, _text, ctx) {
    const label = ctx.label;
    if (!label || label.kind !== 'bank_account') return null;
    if (ctx.start - label.end > 40 || !GAP.test(ctx.gap())) return null;
    return this.baseScore;
  },
};
