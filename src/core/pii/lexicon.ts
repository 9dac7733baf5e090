// Word lists for names and addresses. Words are kept lower-case with their
// diacritics; a word typed without any diacritics is compared in folded form,
// so "Nguyen" matches "nguyễn" but "Đồng" does not match "đông".
import { FOLD_TABLE, LOWER_TABLE, foldText } from './fold.ts';
import { IntTable } from './int-table.ts';
import { isSpace } from './charclass.ts';

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;
/** Hashes are cut to 30 bits so they stay small integers. */
const HASH_MASK = 0x3fffffff;

function hashOf(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h & HASH_MASK;
}

const words = (list: string): string[] => list.split(/\s+/).filter(Boolean);

const SURNAMES = words(`
  nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đinh đào đoàn lâm mai trịnh
  trương cao lưu hà tạ tô thái quách lương la vương tăng châu kiều lại tiêu giang khúc tôn chu thạch
  triệu ứng âu diệp lữ nghiêm phùng quan tống bạch kim hứa lò hầu mạc lục đàm nông phí thân lã vi
  từ khổng cù doãn khương mẫn bế đậu lạc lưu văn ninh tiết trình viên hàn đường mã
`);

// Given and middle name syllables common enough to recognize a name without a label.
const NAME_SYLLABLES = words(`
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
const NAME_STOP_WORDS = words(
  `sinh giới ngày nơi số địa điện sđt đt cccd cmnd cmt email mã trú hiện thường nghề dân quê ubnd hđnd xã phường
   quận huyện tỉnh tp trấn đường phố con vợ chồng ông bà chị em cháu mẹ cha bố người tại là và của đề kính nộp
   đã theo họ tháng thôn ấp tổ khu mst bhxh bhyt stk căn giấy điều khoản sở phòng ban bộ cục hàng ty tnhh dntn
   hộ cộng độc sơ đơn tờ khai cấp ký sao lục trích ủy thủ tục kết quả biên nhận trưởng phó giám đốc chủ tịch pháp
   luật bản male female full name đến có được làm đi ở tới gửi lúc hẹn sáng chiều tối thứ trước sau với cho`,
);

/** Previous words after which capitalized words name a place or an organization, not a person. */
const PLACE_OR_ORG = words(
  `đường phố phường xã quận huyện tỉnh tp tp. thành thị trấn thôn xóm ấp bản khu kp tổ ngõ ngách hẻm kiệt
   trường thpt thcs th non học bệnh viện bv trạm cầu chùa đình thờ bay xe ga cảng ty tnhh cty
   ubnd hđnd sở phòng ban bộ cục đội đoàn htx án sát an tưởng thưởng chương lăng tàng tịch tướng`,
);

/** Well-known names used for streets, districts, schools and places; folded. */
const PUBLIC_NAMES = [
    'ho chi minh', 'tran hung dao', 'le loi', 'ly thuong kiet', 'nguyen trai', 'nguyen hue', 'le duan', 'hoang hoa tham',
    'phan boi chau', 'phan chu trinh', 'vo thi sau', 'nguyen thi minh khai', 'tran phu', 'le thanh tong', 'nguyen du',
    'ton duc thang', 'vo nguyen giap', 'pham van dong', 'le van luong', 'nguyen van cu', 'nguyen van linh', 'tran van thoi',
    'ly tu trong', 'ngo quyen', 'le chan', 'hoang mai', 'le hong phong', 'nguyen chi thanh', 'tran duy hung', 'pham hung',
    'le van sy', 'nguyen dinh chieu', 'ho tung mau', 'tran quoc toan', 'le quy don', 'chu van an', 'nguyen binh khiem',
    'tran quang khai', 'lac long quan', 'hai ba trung', 'ba trieu', 'dinh tien hoang', 'ly thai to', 'le dai hanh',
    'tran nhan tong', 'nguyen tat thanh', 'vo van kiet', 'nguyen thai hoc', 'phan dinh phung', 'hoang dieu', 'cao thang',
    'ha noi', 'ha nam', 'ha tinh', 'ha giang', 'ha dong', 'lam dong', 'cao bang', 'thai binh', 'thai nguyen', 'kim bang',
    'cao lanh', 'mai chau', 'luong son', 'ly nhan', 'vu thu', 'vo nhai', 'mai son', 'kim son', 'hong bang', 'thach that',
];

/** Folded phrases that open a run of capitalized words without naming anyone ("CHU NGHIA VIET NAM", "HO SO"). */
const PUBLIC_PREFIXES = [
  'chu nghia', 'ho so', 'dang ky', 'doan thanh nien', 'dao tao', 'mai tang', 'ly lich', 'ha tang', 'ly do', 'luong huu',
  'giang vien', 'tong cong', 'tong hop', 'van ban', 'van phong', 'cao dang', 'dong thap',
];

const HONORIFICS = ['ông', 'bà', 'anh', 'chị', 'em', 'cháu', 'cô', 'chú', 'cụ', 'bác', 'ong', 'ba', 'chi', 'chau', 'co', 'chu', 'cu', 'bac', 'mr', 'ms', 'mrs'];
/** Honorifics typed without diacritics collide with common words, so they need a surname after them. */
const ASCII_HONORIFICS = ['ong', 'ba', 'chi', 'chau', 'co', 'chu', 'cu', 'bac'];

// Every list in one table, by the hash of a word's lower-case spelling ("exact") and of its folded
// spelling; a word typed without any diacritics is compared in folded form.
const SURNAME = 1, SURNAME_FOLDED = 2, SYLLABLE = 4, SYLLABLE_FOLDED = 8, STOP = 16, HONORIFIC = 32,
  ASCII_HONORIFIC = 64, PLACE = 128, PLACE_FOLDED = 256, PUBLIC_NAME = 512, PUBLIC_PREFIX = 1024, PUBLIC_FIRST = 2048, PUBLIC_PAIR = 4096,
  STOP_FOLDED = 8192, HONORIFIC_PUBLIC = 16384;
const table = new Map<number, number>();
const add = (list: readonly string[], exact: number, folded = 0): void => {
  const set = (h: number, flag: number): void => void table.set(h, (table.get(h) ?? 0) | flag);
  for (const w of list) {
    set(hashOf(w), exact);
    if (folded) set(hashOf(foldText(w)), folded);
  }
};
add(SURNAMES, SURNAME, SURNAME_FOLDED);
add(NAME_SYLLABLES, SYLLABLE, SYLLABLE_FOLDED);
add(NAME_STOP_WORDS, STOP, STOP_FOLDED);
add(HONORIFICS, HONORIFIC);
add(ASCII_HONORIFICS, ASCII_HONORIFIC);
add(PLACE_OR_ORG, PLACE, PLACE_FOLDED);
add(PUBLIC_NAMES, PUBLIC_NAME);
add(PUBLIC_PREFIXES, PUBLIC_PREFIX);
// Every public name and prefix has two words or more: a phrase whose first word, or first two words,
// open none of them is not public (isPublicName stops reading it there).
const publicWords = [...PUBLIC_NAMES, ...PUBLIC_PREFIXES].map((p) => p.split(' '));
add(publicWords.map((w) => w[0]!), PUBLIC_FIRST);
add(publicWords.map((w) => `${w[0]!} ${w[1]!}`), PUBLIC_PAIR);
// Honorifics whose folded spelling can open a public name or prefix ("bà" in "ba trieu", "chú" in
// "chu van an"): isPublicName with any other honorific before the name is false without reading it.
for (const w of HONORIFICS) {
  if (((table.get(hashOf(foldText(w))) ?? 0) & (PUBLIC_FIRST | PUBLIC_PREFIX | PUBLIC_NAME)) !== 0) {
    table.set(hashOf(w), (table.get(hashOf(w)) ?? 0) | HONORIFIC_PUBLIC);
  }
}
const LEXICON = new IntTable(table);

// A filter of the stop words' hashes (one bit per hash's low 11 bits, 256 bytes): after a label,
// only stop words matter, and most words of a name are ruled out without a table look-up.
const STOP_FILTER = new Int32Array(64);
for (const w of NAME_STOP_WORDS) {
  const h = hashOf(w);
  STOP_FILTER[(h >>> 5) & 63]! |= 1 << (h & 31);
}
// The same filters of folded hashes (the scanner's token hashes): of the stop words (mayBeStopWord),
// of the surnames and given-name syllables (mayBeNameSyllable) and of the place words (mayBePlaceWord).
// Most words they are asked about are none: ruled out on 256 bytes that stay cached, where the table
// look-up reads two cold cache lines.
const foldedFilter = (...lists: (readonly string[])[]): Int32Array => {
  const filter = new Int32Array(64);
  for (const list of lists) {
    for (const w of list) {
      const h = hashOf(foldText(w));
      filter[(h >>> 5) & 63]! |= 1 << (h & 31);
    }
  }
  return filter;
};
const STOP_FOLDED_FILTER = foldedFilter(NAME_STOP_WORDS);
const SYLLABLE_FOLDED_FILTER = foldedFilter(SURNAMES, NAME_SYLLABLES);
const PLACE_FOLDED_FILTER = foldedFilter(PLACE_OR_ORG);

/**
 * Flags of the word text[s, e) as the last lexiconAt.word() found them: those of its lower-case
 * spelling, and those of its folded spelling when it is pure ASCII (the same hash then).
 */
let exactFlags = 0;
let foldedFlags = 0;

function lookUp(text: string, s: number, e: number): void {
  let h = FNV_OFFSET;
  let codes = 0; // every code unit or-ed: ASCII when at most 127 (no branch on each unit, which Vietnamese makes unpredictable)
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    codes |= c;
    h = Math.imul(h ^ (c < 0x1f00 ? LOWER_TABLE[c]! : c), FNV_PRIME);
  }
  exactFlags = LEXICON.get(h & HASH_MASK);
  // For ASCII, lower case and folding agree: one look-up gives both.
  foldedFlags = codes <= 127 ? exactFlags : 0;
}

/** Start and step of the hash lexiconAt.hashed() takes: a word's lower-case spelling, code unit by code unit. */
export const WORD_HASH_START = FNV_OFFSET;
/** What the hash takes of the code unit `c`: its lower case below U+1F00. */
export function wordHashInput(c: number): number {
  return c < 0x1f00 ? LOWER_TABLE[c]! : c;
}
/** One step of the hash, for a code unit already through wordHashInput(). */
export function wordHashStepLower(h: number, input: number): number {
  return Math.imul(h ^ input, FNV_PRIME);
}

// Hash of a phrase folded with its runs of spaces collapsed (foldText(...).replace(/\s+/g, ' ')), built
// piece by piece; `prefixHit` records a public prefix followed by a space along the way. The first
// word and the first two words are checked as they end: `phraseWords` counts the words that ended,
// and `phraseDead` says the phrase opens no public name (the rest is not read).
let phraseHash = FNV_OFFSET;
let phraseSpace = false;
let prefixHit = false;
let phraseWords = 0;
let phraseDead = false;

function phraseStart(): void {
  phraseHash = FNV_OFFSET;
  phraseSpace = false;
  prefixHit = false;
  phraseWords = 0;
  phraseDead = false;
}

function phraseAdd(text: string, s: number, e: number): void {
  if (phraseDead) return;
  let h = phraseHash;
  let space = phraseSpace;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      space = true;
      continue;
    }
    if (space) {
      const flags = LEXICON.get(h & HASH_MASK);
      if (flags & PUBLIC_PREFIX) prefixHit = true;
      if (phraseWords < 2 && (flags & (phraseWords === 0 ? PUBLIC_FIRST : PUBLIC_PAIR)) === 0) {
        phraseDead = true;
        return;
      }
      phraseWords++;
      h = Math.imul(h ^ 32, FNV_PRIME);
      space = false;
    }
    h = Math.imul(h ^ (c < 0x1f00 ? FOLD_TABLE[c]! : c), FNV_PRIME);
  }
  phraseHash = h;
  phraseSpace = space;
}

function phraseIsPublic(): boolean {
  if (phraseDead) return prefixHit;
  if (phraseSpace) {
    if (LEXICON.get(phraseHash & HASH_MASK) & PUBLIC_PREFIX) prefixHit = true;
    phraseHash = Math.imul(phraseHash ^ 32, FNV_PRIME);
  }
  return prefixHit || (LEXICON.get(phraseHash & HASH_MASK) & (PUBLIC_NAME | PUBLIC_PREFIX)) !== 0;
}

/** Look-ups of the word text[s, e) without slicing it (the hot path of name recognition). */
export const lexiconAt = {
  /** Looks the word up; the is* functions below read what it found. */
  word(text: string, s: number, e: number): void {
    lookUp(text, s, e);
  },
  /** Looks up a word by the hash its matcher built with wordHashInput() and wordHashStepLower(); `ascii`: it has no code unit above 127. */
  hashed(h: number, ascii: boolean): void {
    exactFlags = LEXICON.get(h & HASH_MASK);
    foldedFlags = ascii ? exactFlags : 0;
  },
  /** Looks up the word from `s` to the first space or tab (or `limit`), and returns where it ends. */
  wordToBlank(text: string, s: number, limit: number): number {
    let h = FNV_OFFSET;
    let codes = 0; // (as in lookUp)
    let i = s;
    for (; i < limit; i++) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9) break;
      codes |= c;
      h = Math.imul(h ^ (c < 0x1f00 ? LOWER_TABLE[c]! : c), FNV_PRIME);
    }
    exactFlags = LEXICON.get(h & HASH_MASK);
    foldedFlags = codes <= 127 ? exactFlags : 0;
    return i;
  },
  /**
   * False when no surname or given-name syllable folds to the scanner's hash `h` of a word (its
   * folded spelling, see wordHash in scan.ts): the word is then no name syllable, in any spelling,
   * without reading it. True says nothing (the exact spelling is still to be looked up).
   */
  mayBeNameSyllable: (h: number): boolean =>
    (SYLLABLE_FOLDED_FILTER[(h >>> 5) & 63]! & (1 << (h & 31))) !== 0 && (LEXICON.get(h) & (SYLLABLE_FOLDED | SURNAME_FOLDED)) !== 0,
  /** Like mayBeNameSyllable, for stop words (isNameStop): a filter, then the table. */
  mayBeStopWord: (h: number): boolean =>
    (STOP_FOLDED_FILTER[(h >>> 5) & 63]! & (1 << (h & 31))) !== 0 && (LEXICON.get(h) & STOP_FOLDED) !== 0,
  /** Like mayBeNameSyllable, for place and organization words (isPlaceOrOrgWord). */
  mayBePlaceWord: (h: number): boolean =>
    (PLACE_FOLDED_FILTER[(h >>> 5) & 63]! & (1 << (h & 31))) !== 0 && (LEXICON.get(h) & PLACE_FOLDED) !== 0,
  isSurname: (): boolean => (exactFlags & SURNAME) !== 0 || (foldedFlags & SURNAME_FOLDED) !== 0,
  isNameSyllable: (): boolean =>
    (exactFlags & (SYLLABLE | SURNAME)) !== 0 || (foldedFlags & (SYLLABLE_FOLDED | SURNAME_FOLDED)) !== 0,
  isNameStop: (): boolean => (exactFlags & STOP) !== 0,
  /** isNameStop() of the word hashed() would look up by `h`, without setting what the other is* read. */
  isStopHash: (h: number): boolean =>
    (STOP_FILTER[(h >>> 5) & 63]! & (1 << (h & 31))) !== 0 && (LEXICON.get(h & HASH_MASK) & STOP) !== 0,
  isHonorific: (): boolean => (exactFlags & HONORIFIC) !== 0,
  /** An honorific typed in ASCII ("ong", "ba"), which needs a surname after it. */
  isAsciiHonorific: (): boolean => (foldedFlags & ASCII_HONORIFIC) !== 0,
  /** False for an honorific that cannot open a public name (isPublicName with it before a name is then false). */
  mayOpenPublicName: (): boolean => (exactFlags & HONORIFIC_PUBLIC) !== 0,
  isPlaceOrOrgWord: (): boolean => (exactFlags & PLACE) !== 0 || (foldedFlags & PLACE_FOLDED) !== 0,
  /**
   * True when text[s, e), folded with its runs of spaces collapsed, is a well-known public name or
   * opens with a public prefix ("ho so ..."); preceded by text[hs, he) and a space when hs >= 0 (an
   * honorific). Computed without building the string.
   */
  isPublicName(text: string, hs: number, he: number, s: number, e: number): boolean {
    phraseStart();
    if (hs >= 0) {
      phraseAdd(text, hs, he);
      phraseAdd(' ', 0, 1);
    }
    phraseAdd(text, s, e);
    return phraseIsPublic();
  },
};

/** Surnames in the spellings a document shows: Title, UPPER, and both without diacritics. */
export function surnameSpellings(): string[] {
  const out = new Set<string>();
  for (const s of new Set(SURNAMES)) {
    const f = foldText(s);
    for (const w of [s, f]) {
      out.add(w.charAt(0).toUpperCase() + w.slice(1));
      out.add(w.toUpperCase());
    }
  }
  return [...out].sort((a, b) => b.length - a.length);
}
