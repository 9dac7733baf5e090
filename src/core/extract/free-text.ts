// Free text -> field candidates: `Label: value` lines, several labels on one
// line ('Giới tính: Nam   Quốc tịch: Việt Nam'), a label alone on its line
// with the value on the next, and phrasing without colons ('Sinh ngày 05
// tháng 03 năm 2003'). Section headings ('Thông tin người chồng') qualify the
// labels under them.
import type { FieldType } from '../catalog/catalog.ts';
import { normalizeField } from '../normalize/index.ts';
import { cleanText, foldVietnamese, isUpperCaseText } from '../text/unicode.ts';
import type { FieldCandidate } from './candidates.ts';
import { isKnownLabel, labelIndex, matchLabel, sectionQualifier, type LabelIndex, type LabelMatch } from './labels.ts';

const wrapTypes = new Set<FieldType>(['address', 'org_name', 'text']);
const strongTypes = new Set<FieldType>(['date', 'personal_id', 'gender', 'money']);
/** Values that never span table cells. */
const cellTypes = new Set<FieldType>(['date', 'personal_id', 'gender', 'money', 'doc_number']);
const addressStart = /^(phuong|xa|quan|huyen|tinh|thanh pho|tp|thi tran|thi xa|ap|thon|to dan pho|khu pho|ban|duong|pho|ngo|hem|so nha)\b/;

/** An unlabelled line that continues an address: 'phường X, quận Y' or 'Hàng Bạc, Hoàn Kiếm, Hà Nội'. */
function looksLikeAddressTail(line: string): boolean {
  const t = cleanText(line);
  if (t.split(' ').length > 14 || /\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/.test(t)) return false;
  if (addressStart.test(foldVietnamese(t))) return true;
  const parts = t.split(',').map((p) => p.trim()).filter(Boolean);
  return parts.length >= 2 && parts.every((p) => /^[\p{Lu}\d]/u.test(p) && p.split(' ').length <= 4);
}
/** Short labels that papers print without a colon ('V/v cấp giấy phép ...'). */
const colonlessPhrases = new Set(['v/v']);

/** Offsets of colons that separate a label from its value (not '10:30', not 'https://'). */
function separatorColons(line: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c !== ':' && c !== '：') continue;
    if (/\d/.test(line[i - 1] ?? '') && /\d/.test(line[i + 1] ?? '')) continue;
    if (line.startsWith('//', i + 1)) continue;
    out.push(i);
  }
  return out;
}

interface Segment {
  match: LabelMatch | null;
  /** True when the text before the colon is a label we do not know: its value is skipped. */
  unknown: boolean;
  valueStart: number;
  labelStart: number;
}

/** Longest run of trailing words of `pre` that is a known label. */
function suffixLabel(index: LabelIndex, pre: string, qualifier: string | null): { match: LabelMatch; offset: number } | null {
  const words = [...pre.matchAll(/\S+/g)];
  const maxWords = Math.min(words.length, index.maxWords + 1);
  for (let n = maxWords; n >= 1; n--) {
    const w = words[words.length - n]!;
    const offset = w.index!;
    const m = matchLabel(index, pre.slice(offset), qualifier, false, true);
    if (m) return { match: m, offset };
  }
  return null;
}

/** Longest run of leading words of `line` that is a known label (no colon after it). */
function prefixLabel(index: LabelIndex, line: string, qualifier: string | null): { match: LabelMatch; end: number } | null {
  const words = [...line.matchAll(/\S+/g)];
  for (let n = Math.min(words.length - 1, index.maxWords + 1); n >= 1; n--) {
    const w = words[n - 1]!;
    const end = w.index! + w[0].length;
    const m = matchLabel(index, line.slice(0, end), qualifier, false, true);
    if (m) return { match: m, end };
  }
  return null;
}

