// Regex fragments shared by the numeric recognizers: a number must not be
// glued to letters or be one part of a dotted/dashed code ("000.00.12.H12").
export const NUM_START = String.raw`(?<![\p{L}\p{N}_]|\p{N}[.,/\-])`;
export const NUM_END = String.raw`(?![\p{L}\p{N}_]|[.,/\-]\p{N})`;

/** Current year, for birth-year plausibility. */
export const THIS_YEAR = new Date().getFullYear();
