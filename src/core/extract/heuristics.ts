// Fields that papers print without a label: the place-and-date line
// ('Hà Nội, ngày 15 tháng 6 năm 2024'), the issuing body in the top-left
// header, and the signer under the signature block of a decision.
import { documentType } from '../catalog/catalog.ts';
import { cleanText, foldKeepLength, foldVietnamese, isUpperCaseText } from '../text/unicode.ts';
import type { FieldCandidate } from './candidates.ts';
import { decisionCandidates, signerRole } from './decision-heuristics.ts';

// Places may hold digits: 'Quận 3, ngày 5 tháng 7 năm 2024'.
// Bilingual cards gloss the words: 'Đà Nẵng, ngày/date 20 tháng/month 11 năm/year 2020'.
const placeDate = /^[\p{L}\d\s.\-]{2,40},\s*ngày(?:\s*\/\s*date)?\s+\d{1,2}\s+tháng(?:\s*\/\s*month)?\s+\d{1,2}\s+năm(?:\s*\/\s*year)?\s+\d{4}/iu;
const placeDateFolded = /^[a-z\d\s.\-]{2,40} ngay \d{1,2} thang \d{1,2} nam \d{4}/;

// The top-left header names the issuing body: 'ỦY BAN NHÂN DÂN QUẬN HOÀN KIẾM', 'SỞ TƯ PHÁP', 'CÔNG AN TỈNH ...'.
const agencyStart = /^(uy ban nhan dan|ubnd|so |bo |cong an|cuc |chi cuc|tong cuc|phong |ban |van phong|toa an|vien |truong |benh vien|dai su quan|tong lanh su)/;
/** 'Ủy ban nhân dân …', or 'Sở Tư pháp', 'Công an Tỉnh …': a body whose name goes on with a capital. */
const mixedAgency = (line: string, folded: string) => /^(uy ban nhan dan|ubnd)\b/.test(folded)
  || (/^(so|phong|cuc|chi cuc|bo|cong an) /.test(folded) && /^\p{Lu}/u.test(line.split(' ')[folded.startsWith('chi cuc') || folded.startsWith('cong an') ? 2 : 1] ?? ''));
const adminUnit = /^(xa|phuong|thi tran|quan|huyen|thi xa|thanh pho|tinh|tp)\b/;
const motto = /^(cong hoa xa hoi chu nghia viet nam|doc lap tu do hanh phuc)/;

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
    for (const [i, l] of lines.entries()) {
      // The signer's title wraps over up to three lines in capitals under the issue date.
      let title = l;
      for (let k = i + 1; k < Math.min(lines.length, i + 3) && /^CỤC TRƯỞNG\b/u.test(l) && isUpperCaseText(lines[k]!) && !/\d/.test(lines[k]!); k++) title = `${title} ${lines[k]}`;
      const m = title.match(/^CỤC TRƯỞNG\s+(CỤC CẢNH SÁT .{10,100})$/u);
      if (m) { out.push({ key: issuerKey!, raw: m[1]!, labelScore: 0.7, origin: 'heuristic' }); break; }
      // 'BỘ CÔNG AN', also bilingual: 'BỘ CÔNG AN / MINISTRY OF PUBLIC SECURITY'.
      if (/^BỘ CÔNG AN(?:\s*\/.*)?$/u.test(l)) { out.push({ key: issuerKey!, raw: 'BỘ CÔNG AN', labelScore: 0.7, origin: 'heuristic' }); break; }
    }
  }
  if (has(issuerKey)) {
    // Header lines before the title; the last agency line is the issuer itself, the ones above it its parent bodies.
    const agencies: string[] = [];
    for (const l of lines.slice(0, 14)) {
      const f = foldVietnamese(l);
      if (/^(quyet dinh|giay|trich luc|can cuoc|the can cuoc)\b/.test(f)) break;
      if (motto.test(f)) continue;
      // A signer's title ('CỤC TRƯỞNG CỤC ...', 'GIÁM ĐỐC SỞ ...') names a person's role, not the header.
      if (agencies.length === 0 && signerRole.test(f)) continue;
      // Pages styled with text-transform keep the header in mixed case in the DOM: 'Ủy ban nhân dân' / 'Phường Bến Nghé'.
      const mixedCase = !isUpperCaseText(l) && !/[\d:：;]/.test(l) && l.split(' ').length <= 10
        && (agencies.length === 0 ? mixedAgency(l, f) : adminUnit.test(f));
      if ((isUpperCaseText(l) || mixedCase) && (agencyStart.test(f) || agencies.length > 0) && !/^(số|so)\s*[:.]/iu.test(l) && l.length <= 90) {
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

  // '..., số định danh cá nhân 001078004512, ...' inside a sentence; an organization by
  // its enterprise or tax code ('mã số doanh nghiệp 0101234567').
  if (has('so_dinh_danh')) {
    const folded = foldKeepLength(text);
    const m = /(so dinh danh ca nhan|ma dinh danh|so dinh danh|can cuoc cong dan|can cuoc|cccd|cmnd|ma so thue|ma so doanh nghiep|ma so hop tac xa)(\s+so)?\s*[:.]?\s*(\d[\d .]{7,16}\d)/.exec(folded);
    if (m) {
      const start = m.index + m[0].length - m[3]!.length;
      out.push({ key: 'so_dinh_danh', raw: text.slice(start, start + m[3]!.length), labelScore: 0.75, origin: 'heuristic' });
    }
  }

  out.push(...decisionCandidates(text, lines, has));
  return out;
}
