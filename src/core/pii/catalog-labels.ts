// Labels taken from the document-type catalog, so a field label added there
// ("Họ và tên chủ hộ", "Nơi cư trú") is recognized in free text too.
import { catalog, type FieldType } from '../catalog/catalog.ts';
import { foldText } from './fold.ts';

/** Folded labels and aliases of the catalog's personal fields of one type (optionally keys containing `keyPart`). */
export function catalogLabels(type: FieldType, keyPart?: string): string[] {
  const out = new Set<string>();
  for (const t of catalog.types) {
    for (const f of t.fields) {
      if (f.type !== type || f.pii === 'none') continue;
      if (keyPart && !f.key.includes(keyPart)) continue;
      for (const l of [f.label, ...f.aliases]) {
        const folded = foldText(l).replace(/\s+/g, ' ').trim();
        if (folded.length < 3 || folded === 'so/no') continue;
        // Single short words ("Chồng", "Vợ") are everyday words: only as "Chồng:".
        out.add(!folded.includes(' ') && folded.length < 6 ? `${folded}:` : folded);
      }
    }
  }
  return [...out];
}
