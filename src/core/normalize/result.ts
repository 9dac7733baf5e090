/** Outcome of normalizing one raw value; `warning` is a warning code (see extract/warning-text.ts). */
export interface NormalizeResult {
  value: string | null;
  warning?: string;
}
