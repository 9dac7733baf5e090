// Contracts between the readers (document -> text) and field extraction
// (text -> catalog fields). Every reader, in the extension and in Node,
// produces a SourceText; extraction turns it into an Extraction.

/** A label and the value shown beside it (table row, <dl>, form input, `Label: value`). */
export interface LabeledValue {
  label: string;
  value: string;
  /**
   * Nearest heading, legend, caption or column header above the pair ('Thông tin
   * người chồng', 'Vợ'), when the reader can tell; qualifies whose data it is.
   */
  section?: string;
}

export type SourceOrigin = 'html' | 'pdf-text' | 'ocr' | 'qr' | 'mrz' | 'manual';

export interface SourceText {
  origin: SourceOrigin;
  /** Headings / document title as shown, when the reader can tell them apart. */
  title?: string;
  /** Label/value pairs the reader found from structure. */
  pairs: LabeledValue[];
  /** All text in reading order, one line per visual line. */
  text: string;
  /** Reader-level confidence 0..1 (OCR mean word confidence); 1 for digital text. */
  confidence?: number;
}

/** Fields read from a source with its own integrity check (QR payload, MRZ check digits). */
export interface CheckedFields {
  source: 'qr' | 'mrz';
  type?: string;
  fields: Record<string, string>;
  /** Extra structured data that is not a catalog field (e.g. dossier/procedure code from a one-stop QR). */
  extra?: Record<string, string>;
}

export interface ExtractionWarning {
  /** Catalog key the warning is about; absent for document-level warnings. */
  field?: string;
  /** Stable machine code, e.g. 'id_birth_year_mismatch'; UI text comes from warning-text.ts. */
  code: string;
  /** English explanation. Never contains a field value (values may be personal data). */
  message: string;
}

export interface Extraction {
  /** Catalog document-type code, or null when the document is not recognized. */
  type: string | null;
  typeConfidence: number;
  /** Catalog key -> normalized value (normalization section of the catalog). */
  fields: Record<string, string>;
  /** Catalog key -> 0..1. */
  confidence: Record<string, number>;
  warnings: ExtractionWarning[];
}
