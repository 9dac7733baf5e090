// Text repair applied to everything a reader produced, before field extraction.
export { cleanText, cleanLines, foldVietnamese, foldKeepLength, isUpperCaseText } from './unicode.ts';
export { convertTcvn3, convertVni, detectLegacyEncoding, repairLegacyEncoding, type LegacyEncoding } from './legacy-encoding.ts';
export { repairDigits, repairDigitToken } from './ocr-repair.ts';
export { isVietnameseSyllable } from './syllable.ts';
export { convertVniTyping, convertVniTypingWord, looksLikeVniTyping } from './vni-typing.ts';
export { looksLikeMrz, withoutMrzLines } from './mrz-line.ts';
export { repairOcrPhrases, type PhraseRepair } from './ocr-phrases.ts';
