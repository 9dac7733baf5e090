// Social-insurance number (mã số BHXH): 10 digits, told apart from phones and tax codes by its label.
import type { Recognizer } from '../types.ts';
import { supportingLabel } from '../context.ts';
import { NUM_END, NUM_START } from '../bounds.ts';

const BHXH = new RegExp(`${NUM_START}(?:\\d{10}|\\d{2}[ .]\\d{2}[ .]\\d{6}|\\d{4}[ .]\\d{3}[ .]\\d{3})${NUM_END}`, 'y');

export const socialInsurance: Recognizer = {
  type: 'social_insurance',
  class: 'basic',
  patterns: [{ re: BHXH, at: 'number', minDigits: 10, after: ['social_insurance', 'health_insurance'] }],
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
