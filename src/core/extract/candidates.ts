/** A raw value found for a catalog field, before normalization. */
export interface FieldCandidate {
  key: string;
  raw: string;
  /** How well the label matched (see LabelMatch.score); 0.7 for layout heuristics. */
  labelScore: number;
  origin: 'pair' | 'text' | 'heuristic';
}
