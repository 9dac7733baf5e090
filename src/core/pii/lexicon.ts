// Word lists for names and addresses. Words are kept lower-case with their
// diacritics; a word typed without any diacritics is compared in folded form,
// so "Nguyen" matches "nguyễn" but "Đồng" does not match "đông".
import { FOLD_TABLE, LOWER_TABLE, foldText } from './fold.ts';

interface WordSet {
  exact: Set<string>;
  folded: Set<string>;
  /** Hashes of the lower-case and of the folded spellings, for look-ups by position without slicing. */
  exactHashes: Set<number>;
  foldedHashes: Set<number>;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;

function hashOf(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

function wordSet(words: string): WordSet {
  const exact = new Set(words.split(/\s+/).filter(Boolean));
  const folded = new Set([...exact].map((w) => foldText(w)));
  return { exact, folded, exactHashes: new Set([...exact].map(hashOf)), foldedHashes: new Set([...folded].map(hashOf)) };
}

/** Hashes of the word text[s, e): lower-case, folded, and whether it is pure ASCII. */
let keyExact = 0;
let keyFolded = 0;
let keyAscii = true;
function keyAt(text: string, s: number, e: number): void {
  let he = FNV_OFFSET;
  let hf = FNV_OFFSET;
  let ascii = true;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c > 127) ascii = false;
    he = Math.imul(he ^ (c < 0x1f00 ? LOWER_TABLE[c]! : c), FNV_PRIME);
    hf = Math.imul(hf ^ (c < 0x1f00 ? FOLD_TABLE[c]! : c), FNV_PRIME);
  }
  keyExact = he;
  keyFolded = hf;
  keyAscii = ascii;
}

