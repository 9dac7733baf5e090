// What dossiers are full of and must stay readable: codes, document numbers,
// amounts, percentages (issue 4 point 2). A numeric candidate that touches one
// of these zones is dropped; labels of non-personal values veto nearby numbers.
import { L, LU, codeAt, inLU, isDigit } from './charclass.ts';

/** Folded labels of values that are not personal data (issue/expiry dates, dossier and receipt numbers, fees...). */
export const nonPersonalLabels: readonly string[] = [
  // dates that are not dates of birth
  'ngay cap', 'cap ngay', 'noi cap', 'co gia tri den', 'gia tri den', 'gia tri su dung den', 'ngay het han', 'het han',
  'date of issue', 'date of expiry', 'ngay nop', 'nop ngay', 'ngay tiep nhan', 'ngay nhan', 'ngay hen tra', 'hen tra',
  'hen tra ket qua', 'ngay tra ket qua', 'ngay ky', 'ngay ban hanh', 'ngay hieu luc', 'co hieu luc tu', 'ngay dang ky',
  'khai sinh', 'dang ky khai sinh', 'ngay dang ky khai sinh', 'giay khai sinh', 'trich luc khai sinh', 'ngay chet', 'ngay mat',
  'ngay lap', 'ngay in', 'ngay so hoa', 'thoi gian',
  // words that contain "sinh" without being about a birth
  'hoc sinh', 'sinh vien', 'phat sinh', 've sinh', 'sinh hoat', 'tai sinh', 'hy sinh',
  // codes and numbers of the procedure
  'so ho so', 'ma ho so', 'so bien nhan', 'ma bien nhan', 'bien nhan so', 'giay bien nhan', 'so tiep nhan', 'ma tiep nhan',
  'ma thu tuc', 'ma tthc', 'ma co quan', 'ma don vi', 'ma ket qua', 'ma ket qua so hoa', 'ma so hoa', 'ma giay to',
  'so quyet dinh', 'quyet dinh so', 'so van ban', 'so hieu', 'so ky hieu', 'so luong', 'so trang', 'so ban', 'so thu tu', 'stt',
  'ma vach', 'ma qr', 'so seri', 'serial', 'so hoa don', 'ma giao dich', 'ma tra cuu', 'ma xac thuc', 'ma otp',
  // money
  // (single words that are also given names, such as Trang or Diệu, are left out: they would cut names)
  'so tien', 'le phi', 'tong tien', 'thanh tien', 'don gia', 'muc thu', 'to so',
  // officials and agencies (their names and contacts are not the applicant's personal data)
  'can bo tiep nhan', 'nguoi tiep nhan', 'can bo xu ly', 'nguoi ky', 'chu tich', 'pho chu tich', 'giam doc', 'pho giam doc',
  'truong phong', 'pho truong phong', 'chanh van phong', 'can bo', 'cong chuc', 'chuyen vien', 'ky thay', 'thua lenh',
  'hotline', 'duong day nong', 'tong dai', 'fax', 'so fax',
  'dia chi kinh doanh', 'dia diem kinh doanh', 'dia chi tru so', 'tru so', 'tru so chinh', 'dia chi co quan', 'dia diem tiep nhan',
  'noi tiep nhan', 'noi nop', 'dia chi website', 'website', 'cong thong tin',
  // other fields of a person that are no recognizer's type: they end a name or an address before them
  'gioi tinh', 'quoc tich', 'dan toc', 'ton giao', 'nghe nghiep', 'trinh do', 'tinh trang hon nhan', 'quan he',
  'sex', 'nationality',
  // names that are not people
  'ten thu tuc', 'ten giay to', 'ten co quan', 'ten to chuc', 'ten doanh nghiep', 'ten don vi', 'ten van ban', 'ten ho so',
  'ten cong ty', 'ten ho kinh doanh', 'ten tai lieu', 'ten tep', 'ten file', 'ten dang nhap', 'ten duong', 'ten goi tat',
];