function splitSegments(index: LabelIndex, line: string, qualifier: string | null, fuzzy: boolean): Segment[] {
  const colons = separatorColons(line);
  const segs: Segment[] = [];
  let cursor = 0;
  for (const [k, colon] of colons.entries()) {
    const pre = line.slice(cursor, colon);
    if (k === 0) {
      const m = matchLabel(index, pre, qualifier, fuzzy);
      if (m) { segs.push({ match: m, unknown: false, valueStart: colon + 1, labelStart: 0 }); cursor = colon + 1; continue; }
      const s = pre.trim().split(/\s+/).length > 1 ? suffixLabel(index, pre, qualifier) : null;
      if (s) { segs.push({ match: s.match, unknown: false, valueStart: colon + 1, labelStart: s.offset }); cursor = colon + 1; continue; }
      // An unknown label ('Số hồ sơ:') still ends the value before it.
      if (pre.trim().split(/\s+/).length <= 8) segs.push({ match: null, unknown: true, valueStart: colon + 1, labelStart: 0 });
      cursor = colon + 1;
      continue;
    }
    // Later colons: a wide gap (tab, 2+ spaces, ' | ') before a label, or a known label ending the previous value.
    const gap = [...pre.matchAll(/\t|\s{2,}|\s\|\s/g)].pop();
    if (gap) {
      const labelText = pre.slice(gap.index! + gap[0].length);
      if (labelText.trim() && labelText.trim().split(/\s+/).length <= 8) {
        const m = matchLabel(index, labelText, qualifier, fuzzy);
        segs.push({ match: m, unknown: m === null, valueStart: colon + 1, labelStart: cursor + gap.index! });
        cursor = colon + 1;
        continue;
      }
    }
    const s = suffixLabel(index, pre, qualifier);
    if (s) {
      segs.push({ match: s.match, unknown: false, valueStart: colon + 1, labelStart: cursor + s.offset });
      cursor = colon + 1;
      continue;
    }
    // A label of another paper ('Giới tính' on a business registration) still ends the value before it.
    const other = index.typeCode !== null ? suffixLabel(labelIndex(null), pre, null) : null;
    if (other) {
      segs.push({ match: null, unknown: true, valueStart: colon + 1, labelStart: cursor + other.offset });
      cursor = colon + 1;
    }
  }
  return segs;
}

function valueNormalizes(type: FieldType, raw: string): boolean {
  const r = normalizeField(type, raw);
  return r.value !== null && (r.warning === undefined || r.warning === 'ocr_repaired');
}

export interface FreeTextOptions {
  /** Allow fuzzy label matches (OCR). */
  fuzzy?: boolean;
}

