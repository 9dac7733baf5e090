// Regex fragments shared by the numeric recognizers: a number must not be
// glued to letters or be one part of a dotted/dashed code ("000.00.12.H12").
import { L } from './charclass.ts';

export const NUM_START = String.raw`(?<![${L}0-9_]|[0-9][.,/\-])`;
export const NUM_END = String.raw`(?![${L}0-9_]|[.,/\-][0-9])`;

/** Current year, for birth-year plausibility. */
export const THIS_YEAR = new Date().getFullYear();
