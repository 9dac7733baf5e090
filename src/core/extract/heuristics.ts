// Fields that papers print without a label: the place-and-date line
// ('Hà Nội, ngày 15 tháng 6 năm 2024'), the issuing body in the top-left
// header, and the signer under the signature block of a decision.
import { documentType } from '../catalog/catalog.ts';
import { cleanText, foldKeepLength, foldVietnamese, isUpperCaseText } from '../text/unicode.ts';
import type { FieldCandidate } from './candidates.ts';

const placeDate = /^[\p{L}\s.\-]{2,40},\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}/iu;
const placeDateFolded = /^[a-z\s.\-]{2,40} ngay \d{1,2} thang \d{1,2} nam \d{4}/;

// The top-left header names the issuing body: 'ỦY BAN NHÂN DÂN QUẬN HOÀN KIẾM', 'SỞ TƯ PHÁP', 'CÔNG AN TỈNH ...'.
const agencyStart = /^(uy ban nhan dan|ubnd|so |bo |cong an|cuc |chi cuc|tong cuc|phong |ban |van phong|toa an|vien |truong |benh vien|dai su quan|tong lanh su)/;
const adminUnit = /^(xa|phuong|thi tran|quan|huyen|thi xa|thanh pho|tinh|tp)\b/;
const motto = /^(cong hoa xa hoi chu nghia viet nam|doc lap tu do hanh phuc)/;

// Signature block: 'KT. CHỦ TỊCH' / 'PHÓ CHỦ TỊCH' / (signed) / 'Nguyễn Văn B'.
const signerRole = /^(kt |tm |tl |tuq |q )?(pho )?(chu tich|giam doc|truong phong|pho truong phong|cuc truong|chi cuc truong|vu truong|chanh van phong|thu truong|bo truong|truong ban|pho truong ban|giam doc so|truong cong an|pho giam doc)\b/;

function looksLikePersonName(line: string): boolean {
  const words = line.split(' ');
  if (words.length < 2 || words.length > 5 || /[\d:;,()]/.test(line)) return false;
  return words.every((w) => /^\p{Lu}/u.test(w));
}

