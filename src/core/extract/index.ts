// Public API of field extraction: text (SourceText) -> catalog fields.
export type { CheckedFields, Extraction, ExtractionWarning, LabeledValue, SourceOrigin, SourceText } from './types.ts';
export { extractFields, repairSource, type ExtractOptions } from './extract-fields.ts';
export { classifyDocument, type Classification } from './classify.ts';
export { labelIndex, matchLabel, sectionQualifier, type LabelMatch } from './labels.ts';
export { minimumMetadata } from './metadata.ts';
export { warningText, warningMessage } from './warning-text.ts';