/** Scan text lines for field candidates, in reading order. */
export function freeTextCandidates(text: string, index: LabelIndex, opts: FreeTextOptions = {}): FieldCandidate[] {
  const lines = text.split(/\r\n|\r|\n/).map((l) => l.normalize('NFC').replace(/[\u00A0]/g, ' ').trimEnd()).filter((l) => l.trim().length > 0);
  const out: FieldCandidate[] = [];
  let qualifier: string | null = null;
  const fuzzy = opts.fuzzy ?? false;

  /** The whole line is a label (its value follows on the next line): no digits, and any '/' half is a label or a short translation. */
  const wholeLabel = (l: string, q: string | null, fz: boolean): LabelMatch | null => {
    if (/\d/.test(l.replace(/^\s*(?:\(?\d{1,2}[.)]|[IVX]{1,4}\.)\s+/, ''))) return null;
    const m = matchLabel(index, l, q, fz);
    if (!m) return null;
    const parts = cleanText(l).replace(/[:：]\s*$/, '').split('/').slice(1);
    const ok = parts.every((p) => matchLabel(index, p, q, false) !== null || (/^[\x20-\x7E]+$/.test(p) && p.trim().split(/\s+/).length <= 6));
    return ok ? m : null;
  };
  const isLabelLine = (l: string): boolean => {
    const colons = separatorColons(l);
    // 'Anything short: value' is a label line even when we do not know the label.
    if (colons.length > 0 && colons[0]! > 0 && l.slice(0, colons[0]).trim().split(/\s+/).length <= 6 && /\p{L}/u.test(l.slice(0, colons[0]))) return true;
    if (colons.length > 0 && matchLabel(index, l.slice(0, colons[0]), qualifier, fuzzy)) return true;
    if (colons.length > 0 && matchLabel(index, l.slice(0, colons[0]), null, false)) return true;
    return wholeLabel(l, qualifier, false) !== null || wholeLabel(l, null, false) !== null;
  };
  const isHeadingLike = (l: string): boolean => {
    const t = cleanText(l);
    if (separatorColons(t).length > 0 || t.split(' ').length > 10) return false;
    const f = foldVietnamese(t);
    return isUpperCaseText(t) || /^(thong tin|ben |phan |muc |nguoi |[ivx]{1,4} )/.test(f);
  };

  /** Qualifier of a short column heading ('Chồng', 'Bên vợ', 'Thông tin người cha'), or null. */
  const columnHeading = (cell: string): string | null => {
    const t = cleanText(cell);
    if (!t || /[\d:：]/.test(t) || t.split(' ').length > 5) return null;
    const q = sectionQualifier(t);
    return q === null || q === 'other' ? null : q;
  };
  /** Qualifiers of a run of column headings starting at line i, and how many lines they take. */
  const columnHeader = (i: number): { columns: string[]; used: number } | null => {
    const line = lines[i]!;
    if (line.includes('\t')) {
      let cells = line.split('\t').map((c) => c.trim()).filter(Boolean);
      // A corner heading over the labels ('Thông tin', 'Nội dung') is not a column.
      if (cells.length >= 3 && columnHeading(cells[0]!) === null && !isKnownLabel(cells[0]!) && cleanText(cells[0]!).split(' ').length <= 3 && !/\d/.test(cells[0]!)) cells = cells.slice(1);
      const qs = cells.map(columnHeading);
      if (cells.length >= 2 && qs.every((q) => q !== null) && new Set(qs).size === qs.length) return { columns: qs as string[], used: 1 };
      return null;
    }
    // A grid of <div>s reads as one cell per line: 'Chồng' / 'Vợ', then a label line.
    const qs: string[] = [];
    for (let k = i; k < lines.length && !lines[k]!.includes('\t'); k++) {
      const q = columnHeading(lines[k]!);
      if (q === null || qs.includes(q)) break;
      qs.push(q);
    }
    const after = lines[i + qs.length];
    if (qs.length < 2 || after === undefined || !rowLabel(after)) return null;
    return { columns: qs, used: qs.length };
  };
  /** A line that is only a label of some paper ('Dân tộc', 'Giấy tờ tùy thân'): a row heading in a column layout. */
  const rowLabel = (l: string): boolean => !l.includes('\t') && separatorColons(l).length === 0
    && (wholeLabel(l.trim(), null, false) !== null || isKnownLabel(l));
  let columns: string[] | null = null;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const clean = line.trim();
    // Side-by-side columns headed by whose data they hold ('Chồng' | 'Vợ'): each row's
    // values belong, in order, to the people the headings name.
    const header = columnHeader(i);
    if (header) {
      columns = header.columns;
      i += header.used - 1;
      continue;
    }
    if (columns !== null) {
      const n = columns.length;
      const cells = line.includes('\t') ? line.split('\t').map((c) => c.trim()).filter(Boolean) : null;
      const label = cells ? cells[0]! : clean;
      const values = cells ? cells.slice(1) : lines.slice(i + 1, i + 1 + n).map((l) => l.trim());
      const isRow = cells
        ? cells.length === n + 1 && separatorColons(label).length === 0
        : rowLabel(clean) && values.length === n && values.every((v) => !isLabelLine(v) && !rowLabel(v) && columnHeading(v) === null);
      if (isRow) {
        columns.forEach((q, k) => {
          const m = matchLabel(index, label, q, fuzzy);
          if (m && m.field.subject === q) out.push({ key: m.key, raw: values[k]!, labelScore: m.score * 0.95, origin: 'text' });
        });
        if (!cells) i += n;
        continue;
      }
      // Anything else ends the columns; what follows is the document's own again.
      columns = null;
      qualifier = null;
    }
    // Table rows read as text ('Label<TAB>value<TAB>Label<TAB>value'): cells pair up.
    if (line.includes('\t') && separatorColons(line).length === 0) {
      const cells = line.split('\t').map((c) => c.trim()).filter(Boolean);
      for (let c = 0; c + 1 < cells.length; c++) {
        const m = matchLabel(index, cells[c]!, qualifier, fuzzy);
        if (m && !matchLabel(index, cells[c + 1]!, qualifier, false)) {
          out.push({ key: m.key, raw: cells[c + 1]!, labelScore: m.score * 0.95, origin: 'text' });
          c++;
        }
      }
      if (cells.length === 1 || !cells.some((c) => matchLabel(index, c, qualifier, false))) {
        if (isHeadingLike(cells.join(' '))) qualifier = sectionQualifier(cells.join(' '));
      }
      continue;
    }
    const segs = splitSegments(index, line, qualifier, fuzzy);
    if (segs.length === 0) {
      // A label broken over two lines: 'Nơi thường' / 'trú: Hà Nội', 'Ngày, tháng, năm / Date,' / 'month, year: 04/09/2021'.
      // Tried first: the first half alone may already read as a whole label.
      const next = lines[i + 1];
      const nextColon = next !== undefined ? separatorColons(next)[0] : undefined;
      if (next !== undefined && nextColon !== undefined && clean.split(' ').length <= 6 && next.slice(0, nextColon).trim().split(/\s+/).length <= 4) {
        const joined = matchLabel(index, `${clean} ${next.slice(0, nextColon)}`, qualifier, fuzzy);
        const value = next.slice(nextColon + 1).trim();
        if (joined && value && !matchLabel(index, next.slice(0, nextColon), qualifier, false)) {
          out.push({ key: joined.key, raw: value, labelScore: joined.score * 0.9, origin: 'text' });
          i++;
          continue;
        }
      }
      // Whole line is a label: the value is on the next line, unless that line is itself a label.
      const whole = wholeLabel(clean, qualifier, fuzzy);
      if (whole) {
        const next = lines[i + 1];
        if (next !== undefined && !isLabelLine(next) && !(isHeadingLike(next) && sectionQualifier(next) !== null)) {
          out.push({ key: whole.key, raw: next.trim(), labelScore: whole.score * 0.95, origin: 'text' });
          i++;
        } else {
          const q = sectionQualifier(clean);
          if (q !== null) qualifier = q;
        }
        continue;
      }
      if (isHeadingLike(clean)) {
        qualifier = sectionQualifier(clean);
        continue;
      }
      // 'Sinh ngày 05 tháng 03 năm 2003', 'Giấy này được cấp để làm thủ tục kết hôn'.
      const p = prefixLabel(index, clean, qualifier);
      if (p) {
        const value = clean.slice(p.end).replace(/^[\s:;.\-–]+/, '');
        const type = p.match.field.spec.type;
        const longLabel = p.match.variant.length >= 5 || colonlessPhrases.has(p.match.variant);
        if (value && (strongTypes.has(type) ? valueNormalizes(type, value) : longLabel)) {
          let v = value;
          // 'Về việc cấp giấy phép xây dựng' / 'cho hộ gia đình ông ...': wrapped phrasing continues in lower case.
          while (wrapTypes.has(type)) {
            const next = lines[i + 1];
            if (next === undefined || isLabelLine(next) || !/^\p{Ll}/u.test(next.trim())) break;
            v = `${v} ${next.trim()}`;
            i++;
          }
          out.push({ key: p.match.key, raw: v, labelScore: p.match.score * 0.9, origin: 'text' });
        }
      }
      continue;
    }
    for (const [k, seg] of segs.entries()) {
      const end = segs[k + 1]?.labelStart ?? line.length;
      let value = line.slice(seg.valueStart, end).trim();
      if (seg.unknown || !seg.match) continue;
      const type = seg.match.field.spec.type;
      // A short value ends at the next cell: 'Số: 1572/QĐ-UBND<TAB>Cầu Giấy, ngày 12 tháng 4 năm 2024'.
      if (cellTypes.has(type) && value.includes('\t')) value = value.slice(0, value.indexOf('\t')).trim();
      const last = k === segs.length - 1;
      if (last && value === '') {
        const next = lines[i + 1];
        if (next !== undefined && !isLabelLine(next)) {
          value = next.trim();
          i++;
        }
      }
      // Addresses and names wrap: 'Nơi thường trú: 12 Lê Lợi, phường X,' / 'quận Y, Hà Nội'.
      while (last && wrapTypes.has(type) && value !== '') {
        const next = lines[i + 1];
        if (next === undefined || isLabelLine(next)) break;
        const open = /[,\-–]$/.test(value);
        // Card layouts wrap an address onto an unlabelled line: 'Nơi thường trú: 12 Lê Lợi' / 'Hàng Bạc, Hoàn Kiếm, Hà Nội'.
        const addressTail = type === 'address' && looksLikeAddressTail(next);
        if (!open && !addressTail && (isHeadingLike(next) || !/^\p{Ll}/u.test(next.trim()))) break;
        value = `${value} ${next.trim()}`;
        i++;
      }
      if (value) out.push({ key: seg.match.key, raw: value, labelScore: seg.match.score, origin: 'text' });
      if (value === '' && last) {
        const q = sectionQualifier(line);
        if (q !== null) qualifier = q;
      }
    }
  }
  return out;
}
