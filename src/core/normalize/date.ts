// Dates as Vietnamese papers write them -> ISO 8601 YYYY-MM-DD.
import { foldVietnamese } from '../text/unicode.ts';
import type { NormalizeResult } from './result.ts';

const englishMonths: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

/** ISO string for a calendar date, or null when the date cannot exist (Feb 30, month 13). */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1800 || year > 2200) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

type Parsed = { y: number; m: number; d: number } | null;

function fromParts(d: string, m: string, y: string): Parsed {
  return { d: Number(d), m: Number(m), y: Number(y) };
}

/** Ordered patterns over the folded value (no diacritics, lower case, punctuation kept as spaces except '/'). */
function parseFolded(f: string, raw: string): Parsed {
  let m: RegExpMatchArray | null;
  // 'ngày 5 tháng 3 năm 2003', '05 tháng 03 năm 2003', 'ngay 05 thang 03 nam 2003'
  if ((m = f.match(/(?:^|\b)(?:ngay\s+)?(?:mung\s+)?(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})\b/))) return fromParts(m[1]!, m[2]!, m[3]!);
  // dd/mm/yyyy, dd-mm-yyyy, dd.mm.yyyy (raw keeps the separators the fold turned into spaces)
  if ((m = raw.match(/(?:^|[^\d])(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})(?!\d)/))) return fromParts(m[1]!, m[2]!, m[3]!);
  // ISO yyyy-mm-dd
  if ((m = raw.match(/(?:^|[^\d])(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/))) return fromParts(m[3]!, m[2]!, m[1]!);
  // ddmmyyyy (chip-card QR, MRZ-like keying)
  if ((m = f.match(/(?:^|\b)(\d{2})(\d{2})(\d{4})\b/))) return fromParts(m[1]!, m[2]!, m[3]!);
  // '5 March 2003', '05 Mar 2003', '5th of March, 2003'
  if ((m = f.match(/\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]{3,9})\s+(\d{4})\b/)) && englishMonths[m[2]!]) {
    return { d: Number(m[1]), m: englishMonths[m[2]!]!, y: Number(m[3]) };
  }
  // 'March 5, 2003'
  if ((m = f.match(/\b([a-z]{3,9})\s+(\d{1,2})(?:st|nd|rd|th)?\s+(\d{4})\b/)) && englishMonths[m[1]!]) {
    return { d: Number(m[2]), m: englishMonths[m[1]!]!, y: Number(m[3]) };
  }
  // 'tháng 3 năm 2003' / '03/2003' alone is a month, not a date: refuse rather than guess a day.
  return null;
}

export function normalizeDate(raw: string): NormalizeResult {
  // Bilingual cards gloss each word: 'ngày/date 20 tháng/month 11 năm/year 2020'.
  const f = foldVietnamese(raw).replace(/\//g, ' ').replace(/\b(ngay|thang|nam) (date|day|month|year)\b/g, '$1');
  const parsed = parseFolded(f, raw.normalize('NFC'));
  if (!parsed) return { value: null, warning: 'date_unparsed' };
  const iso = isoDate(parsed.y, parsed.m, parsed.d);
  if (!iso) return { value: null, warning: 'date_impossible' };
  return { value: iso };
}
