// Regex fragments shared by the numeric recognizers: a number must not be
// glued to letters or be one part of a dotted/dashed code ("000.00.12.H12").
import { L, inL, isDigit, codeAt } from './charclass.ts';
import type { Tokens } from './types.ts';
import { TOKEN_DIGIT_START } from './scan.ts';

export const NUM_START = String.raw`(?<![${L}0-9_]|[0-9][.,/\-])`;
export const NUM_END = String.raw`(?![${L}0-9_]|[.,/\-][0-9])`;

/** NUM_START at `pos`, for hand-written matchers. */
export function numStartAt(text: string, pos: number): boolean {
  if (pos === 0) return true;
  const p = codeAt(text, pos - 1);
  if (inL(p) || isDigit(p) || p === 95) return false;
  return !((p === 46 || p === 44 || p === 47 || p === 45) && isDigit(codeAt(text, pos - 2)));
}

/** NUM_END at `pos`, for hand-written matchers. */
export function numEndAt(text: string, pos: number): boolean {
  const c = codeAt(text, pos);
  if (inL(c) || isDigit(c) || c === 95) return false;
  return !((c === 46 || c === 44 || c === 47 || c === 45) && isDigit(codeAt(text, pos + 1)));
}

/** Length of the run of ASCII digits at `pos` (0 when none): the matchers decide on it at once. */
export function digitRun(text: string, pos: number): number {
  let p = pos;
  while (p < text.length) {
    const c = text.charCodeAt(p);
    if (c < 48 || c > 57) break;
    p++;
  }
  return p - pos;
}

/**
 * digitRun(text, pos) at the start of the engine's token `t` (-1: not known; 0 when it is a word), from the scanner's
 * tRun without reading the digits again; 31 stands for 31 or more, so compare it with shorter lengths only.
 */
export function runAt(text: string, pos: number, tokens?: Tokens, t = -1): number {
  // (tRun is written for numbers only: other tokens keep an old value)
  if (t >= 0 && tokens !== undefined) return (tokens.tFlags[t]! & TOKEN_DIGIT_START) !== 0 ? tokens.tRun[t]! : 0;
  return digitRun(text, pos);
}

/**
 * An ASCII letter at `p` (the end of a number's leading digit run), or after one ' ' or '-' there
 * (Pattern.letterAfterRun): the engine checks it before looking up the label in front.
 */
export function letterAfterRun(text: string, p: number): boolean {
  let c = codeAt(text, p);
  if (c === 32 || c === 45) c = codeAt(text, p + 1);
  c |= 32; // (A-Z onto a-z)
  return c >= 97 && c <= 122;
}

/** codeHead() of the first two characters of a code token (Pattern.head). */
export const enum Head {
  OTHER = 0,
  LETTER_DIGIT = 1,
  LETTER_LETTER = 2,
}

/** Head.LETTER_DIGIT or Head.LETTER_LETTER for what starts at `pos`, else Head.OTHER. */
export function codeHead(text: string, pos: number): Head {
  const a = codeAt(text, pos) | 32; // (A-Z onto a-z)
  if (a < 97 || a > 122) return Head.OTHER;
  const b = codeAt(text, pos + 1);
  if (b >= 48 && b <= 57) return Head.LETTER_DIGIT;
  const l = b | 32;
  return l >= 97 && l <= 122 ? Head.LETTER_LETTER : Head.OTHER;
}

/** Current year, for birth-year plausibility. */
export const THIS_YEAR = new Date().getFullYear();
