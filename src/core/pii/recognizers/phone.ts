// Phone numbers: mobiles (0 or +84/84 then 3x, 5x, 7x, 8x, 9x and 7 more digits) and landlines
// (02x area codes, 10 national digits), in every common spelling: +84, (+84), 0084, 84..., 0...,
// spaces, dots, dashes, "(024) 3825 1234".
import type { Recognizer, Verdict } from '../types.ts';
import { isOtherNumberLabel, supportingLabel } from '../context.ts';
import { L } from '../charclass.ts';

const PHONE = new RegExp(
  // A slash may separate two phones ("0912345678/0987654321"), so it is not excluded before one.
  String.raw`(?<![${L}0-9_+]|[0-9][.,\-])` +
    String.raw`(?:(?:\(\s?\+?\s?84\s?\)|\+\s?84|0084|84|0)[ .\-]?\d(?:[ .\-]?\d){7,10}|\(0\d{2,3}\)[ .\-]?\d(?:[ .\-]?\d){5,8})` +
    String.raw`(?![${L}0-9_])`,
  'y',
);

const MOBILE_SECOND: Record<string, RegExp> = {
  '3': /[2-9]/, '5': /[2-9]/, '7': /[0-9]/, '8': /[1-9]/, '9': /[0-9]/,
};

/** National significant number (after 0 or 84) of a match, with where each digit sits. */
function nationalDigits(s: string): { digits: string; positions: number[]; international: boolean; bare84: boolean } {
  let i = 0;
  let international = false;
  let bare84 = false;
  const open = s.indexOf('(');
  if (s.startsWith('+') || (open === 0 && s.includes('84') && s.indexOf('84') < s.indexOf(')'))) {
    international = true;
    i = s.indexOf('84') + 2;
  } else if (s.startsWith('0084')) {
    international = true;
    i = 4;
  } else if (s.startsWith('84')) {
    international = true;
    bare84 = true;
    i = 2;
  }
  let digits = '';
  const positions: number[] = [];
  let skippedTrunk = international;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) continue;
    if (!skippedTrunk) {
      skippedTrunk = true; // the leading 0
      continue;
    }
    digits += s[i];
    positions.push(i);
  }
  return { digits, positions, international, bare84 };
}

/** Expected national length: 9 for mobiles, 10 for landlines, 0 when the prefix is not a Vietnamese one. */
function expectedLength(national: string): number {
  const first = national[0];
  if (first === '2') return 10;
  const second = first ? MOBILE_SECOND[first] : undefined;
  if (second && second.test(national[1] ?? '')) return 9;
  return 0;
}

export const phone: Recognizer = {
  type: 'phone',
  class: 'basic',
  patterns: [
    { re: PHONE, at: 'number', minDigits: 9 },
    { re: PHONE, at: 'sign' },
  ],
  context: [
    'sdt', 'so dt', 'so dien thoai', 'dien thoai', 'dt', 'dtdd', 'di dong', 'so di dong', 'dien thoai di dong',
    'dien thoai lien he', 'dien thoai lien lac', 'so lien he', 'lien he', 'sdt lien he', 'tel', 'phone', 'mobile', 'zalo',
    'so zalo', 'dt/zalo', 'sdt/zalo', 'goi', 'nhan tin',
  ],
  baseScore: 0.85,
  validate(match, _text, ctx): Verdict {
    const raw = match[0];
    const { digits, positions, bare84 } = nationalDigits(raw);
    const expected = expectedLength(digits);
    const label = supportingLabel(ctx, 30);
    if (label === 'none') return null;
    if (expected === 0 || digits.length < expected) {
      return label === 'phone' && digits.length >= 8 && digits.length <= 10 ? 0.6 : null;
    }
    let end = ctx.end;
    if (digits.length > expected) {
      // The match ran into a following number: keep the phone only if a separator ends it.
      const lastPos = positions[expected - 1]!;
      const next = raw[lastPos + 1];
      if (next !== ' ' && next !== '.' && next !== '-') return null;
      end = ctx.start + lastPos + 1;
    }
    let score = expected === 9 ? this.baseScore : 0.72;
    if (bare84) score = 0.65;
    if (label === 'phone') score = 0.97;
    else if (isOtherNumberLabel(label, 'phone')) score = 0.3; // an account, tax or insurance number that looks like a phone
    return end === ctx.end ? score : { score, end };
  },
};
