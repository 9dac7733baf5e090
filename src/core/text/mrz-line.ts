// Machine-readable-zone lines (ICAO 9303: 'IDVNM…<<<', 'LE<<THI<HONG<NHUNG<<<') are read by
// the MRZ reader with their check digits; as printed text they are never a field's value.

/** True for a line (or value) that is, or holds, an MRZ line, as printed or as OCR read it. */
export function looksLikeMrz(s: string): boolean {
  const t = s.replace(/\s+/g, '');
  if (/[<«‹]{2,}/.test(t)) return true;
  // OCR sometimes loses the fillers' shape, but a 30-character run of capitals and digits with a '<' is still the zone.
  return t.length >= 25 && /^[A-Z0-9<«‹]+$/.test(t) && /[<«‹]/.test(t);
}

/** The text without its MRZ lines. */
export function withoutMrzLines(text: string): string {
  return text.split(/(\r\n|\r|\n)/).filter((part, i, all) => {
    if (/^(\r\n|\r|\n)$/.test(part)) return !(i > 0 && looksLikeMrz(all[i - 1]!));
    return !looksLikeMrz(part);
  }).join('');
}
