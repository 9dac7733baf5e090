// MatchContext.tokens: validators can read the scanner's tokens of the text they validate (instead of
// reading its words again). Checked by wrapping a validator before the engine takes its recognizers.
import { describe, expect, it } from 'vitest';
import { recognizers } from '../../../src/core/pii/recognizers/index.ts';
import type { MatchContext, PatternMatch, Verdict } from '../../../src/core/pii/types.ts';

describe('MatchContext.tokens', () => {
  it('holds the tokens of the text being validated, with tokenAt', async () => {
    const dob = recognizers.find((r) => r.type === 'date_of_birth')!;
    const original = dob.validate;
    const seen: string[] = [];
    dob.validate = function (match: PatternMatch, text: string, ctx: MatchContext): Verdict {
      const tokens = ctx.tokens!;
      const t = tokens.tokenAt(ctx.start);
      seen.push(`${text.slice(tokens.tStart[t]!, tokens.tEnd[t]!)}|${tokens.n}|${tokens.tokenAt(text.length)}`);
      return original.call(this, match, text, ctx);
    };
    try {
      // (the engine copies each validator when its module loads: load it after the wrapper is in place)
      const { detect } = await import('../../../src/core/pii/detect.ts');
      const spans = detect('Ngày sinh: 12/03/1985, nơi sinh Hà Nội');
      expect(spans.map((s) => s.type)).toContain('date_of_birth');
    } finally {
      dob.validate = original;
    }
    // Tokens: Ngày sinh 12 03 1985 nơi sinh Hà Nội (9); the value starts at token "12".
    expect(seen).toEqual(['12|9|9']);
  });
});