export function headerCandidates(typeCode: string | null, text: string): FieldCandidate[] {
  const type = typeCode ? documentType(typeCode) : undefined;
  if (!type) return [];
  // Table cells side by side (header: agency | motto; footer: recipients | signature) are read one by one.
  const lines = text.split(/\r\n|\r|\n|\t/).map(cleanText).filter(Boolean);
  const out: FieldCandidate[] = [];
  const has = (key: string | undefined) => key !== undefined && type.fields.some((f) => f.key === key);

  const issueKey = type.metadata.issue_date;
  if (has(issueKey)) {
    const line = lines.find((l) => placeDate.test(l) || placeDateFolded.test(foldVietnamese(l)));
    if (line) out.push({ key: issueKey!, raw: line.slice(line.indexOf(',') + 1), labelScore: 0.7, origin: 'heuristic' });
  }

  const issuerKey = type.metadata.issuer;
  // ID cards are signed 'CỤC TRƯỞNG CỤC CẢNH SÁT ...' (the issuer is the department) or carry 'BỘ CÔNG AN'.
  if (type.code === 'can_cuoc' && has(issuerKey)) {
    for (const l of lines) {
      const m = l.match(/^CỤC TRƯỞNG\s+(CỤC CẢNH SÁT .{10,100})$/u);
      if (m) { out.push({ key: issuerKey!, raw: m[1]!, labelScore: 0.7, origin: 'heuristic' }); break; }
      if (/^BỘ CÔNG AN$/u.test(l)) { out.push({ key: issuerKey!, raw: l, labelScore: 0.7, origin: 'heuristic' }); break; }
    }
  }
  if (has(issuerKey)) {
    // Header lines before the title; the last agency line is the issuer itself, the ones above it its parent bodies.
    const agencies: string[] = [];
    for (const l of lines.slice(0, 14)) {
      const f = foldVietnamese(l);
      if (/^(quyet dinh|giay|trich luc|can cuoc|the can cuoc)\b/.test(f)) break;
      if (motto.test(f)) continue;
      if (isUpperCaseText(l) && (agencyStart.test(f) || agencies.length > 0) && !/^(số|so)\s*[:.]/iu.test(l) && l.length <= 90) {
        // 'ỦY BAN NHÂN DÂN' / 'XÃ ĐÔNG ANH' is one name broken over two lines.
        // 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI' / 'TỈNH QUẢNG NINH' likewise: a line naming only a place continues the one above.
        if (agencies.length > 0 && adminUnit.test(f)) {
          agencies[agencies.length - 1] = `${agencies[agencies.length - 1]} ${l}`;
        } else agencies.push(l);
      } else if (agencies.length > 0) break;
    }
    const issuer = agencies[agencies.length - 1];
    if (issuer) out.push({ key: issuerKey!, raw: issuer, labelScore: 0.7, origin: 'heuristic' });
  }

  // '..., số định danh cá nhân 001078004512, ...' inside a sentence.
  if (has('so_dinh_danh')) {
    const folded = foldKeepLength(text);
    const m = /(so dinh danh ca nhan|ma dinh danh|so dinh danh|can cuoc cong dan|cccd|cmnd|ma so thue)(\s+so)?\s*[:.]?\s*(\d[\d .]{7,16}\d)/.exec(folded);
    if (m) {
      const start = m.index + m[0].length - m[3]!.length;
      out.push({ key: 'so_dinh_danh', raw: text.slice(start, start + m[3]!.length), labelScore: 0.75, origin: 'heuristic' });
    }
  }

  // 'Điều 1. Cấp giấy phép ... cho ông Nguyễn Văn A, ...' / '... cho Công ty TNHH X, mã số thuế ...':
  // the person or organization a decision is about.
  if (has('doi_tuong')) {
    // Capitalized words on the same line: a name, not the heading below it.
    const namePattern = '((?:\\p{Lu}\\p{Ll}*|\\p{Lu}+)(?:[ \\t]+(?:\\p{Lu}\\p{Ll}*|\\p{Lu}+)){1,4})';
    const person = text.match(new RegExp(`(?:^|\\s)(?:cho|đối với|của)\\s+(?:ông|bà|ông\\/bà|công dân)\\s+${namePattern}`, 'u'))
      ?? text.match(new RegExp(`(?:^|\\n)Điều 1\\.?\\s+(?:Ông|Bà|Ông\\/bà)\\s+${namePattern}`, 'u'));
    if (person) out.push({ key: 'doi_tuong', raw: person[1]!, labelScore: 0.7, origin: 'heuristic' });
    else {
      const folded = foldKeepLength(text);
      const org = /\b(?:cho|doi voi)\s+((?:cong ty|hop tac xa|doanh nghiep|van phong|trung tam|ho kinh doanh|chi nhanh|truong|benh vien)\b[^,.;\n]{3,80})/.exec(folded);
      if (org) {
        const start = org.index + org[0].length - org[1]!.length;
        out.push({ key: 'doi_tuong', raw: text.slice(start, start + org[1]!.length), labelScore: 0.7, origin: 'heuristic' });
      }
    }
  }

  if (has('nguoi_ky') || has('chuc_vu_nguoi_ky')) {
    let roleAt = -1;
    for (let i = lines.length - 1; i >= 0; i--) {
      if (signerRole.test(foldVietnamese(lines[i]!)) && isUpperCaseText(lines[i]!)) { roleAt = i; break; }
    }
    if (roleAt >= 0) {
      if (has('chuc_vu_nguoi_ky')) out.push({ key: 'chuc_vu_nguoi_ky', raw: lines[roleAt]!.replace(/^(KT|TM|TL|TUQ|Q)\.\s*/u, ''), labelScore: 0.7, origin: 'heuristic' });
      const name = lines.slice(roleAt + 1, roleAt + 5).find((l) => looksLikePersonName(l) && !/^\(/.test(l));
      if (name && has('nguoi_ky')) out.push({ key: 'nguoi_ky', raw: name, labelScore: 0.7, origin: 'heuristic' });
    }
  }
  return out;
}