// Agency code (QCVN 102:2016) with optional dossier suffix, procedure code,
// document numbers (123/QĐ-UBND, 45/2020/NĐ-CP), amounts with a unit, percentages.
// Every zone starts with a digit, so the regex is tried (sticky) only at digit runs near a candidate.
export const ZONE_RE = new RegExp(
  [
    String.raw`\d{3}\.\d{2}\.\d{2}\.[GHgh]\d{2}(?:-\d{6}-\d{3,6})?`,
    String.raw`(?<![\d.])\d\.\d{6}(?:\.\d{3}\.\d{2}\.\d{2}\.[GHgh]\d{2})?(?![\d])`,
    String.raw`(?<![${L}0-9])\d{1,6}(?:\/\d{4})?\/[${LU}][${LU}\d]*(?:[-–][${LU}\d]+)*`,
    String.raw`\d{1,3}(?:[.,]\d{3})+(?:,\d+)?[ \t]?(?:đồng|đ|VNĐ|VND|vnđ|vnd|₫|dong)(?![${L}])`,
    // "ngan" without diacritics is only "ngàn" before "dong" ("ngân hàng" folds the same)
    String.raw`\d+(?:[.,]\d+)?[ \t]?(?:triệu|nghìn|ngàn|tỷ|trieu|nghin|ty|ngan(?=[ \t]*dong))(?![${L}])`,
    String.raw`\d+(?:[.,]\d+)?[ \t]?%`,
  ].join('|'),
  'y',
);

/** Characters a code or an amount is made of, without spaces. */
function codeChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 44 || c === 47 || c === 45 || c === 0x110 || c === 0x111;
}

/**
 * A unit of ZONE_RE at `pos`, after one space or tab at most: '%', a word in "tr"/"ty"/"tỷ" or "ng"
 * (triệu, tỷ, nghìn, ngàn...), and with `money` (after groups of digits) a currency (đồng, đ, VNĐ, ₫...).
 */
function unitAt(text: string, pos: number, money: boolean): boolean {
  let p = pos;
  let c = codeAt(text, p);
  if (c === 32 || c === 9) c = codeAt(text, ++p);
  if (c === 37) return true;
  const d = codeAt(text, p + 1);
  if (c === 116) return d === 114 || d === 121 || d === 0x1ef7;
  if (c === 110) return d === 103;
  if (!money) return false;
  return c === 0x111 || c === 0x20ab || (c === 86 && d === 78) || (c === 118 && d === 110) || (c === 100 && d === 111);
}

/**
 * Whether a zone of ZONE_RE may start at the digit run [pos, runEnd): a cheap, exact-or-looser test of
 * what every alternative needs after its first digits, so that most runs (dates, phones, IDs) skip the
 * regex; the regex stays the judge. After the run: '/' then a capital or 4 digits and '/' (document
 * numbers); '.' or ',' then digits, then more groups, a unit, or (1 digit, then 6) an agency code; or a unit.
 */
export function zoneMayFollow(text: string, pos: number, runEnd: number): boolean {
  const c = codeAt(text, runEnd);
  if (c === 47) {
    const d = codeAt(text, runEnd + 1);
    return isDigit(d) ? codeAt(text, runEnd + 5) === 47 : inLU(d);
  }
  if ((c === 46 || c === 44) && isDigit(codeAt(text, runEnd + 1))) {
    const run = runEnd - pos;
    if (run === 1) return true; // 1.234567 (agency code)
    let q = runEnd + 2;
    while (isDigit(codeAt(text, q))) q++;
    const group = q - runEnd - 1;
    // Only 1-3 digits open an amount in groups of 3 (or the 000.00.00.H00 code): more groups, or money.
    const grouped = run <= 3 && (group === 3 || (run === 3 && group === 2));
    const e = codeAt(text, q);
    if (grouped && (e === 46 || e === 44) && isDigit(codeAt(text, q + 1))) return true;
    return unitAt(text, q, grouped && group === 3);
  }
  return unitAt(text, runEnd, false);
}

/** True when [start, end) overlaps a protected zone (a code, document number, amount or percentage). */
export function zoneAround(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && codeChar(text.charCodeAt(from - 1))) from--;
  const n = text.length;
  // A zone starts at the start of a digit run (the code before `from` holds none).
  for (let p = from; p < end; ) {
    let c = text.charCodeAt(p);
    if (c < 48 || c > 57) {
      p++;
      continue;
    }
    let q = p + 1;
    while (q < n && (c = text.charCodeAt(q)) >= 48 && c <= 57) q++;
    // What zoneMayFollow needs after the run, first: '/', '.' or ',', or (after a space or tab at
    // most) '%', 't' or 'n'. Most runs of a value (phone groups, IDs) fail this one test.
    if (q < n) {
      if (c === 32 || c === 9) c = codeAt(text, q + 1);
      if ((c === 47 || c === 46 || c === 44 || c === 37 || c === 116 || c === 110) && zoneMayFollow(text, p, q)) {
        ZONE_RE.lastIndex = p;
        if (ZONE_RE.test(text) && ZONE_RE.lastIndex > start) return true;
      }
    }
    p = q;
  }
  return false;
}