function hasKey(set: WordSet): boolean {
  return set.exactHashes.has(keyExact) || (keyAscii && set.foldedHashes.has(keyFolded));
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

function has(set: { exact: Set<string>; folded: Set<string> }, word: string): boolean {
  const lower = word.toLowerCase();
  if (set.exact.has(lower)) return true;
  return isAscii(lower) && set.folded.has(lower);
}

const SURNAMES = wordSet(`
  nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đinh đào đoàn lâm mai trịnh
  trương cao lưu hà tạ tô thái quách lương la vương tăng châu kiều lại tiêu giang khúc tôn chu thạch
  triệu ứng âu diệp lữ nghiêm phùng quan tống bạch kim hứa lò hầu mạc lục đàm nông phí thân lã vi
  từ khổng cù doãn khương mẫn bế đậu lạc lưu văn ninh tiết trình viên hàn đường mã
`);

// Given and middle name syllables common enough to recognize a name without a label.
const NAME_SYLLABLES = wordSet(`
  an anh ánh ân bảo bắc bích bình cẩm cảnh chánh châu chi chí chiến chinh chính công cúc cương cường
  đại đan đào đạt đăng đông diệp diệu diễm điệp định đình đoan đức dũng dung dương duy duyên giang gia
  hà hạ hải hân hạnh hào hảo hậu hiền hiển hiếu hiệp hòa hoà hoài hoan hoàn hoàng hồng hợp huệ hùng hưng
  hương hường hữu huy huyền huỳnh kha khải khang khánh khoa khôi khuê kiên kiều kim kỳ lam lâm lan lành
  lệ liên liễu linh loan lộc lợi long luân lực lương ly lý mai mạnh minh mỹ my nam năm nga ngân nghĩa
  ngọc nguyên nguyệt nhàn nhân nhật nhi nhiên như nhung ninh oanh phát phong phú phúc phụng phương
  phượng quân quang quế quốc quý quyên quyết quỳnh sang sáng sơn sương tài tâm tân thạch thái thắm
  thắng thanh thành thảo thi thị thiện thịnh thơ thoa thông thu thư thuận thục thúy thủy thùy thy
  tiên tiến tín tình toàn trâm trang trí triều trinh trọng trung trúc trường tú tuấn tùng tuyết tường
  uyên văn vân vi việt vinh vĩnh vũ vy xuân yên yến hiếu khoa nhất tuệ bá đắc tất viết xuân khắc
  thế tiểu doãn đắc mậu ngạn diễn hằng hạnh hoa huế giao lụa mận mơ nụ đào thương tươi vui
  dũng hoà lành luyến nhạn nhã như phấn quyền sỹ sĩ tá tấn thạc thìn thuỷ thuý toản trà trị tư tửu
  vương vượng ý yên khuyên lợi lưu nghị nguyện phi phước quảng sinh soạn tám thăng thiên thoại nữ
`);

/** Single words that cannot be part of a Vietnamese name (words that are also given names, such as Văn, Thị, Công, Định, are not here). */
const NAME_STOP_WORDS = new Set(
  `sinh giới ngày nơi số địa điện sđt đt cccd cmnd cmt email mã trú hiện thường nghề dân quê ubnd hđnd xã phường
   quận huyện tỉnh tp trấn đường phố con vợ chồng ông bà chị em cháu mẹ cha bố người tại là và của đề kính nộp
   đã theo họ tháng thôn ấp tổ khu mst bhxh bhyt stk căn giấy điều khoản sở phòng ban bộ cục hàng ty tnhh dntn
   hộ cộng độc sơ đơn tờ khai cấp ký sao lục trích ủy thủ tục kết quả biên nhận trưởng phó giám đốc chủ tịch pháp
   luật bản male female full name đến có được làm đi ở tới gửi lúc hẹn sáng chiều tối thứ trước sau với cho`.split(/\s+/).filter(Boolean),
);
const NAME_STOP_HASHES = new Set([...NAME_STOP_WORDS].map(hashOf));

/** Previous words after which capitalized words name a place or an organization, not a person. */
const PLACE_OR_ORG = new Set(
  `đường phố phường xã quận huyện tỉnh tp tp. thành thị trấn thôn xóm ấp bản khu kp tổ ngõ ngách hẻm kiệt
   trường thpt thcs th non học bệnh viện bv trạm cầu chùa đình thờ bay xe ga cảng ty tnhh cty
   ubnd hđnd sở phòng ban bộ cục đội đoàn htx án sát an tưởng thưởng chương lăng tàng tịch tướng`.split(/\s+/).filter(Boolean),
);
const PLACE_OR_ORG_FOLDED = new Set([...PLACE_OR_ORG].map((w) => foldText(w)));

/** Well-known names used for streets, districts, schools and places; folded. */
const PUBLIC_NAMES = new Set(
  [
    'ho chi minh', 'tran hung dao', 'le loi', 'ly thuong kiet', 'nguyen trai', 'nguyen hue', 'le duan', 'hoang hoa tham',
    'phan boi chau', 'phan chu trinh', 'vo thi sau', 'nguyen thi minh khai', 'tran phu', 'le thanh tong', 'nguyen du',
    'ton duc thang', 'vo nguyen giap', 'pham van dong', 'le van luong', 'nguyen van cu', 'nguyen van linh', 'tran van thoi',
    'ly tu trong', 'ngo quyen', 'le chan', 'hoang mai', 'le hong phong', 'nguyen chi thanh', 'tran duy hung', 'pham hung',
    'le van sy', 'nguyen dinh chieu', 'ho tung mau', 'tran quoc toan', 'le quy don', 'chu van an', 'nguyen binh khiem',
    'tran quang khai', 'lac long quan', 'hai ba trung', 'ba trieu', 'dinh tien hoang', 'ly thai to', 'le dai hanh',
    'tran nhan tong', 'nguyen tat thanh', 'vo van kiet', 'nguyen thai hoc', 'phan dinh phung', 'hoang dieu', 'cao thang',
    'ha noi', 'ha nam', 'ha tinh', 'ha giang', 'ha dong', 'lam dong', 'cao bang', 'thai binh', 'thai nguyen', 'kim bang',
    'cao lanh', 'mai chau', 'luong son', 'ly nhan', 'vu thu', 'vo nhai', 'mai son', 'kim son', 'hong bang', 'thach that',
  ].map((s) => s),
);

/** Folded phrases that open a run of capitalized words without naming anyone ("CHU NGHIA VIET NAM", "HO SO"). */
const PUBLIC_PREFIXES = [
  'chu nghia', 'ho so', 'dang ky', 'doan thanh nien', 'dao tao', 'mai tang', 'ly lich', 'ha tang', 'ly do', 'luong huu',
  'giang vien', 'tong cong', 'tong hop', 'van ban', 'van phong', 'cao dang', 'dong thap',
];

const HONORIFICS = new Set(['ông', 'bà', 'anh', 'chị', 'em', 'cháu', 'cô', 'chú', 'cụ', 'bác', 'ong', 'ba', 'chi', 'chau', 'co', 'chu', 'cu', 'bac', 'mr', 'ms', 'mrs']);
/** Honorifics typed without diacritics collide with common words, so they need a surname after them. */
const ASCII_HONORIFICS = new Set(['ong', 'ba', 'chi', 'chau', 'co', 'chu', 'cu', 'bac']);

/** Look-ups of the word text[s, e) without slicing it (the hot path of name recognition). */
export const lexiconAt = {
  /** Computes the word's hashes; the is* functions below read them. */
  word(text: string, s: number, e: number): void {
    keyAt(text, s, e);
  },
  isSurname: (): boolean => hasKey(SURNAMES),
  isNameSyllable: (): boolean => hasKey(NAME_SYLLABLES) || hasKey(SURNAMES),
  isNameStop: (): boolean => NAME_STOP_HASHES.has(keyExact),
};

export const lexicon = {
  isSurname: (w: string) => has(SURNAMES, w),
  isNameSyllable: (w: string) => has(NAME_SYLLABLES, w) || has(SURNAMES, w),
  isNameStop: (w: string) => NAME_STOP_WORDS.has(w.toLowerCase()),
  isPlaceOrOrgWord: (w: string) => {
    const lower = w.toLowerCase();
    return PLACE_OR_ORG.has(lower) || (isAscii(lower) && PLACE_OR_ORG_FOLDED.has(lower));
  },
  isPublicName: (foldedName: string) =>
    PUBLIC_NAMES.has(foldedName) || PUBLIC_PREFIXES.some((p) => foldedName === p || foldedName.startsWith(`${p} `)),
  isHonorific: (w: string) => HONORIFICS.has(w.toLowerCase()),
  isAsciiHonorific: (w: string) => ASCII_HONORIFICS.has(w),
};

/** Surnames in the spellings a document shows: Title, UPPER, and both without diacritics. */
export function surnameSpellings(): string[] {
  const out = new Set<string>();
  for (const s of SURNAMES.exact) {
    const f = foldText(s);
    for (const w of [s, f]) {
      out.add(w.charAt(0).toUpperCase() + w.slice(1));
      out.add(w.toUpperCase());
    }
  }
  return [...out].sort((a, b) => b.length - a.length);
}
