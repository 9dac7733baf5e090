// What a decision (quyết định) says without labels (Decree 30/2020/NĐ-CP layout):
// the summary under the title, whom Article 1 is about, and who signed it
// under which role at the bottom.
import { cleanText, foldVietnamese, isUpperCaseText } from '../text/unicode.ts';
import type { FieldCandidate } from './candidates.ts';

// Signature block: 'KT. CHỦ TỊCH' / 'PHÓ CHỦ TỊCH' / (signed) / 'Nguyễn Văn B'.
export const signerRole = new RegExp(
  '^(kt |tm |tl |tuq |q )?(pho )?(chu tich|giam doc|truong phong|cuc truong|chi cuc truong|tong cuc truong|vu truong|'
  + 'chanh van phong|chanh thanh tra|chanh an|thu truong|bo truong|truong ban|giam doc so|giam doc cong an|truong cong an|'
  + 'hieu truong|vien truong)\\b',
);

/** '(Đã ký)', 'Đã ký và đóng dấu', '[signed]': where the signature is. */
const signedMarker = /^[([]?\s*(đã ký|ký|ký tên|signed)(?!\p{L})/iu;

// Ranks and degrees printed before a signer's name are not part of it.
const namePrefix = /^(?:(?:đại|thượng|trung|thiếu)\s+(?:tướng|tá|úy|uý)|(?:gs|pgs|ts|ths|bs|ks|ds|ls)\.(?:\s*(?:ts|ths)\.)?|luật sư|bác sĩ|kỹ sư)\s+/iu;

function looksLikePersonName(line: string): boolean {
  const words = line.split(' ');
  if (words.length < 2 || words.length > 5 || /[\d:;,()[\]]/.test(line)) return false;
  return words.every((w) => /^\p{Lu}/u.test(w));
}

/** The signer's name on a line, without rank or degree, or null. */
function signerName(line: string): string | null {
  const name = line.replace(namePrefix, '').trim();
  return looksLikePersonName(name) ? name : null;
}

/** A phrase or its form without diacritics, as papers typed without them write it ('Dieu 1', 'Cong ty'). */
function withPlain(phrase: string): string {
  const plain = phrase.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
  return plain === phrase ? phrase : `${phrase}|${plain}`;
}
const either = (...phrases: string[]) => `(?:${phrases.map(withPlain).join('|')})`;

// Capitalized words on one line: a name, not the heading below it.
const word = '\\p{Lu}[\\p{L}\\p{M}]*(?![\\p{L}\\p{M}])';
const name = `(${word}(?:[ \\t]+${word}){1,4})`;
// No 'i' flag: it would let \p{Lu} match lower case too.
const title = either('Ông/Bà', 'Ông/bà', 'ông/bà', 'Ông', 'ông', 'Bà', 'bà', 'Công dân', 'công dân').replace(/\//g, '\\s*\\/\\s*');
const person = new RegExp(`(?:^|[^\\p{L}])${title}(?:[ \\t]*:)?[ \\t]+${name}`, 'u');
const personAfter = new RegExp(`(?:^|[^\\p{L}])${either('cho', 'đối với', 'của')}[ \\t]+${title}[ \\t]+${name}`, 'u');
// Organizations are written with a capital: 'Công ty TNHH X', 'Hợp tác xã Y'.
const orgWords = either('Công ty', 'Hợp tác xã', 'Doanh nghiệp tư nhân', 'Hộ kinh doanh', 'Chi nhánh', 'Trung tâm', 'Bệnh viện', 'Trường');
const org = new RegExp(`(?:^|[^\\p{L}])(${orgWords}[ \\t][^,.;:\\n()]{3,80})`, 'u');
const orgAfter = new RegExp(`(?:^|[^\\p{L}])${either('Cho', 'cho', 'Đối với', 'đối với')}[ \\t]+(${orgWords}[ \\t][^,.;:\\n()]{3,80})`, 'u');

/** Roles are capitalized like names ('Chủ tịch UBND'): a match starting with one is no person. */
const roleStart = /^(chu tich|pho chu tich|giam doc|truong|pho truong|chanh|thu truong|cuc truong)\b/;

/** Paragraph text with its wrapped lines joined (same offsets): an organization's name wraps ('của Công ty' / 'TNHH X'). */
function unwrapped(text: string): string {
  return text.replace(/(?<![:：.;])\n(?=[ \t]*\p{L})/gu, ' ');
}

function firstParty(text: string): string | null {
  // Names are read on their own line (a list 'Ông/Bà: X' / 'Số định danh: …' must not run on); organizations across wraps.
  const p = person.exec(text);
  const o = org.exec(unwrapped(text));
  const pOk = p && !roleStart.test(foldVietnamese(p[1]!)) ? p : null;
  if (pOk && (!o || pOk.index <= o.index)) return pOk[1]!;
  return o ? o[1]!.trim() : null;
}

/** The person or organization a decision is about: the first one Article 1 names, else one it is issued 'for'. */
export function decisionSubject(text: string): string | null {
  const art1 = /(?:^|\n)[ \t]*(?:Điều|Dieu|ĐIỀU) 1\b/u.exec(text);
  if (art1) {
    const rest = text.slice(art1.index);
    const end = rest.search(/\n[ \t]*(?:Điều|Dieu|ĐIỀU) 2\b/u);
    const found = firstParty(rest.slice(0, end > 0 ? end : 800));
    if (found) return found;
  }
  const p = personAfter.exec(text);
  if (p && !roleStart.test(foldVietnamese(p[1]!))) return p[1]!;
  const o = orgAfter.exec(unwrapped(text));
  return o ? o[1]!.trim() : null;
}

/**
 * The summary when no 'Về việc' label prints it: the sentence-case line(s)
 * right under the title 'QUYẾT ĐỊNH' ('Cấp đổi giấy phép lái xe cho ...').
 */
export function unlabeledSummary(lines: string[]): string | null {
  const at = lines.findIndex((l) => foldVietnamese(l) === 'quyet dinh');
  if (at < 0) return null;
  const first = lines[at + 1];
  if (!first || isUpperCaseText(first) || /[:：]/.test(first) || !/^\p{Lu}/u.test(first) || first.length > 200) return null;
  if (/^(ve viec|v v|can cu|xet|so|dieu|theo)\b/.test(foldVietnamese(first))) return null;
  let summary = first;
  for (let k = at + 2; k < lines.length && k <= at + 4 && /^\p{Ll}/u.test(lines[k]!); k++) summary = `${summary} ${lines[k]}`;
  return summary;
}

export interface Signer { role: string | null; name: string | null }

/** The signer's role (the last role line in capitals, with its wrapped continuation) and name below it. */
export function decisionSigner(lines: string[]): Signer {
  let roleAt = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    const f = foldVietnamese(lines[i]!);
    // In capitals as printed; in mixed case (a page styled with text-transform) only when the line is the role alone.
    if (signerRole.test(f) && (isUpperCaseText(lines[i]!) || f.replace(signerRole, '') === '')) { roleAt = i; break; }
  }
  if (roleAt < 0) return { role: null, name: null };
  let role = lines[roleAt]!.replace(/^(KT|TM|TL|TUQ|Q)\.\s*/u, '');
  let k = roleAt + 1;
  // 'TRƯỞNG PHÒNG QUẢN LÝ' / 'HÀNH CHÍNH VỀ TRẬT TỰ' / (Đã ký): a line in capitals followed by the signature or the name continues the role.
  while (k < lines.length && k <= roleAt + 2) {
    const l = lines[k]!;
    if (!isUpperCaseText(l) || signedMarker.test(l) || /[\d:]/.test(l)) break;
    const next = lines.slice(k + 1, k + 4);
    if (!next.some((n) => signedMarker.test(n) || signerName(n) !== null)) break;
    role = `${role} ${l}`;
    k++;
  }
  let signer: string | null = null;
  for (const l of lines.slice(k, k + 4)) {
    if (signedMarker.test(l)) continue;
    signer = signerName(cleanText(l));
    if (signer) break;
  }
  return { role, name: signer };
}

export function decisionCandidates(text: string, lines: string[], has: (key: string) => boolean): FieldCandidate[] {
  const out: FieldCandidate[] = [];
  if (has('doi_tuong')) {
    const subject = decisionSubject(text);
    if (subject) out.push({ key: 'doi_tuong', raw: subject, labelScore: 0.7, origin: 'heuristic' });
  }
  if (has('trich_yeu')) {
    const summary = unlabeledSummary(lines);
    if (summary) out.push({ key: 'trich_yeu', raw: summary, labelScore: 0.7, origin: 'heuristic' });
  }
  if (has('nguoi_ky') || has('chuc_vu_nguoi_ky')) {
    const s = decisionSigner(lines);
    if (s.role && has('chuc_vu_nguoi_ky')) out.push({ key: 'chuc_vu_nguoi_ky', raw: s.role, labelScore: 0.7, origin: 'heuristic' });
    if (s.name && has('nguoi_ky')) out.push({ key: 'nguoi_ky', raw: s.name, labelScore: 0.7, origin: 'heuristic' });
  }
  return out;
}
