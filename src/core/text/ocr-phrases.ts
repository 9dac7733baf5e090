// OCR drops or swaps Vietnamese diacritics ('ỦY BẠN NHÂN DÂN' for 'ỦY BAN NHÂN
// DÂN'). The fixed phrases of administrative papers — agency names, the motto,
// titles, signers' roles — are known in advance, so where OCR text holds one
// with the same letters but other marks, the marks are put back. Only whole
// multi-word phrases on one line are repaired: their letters without marks name
// nothing else, so the repair cannot turn one real word into another.
import { foldVietnamese } from './unicode.ts';

/** Canonical spellings; the match ignores case and diacritics, the repair keeps the text's case. */
const phrases = [
  'Ủy ban nhân dân', 'Hội đồng nhân dân', 'Cộng hòa xã hội chủ nghĩa Việt Nam', 'Độc lập - Tự do - Hạnh phúc',
  'Quyết định', 'Về việc', 'Nơi nhận', 'Chủ tịch', 'Phó Chủ tịch', 'Giám đốc', 'Phó Giám đốc', 'Trưởng phòng',
  'Phó Trưởng phòng', 'Cục trưởng', 'Chánh Văn phòng', 'Thành phố',
  'Sở Tư pháp', 'Sở Xây dựng', 'Sở Kế hoạch và Đầu tư', 'Sở Giao thông vận tải', 'Sở Tài nguyên và Môi trường',
  'Sở Lao động - Thương binh và Xã hội', 'Sở Nội vụ', 'Sở Công Thương',
  'Phòng Tư pháp', 'Phòng Tài chính - Kế hoạch', 'Phòng Quản lý đô thị', 'Phòng Tài nguyên và Môi trường',
  'Phòng Kinh tế', 'Phòng Nội vụ', 'Phòng Văn hóa và Thông tin', 'Phòng Lao động - Thương binh và Xã hội',
  'Cục Cảnh sát quản lý hành chính về trật tự xã hội', 'Cục Cảnh sát giao thông', 'Cục Thuế', 'Chi cục Thuế',
  'Bộ Công an', 'Công an tỉnh', 'Công an thành phố', 'Công an quận', 'Công an huyện', 'Công an phường', 'Công an xã',
  'Giấy chứng nhận', 'Giấy khai sinh', 'Trích lục', 'Đăng ký kết hôn', 'Tình trạng hôn nhân', 'Hộ kinh doanh',
  'Căn cước công dân', 'Giấy phép lái xe', 'Số định danh cá nhân',
];

/** Older tone placement is a spelling, not an OCR error: 'Uỷ', 'Hoà' stay as printed. */
const alsoCorrect: Record<string, string[]> = { 'ủy': ['uỷ'], 'hòa': ['hoà'], 'hóa': ['hoá'] };

interface Phrase { words: string[]; folded: string[] }

const byFirstWord = new Map<string, Phrase[]>();
for (const p of phrases) {
  const words = p.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const entry = { words, folded: words.map(foldVietnamese) };
  const list = byFirstWord.get(entry.folded[0]!) ?? [];
  list.push(entry);
  // Longest phrase first: 'Phó Chủ tịch' before a shorter one starting alike.
  list.sort((a, b) => b.words.length - a.words.length);
  byFirstWord.set(entry.folded[0]!, list);
}

/** The canonical word in the case the text wrote it in (capitals, capitalized or lower case). */
function inCaseOf(printed: string, canonical: string): string {
  if (printed === printed.toLocaleUpperCase('vi') && printed !== printed.toLocaleLowerCase('vi')) return canonical.toLocaleUpperCase('vi');
  const lower = canonical.toLocaleLowerCase('vi');
  return /^\p{Lu}/u.test(printed) ? lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1) : lower;
}

export interface PhraseRepair {
  text: string;
  /** How many words got their diacritics back. */
  repaired: number;
}

/** Put the diacritics of known administrative phrases back into OCR text. */
export function repairOcrPhrases(text: string): PhraseRepair {
  const words = [...text.normalize('NFC').matchAll(/[\p{L}\p{M}]+/gu)].map((m) => ({ w: m[0], start: m.index!, end: m.index! + m[0].length }));
  const source = text.normalize('NFC');
  const folded = words.map((x) => foldVietnamese(x.w));
  const edits: Array<{ start: number; end: number; text: string }> = [];
  for (let i = 0; i < words.length; i++) {
    const candidates = byFirstWord.get(folded[i]!);
    if (!candidates) continue;
    const hit = candidates.find((p) => p.folded.every((f, k) => {
      if (folded[i + k] !== f) return false;
      // Words of one phrase sit on one line, apart only by spaces or the motto's dashes.
      return k === 0 || /^[ \t]*[-–]?[ \t]*$/.test(source.slice(words[i + k - 1]!.end, words[i + k]!.start)) && words[i + k - 1]!.end < words[i + k]!.start;
    }));
    if (!hit) continue;
    hit.words.forEach((canonical, k) => {
      const printed = words[i + k]!;
      const lower = printed.w.toLocaleLowerCase('vi');
      const right = canonical.toLocaleLowerCase('vi');
      if (lower === right || alsoCorrect[right]?.includes(lower)) return;
      edits.push({ start: printed.start, end: printed.end, text: inCaseOf(printed.w, canonical) });
    });
    i += hit.words.length - 1;
  }
  let out = source;
  for (const e of edits.reverse()) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return { text: out, repaired: edits.length };
}
