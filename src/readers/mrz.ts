// The machine-readable zone (ICAO 9303 TD1) on the back of Vietnamese chip ID
// cards, found in OCR text and parsed with the `mrz` package. Fields are
// returned only when every check digit passes: the MRZ then outranks OCR.
//
//   IDVNM<last 9 digits of ID><check><12-digit ID><<<      (line 1)
//   <YYMMDD birth><c><sex><YYMMDD expiry><c>VNM<<<<<<<<<<<<composite>
//   SURNAME<<GIVEN<NAMES<<<<<<<<<<<<
import { parse as parseMrzLines } from 'mrz';
import type { CheckedFields } from '../core/extract/types.ts';
import { stripDiacritics } from './qr-values.ts';

const LEN = 30;

const TO_DIGIT: Record<string, string> = { O: '0', Q: '0', D: '0', U: '0', I: '1', L: '1', T: '1', Z: '2', S: '5', B: '8', G: '6' };
const TO_LETTER: Record<string, string> = { '0': 'O', '1': 'I', '2': 'Z', '5': 'S', '6': 'G', '8': 'B' };

/** OCR text line -> MRZ alphabet: upper case, no spaces, the usual misreadings of '<' mapped back. */
export function cleanMrzLine(line: string): string {
  return line
    .toUpperCase()
    .replace(/[«»]/g, '<<')
    .replace(/[‹›〈〉≤(\[{]/g, '<')
    .replace(/\s+/g, '')
    .replace(/[^A-Z0-9<]/g, '');
}

/** OCR miscounts long filler runs: grow or shrink the longest '<' run until the line is 30 long. */
function fitLength(line: string): string | null {
  if (line.length === LEN) return line;
  const diff = LEN - line.length;
  if (Math.abs(diff) > 4) return null;
  let best = -1;
  let bestLen = 0;
  for (const m of line.matchAll(/<{2,}/g)) {
    if (m[0].length > bestLen) {
      best = m.index;
      bestLen = m[0].length;
    }
  }
  if (best < 0) return diff > 0 ? line + '<'.repeat(diff) : null;
  if (bestLen + diff < 1) return null;
  return line.slice(0, best) + '<'.repeat(bestLen + diff) + line.slice(best + bestLen);
}

function mapRange(line: string, from: number, to: number, table: Record<string, string>): string {
  let out = line.slice(0, from);
  for (let i = from; i < to; i++) out += table[line[i]!] ?? line[i]!;
  return out + line.slice(to);
}

/** Fixes confusions by position, where the TD1 layout says a digit or a letter must be. */
function repairTd1(l1: string, l2: string, l3: string): [string, string, string] {
  l1 = 'ID' + l1.slice(2);
  l1 = mapRange(l1, 2, 5, TO_LETTER);
  l1 = mapRange(l1, 5, 15, TO_DIGIT); // Vietnamese document numbers are digits
  // Optional data: the 12-digit ID, then filler.
  const optEnd = 15 + Math.max(0, l1.slice(15).search(/<|$/));
  l1 = mapRange(l1, 15, Math.min(optEnd, 27), TO_DIGIT);
  l2 = mapRange(l2, 0, 7, TO_DIGIT);
  l2 = l2.slice(0, 7) + ({ H: 'M', N: 'M', E: 'F', P: 'F' }[l2[7]!] ?? l2[7]!) + l2.slice(8);
  l2 = mapRange(l2, 8, 15, TO_DIGIT);
  l2 = mapRange(l2, 15, 18, TO_LETTER);
  l2 = mapRange(l2, 29, 30, TO_DIGIT);
  l3 = mapRange(l3, 0, 30, TO_LETTER);
  return [l1, l2, l3];
}

/** The three TD1 lines in OCR text, cleaned and fitted to 30 characters; null when absent. */
export function findTd1Lines(text: string): [string, string, string] | null {
  const lines = text.split('\n').map(cleanMrzLine);
  for (let i = 0; i + 2 < lines.length; i++) {
    const a = lines[i]!;
    // Document code 'I' + 'D' (or '<'); OCR often turns a line-initial I into T, 1 or L.
    if (!/^[I1TL|][D0O<]/.test(a) || a.length < LEN - 4 || a.length > LEN + 4) continue;
    const f1 = fitLength(a);
    const f2 = fitLength(lines[i + 1]!);
    const f3 = fitLength(lines[i + 2]!);
    if (f1 && f2 && f3 && /</.test(f3)) return repairTd1(f1, f2, f3);
  }
  return null;
}

export interface MrzData {
  documentNumber: string;
  /** The 12-digit personal identification number from the optional data, when present. */
  personalId?: string;
  /** YYYY-MM-DD */
  birthDate: string;
  gender?: 'Nam' | 'Nữ';
  /** YYYY-MM-DD; absent on cards without expiry. */
  expiryDate?: string;
  issuingState: string;
  /** SURNAME GIVEN NAMES, without diacritics as the MRZ writes it. */
  name: string;
  /** True when the name filled the line and may be cut short. */
  nameTruncated: boolean;
}

function century(yy: number, personalId: string | undefined): number {
  // The ID's fourth digit encodes the birth century: 0/1 -> 1900s, 2/3 -> 2000s, ...
  if (personalId) return 1900 + 100 * Math.floor(Number(personalId[3]) / 2);
  const now = new Date().getUTCFullYear() % 100;
  return yy > now ? 1900 : 2000;
}

function yymmdd(s: string, base: number): string {
  return `${base + Number(s.slice(0, 2))}-${s.slice(2, 4)}-${s.slice(4, 6)}`;
}

export type MrzParse = { ok: true; data: MrzData } | { ok: false; reason: 'not_found' | 'check_digit' | 'not_td1' };

/** Parses and verifies a TD1 MRZ found in OCR text. Never returns data whose check digits fail. */
export function parseMrzText(text: string): MrzParse {
  const lines = findTd1Lines(text);
  if (!lines) return { ok: false, reason: 'not_found' };
  let result;
  try {
    result = parseMrzLines(lines, { autocorrect: false });
  } catch {
    return { ok: false, reason: 'not_td1' };
  }
  if (result.format !== 'TD1') return { ok: false, reason: 'not_td1' };
  const f = result.fields;
  const noExpiry = /^<{6}$/.test(lines[1].slice(8, 14));
  if (!result.valid) {
    // Cards issued for life carry a blank expiry; only that part may fail.
    const failed = result.details.filter((d) => !d.valid).map((d) => d.field);
    const onlyExpiry = noExpiry && failed.every((x) => x === 'expirationDate' || x === 'expirationDateCheckDigit' || x === 'compositeCheckDigit');
    if (!onlyExpiry || !compositeOk(lines)) return { ok: false, reason: 'check_digit' };
  }
  const documentNumber = f.documentNumber ?? '';
  const opt = (f.optional1 ?? '').replace(/<.*$/, '');
  const personalId = /^\d{12}/.test(opt) && opt.slice(3, 12) === documentNumber ? opt.slice(0, 12) : undefined;
  const birth = lines[1].slice(0, 6);
  const birthDate = yymmdd(birth, century(Number(birth.slice(0, 2)), personalId));
  const expiry = lines[1].slice(8, 14);
  const sex = lines[1][7];
  const nameLine = lines[2];
  const [surname = '', given = ''] = nameLine.split('<<');
  const name = [surname, given].map((p) => p.replace(/</g, ' ').trim()).filter(Boolean).join(' ');
  return {
    ok: true,
    data: {
      documentNumber,
      ...(personalId ? { personalId } : {}),
      birthDate,
      ...(sex === 'M' ? { gender: 'Nam' as const } : sex === 'F' ? { gender: 'Nữ' as const } : {}),
      ...(noExpiry ? {} : { expiryDate: yymmdd(expiry, 2000) }),
      issuingState: f.issuingState ?? '',
      name,
      nameTruncated: !nameLine.endsWith('<'),
    },
  };
}

function checkDigit(s: string): string {
  const w = [7, 3, 1];
  let t = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const v = c === '<' ? 0 : c >= '0' && c <= '9' ? Number(c) : c.charCodeAt(0) - 55;
    t += v * w[i % 3]!;
  }
  return String(t % 10);
}

/** ICAO composite check over line 1 [5..30), line 2 [0..7), [8..15), [18..29). */
function compositeOk(lines: [string, string, string]): boolean {
  const [l1, l2] = lines;
  return checkDigit(l1.slice(5, 30) + l2.slice(0, 7) + l2.slice(8, 15) + l2.slice(18, 29)) === l2[29];
}

function letters(s: string): string {
  return stripDiacritics(s).toUpperCase().replace(/[^A-Z ]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Compares the MRZ name (no diacritics) with the names printed in the text:
 * 'exact' when a printed name has the same letters, 'near' when one differs by a
 * letter or two (an OCR slip on either side), 'absent' otherwise.
 */
export function compareName(mrzName: string, printedText: string): 'exact' | 'near' | 'absent' {
  const target = letters(mrzName);
  if (target.length < 3) return 'absent';
  const candidates = printedText
    .split('\n')
    .flatMap((l) => l.split(/[\t:]/))
    .map((c) => letters(c))
    .filter((c) => c.length >= target.length);
  let near = false;
  for (const c of candidates) {
    if (c === target || c.endsWith(' ' + target)) return 'exact';
    const tail = c.slice(-target.length);
    if (c.length > target.length && c[c.length - target.length - 1] !== ' ') continue;
    let diff = 0;
    for (let i = 0; i < target.length; i++) if (tail[i] !== target[i]) diff++;
    if (diff <= Math.max(1, Math.floor(target.length / 8))) near = true;
  }
  return near ? 'near' : 'absent';
}

/**
 * CheckedFields from the MRZ in OCR text, or null when there is none or its
 * check digits fail. The name is not a field: ICAO check digits do not cover it
 * and it has no diacritics, so it must never override the printed name. It
 * travels in `extra.mrzName`, with `extra.mrzNameMatch` telling whether the
 * printed text holds the same name ('exact'), a slightly different one
 * ('near': flag it for the official) or none ('absent').
 */
export function mrzCheckedFields(text: string): CheckedFields | null {
  const r = parseMrzText(text);
  if (!r.ok || r.data.issuingState !== 'VNM') return null;
  const d = r.data;
  const fields: Record<string, string> = { ngay_sinh: d.birthDate };
  if (d.personalId) fields.so_dinh_danh = d.personalId;
  if (d.gender) fields.gioi_tinh = d.gender;
  if (d.expiryDate) fields.co_gia_tri_den = d.expiryDate;
  // The MRZ's own name line must not count as the printed name.
  const printed = text.split('\n').filter((l) => !/<|«/.test(l)).join('\n');
  const extra: Record<string, string> = {
    mrzName: d.name,
    mrzNameMatch: d.nameTruncated ? 'absent' : compareName(d.name, printed),
    documentNumber: d.documentNumber,
  };
  return { source: 'mrz', type: 'can_cuoc', fields, extra };
}
