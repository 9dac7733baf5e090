import { describe, expect, it } from 'vitest';
import { classifyDocument, extractFields, minimumMetadata, warningText } from '../../../src/core/extract/index.ts';
import type { SourceText } from '../../../src/core/extract/types.ts';
import { metadataSchema } from '../../../src/core/result/schema.ts';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const text = (t: string, origin: SourceText['origin'] = 'pdf-text', extra: Partial<SourceText> = {}): SourceText => ({ origin, pairs: [], text: t, ...extra });

const cccdText = [
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'CĂN CƯỚC CÔNG DÂN',
  'Số / No.: 001203012345',
  'Họ và tên / Full name:',
  'NGUYỄN VĂN AN',
  'Ngày sinh / Date of birth: 05/03/2003',
  'Giới tính / Sex: Nam   Quốc tịch / Nationality: Việt Nam',
  'Quê quán / Place of origin:',
  'Xã Phú Mỹ, huyện Phú Vang, tỉnh Thừa Thiên Huế',
  'Nơi thường trú / Place of residence: Số 12 Lê Lợi, phường Hàng Bạc,',
  'quận Hoàn Kiếm, Hà Nội',
  'Có giá trị đến: 05/03/2028',
].join('\n');

describe('extractFields on free text', () => {
  it('reads Label: value lines, labels alone on a line, several labels per line and wrapped addresses', () => {
    const ex = extractFields(text(cccdText), { today: '2024-01-01' });
    expect(ex.type).toBe('can_cuoc');
    expect(ex.fields).toEqual({
      so_dinh_danh: '001203012345',
      ho_ten: 'NGUYỄN VĂN AN',
      ngay_sinh: '2003-03-05',
      gioi_tinh: 'Nam',
      quoc_tich: 'Việt Nam',
      que_quan: 'Xã Phú Mỹ, huyện Phú Vang, tỉnh Thừa Thiên Huế',
      noi_thuong_tru: 'Số 12 Lê Lợi, phường Hàng Bạc, quận Hoàn Kiếm, Hà Nội',
      co_gia_tri_den: '2028-03-05',
    });
    expect(ex.warnings).toEqual([]);
  });

  it('understands civil-status phrasing without colons', () => {
    const ex = extractFields(text('GIẤY KHAI SINH\nHọ và tên: LÊ VĂN TÁM\nSinh ngày 05 tháng 03 năm 2003\nGiới tính Nam'), { today: '2024-01-01' });
    expect(ex.type).toBe('giay_khai_sinh');
    expect(ex.fields.ngay_sinh).toBe('2003-03-05');
    expect(ex.fields.gioi_tinh).toBe('Nam');
  });

  it('keeps a husband\'s data out of the wife\'s fields', () => {
    const ex = extractFields(text([
      'GIẤY CHỨNG NHẬN KẾT HÔN', 'Số: 12', 'Chồng', 'Họ, chữ đệm, tên: TRẦN VĂN BA', 'Ngày sinh: 01/02/1990',
      'Vợ', 'Họ, chữ đệm, tên: LÊ THỊ TƯ', 'Ngày sinh: 03/04/1992', 'Nơi đăng ký: UBND xã A', 'Ngày đăng ký: 05/06/2020',
    ].join('\n')));
    expect(ex.fields).toMatchObject({ chong_ho_ten: 'TRẦN VĂN BA', chong_ngay_sinh: '1990-02-01', vo_ho_ten: 'LÊ THỊ TƯ', vo_ngay_sinh: '1992-04-03', noi_dang_ky: 'UBND xã A', ngay_dang_ky: '2020-06-05' });
  });

  it('lowers confidence for OCR text and for repaired values, and says so', () => {
    const ex = extractFields(text('CĂN CƯỚC CÔNG DÂN\nSố: OO12O3Ol2345\nHọ và tên: NGUYỄN VĂN AN\nNgày sinh: 05/03/2003', 'ocr', { confidence: 0.9 }), { today: '2024-01-01' });
    expect(ex.fields.so_dinh_danh).toBe('001203012345');
    expect(ex.warnings).toContainEqual(expect.objectContaining({ field: 'so_dinh_danh', code: 'ocr_repaired' }));
    expect(ex.confidence.so_dinh_danh).toBeLessThan(ex.confidence.ho_ten!);
    expect(ex.confidence.ho_ten).toBeLessThan(1);
  });

  it('warns about an identifier that disagrees with the birth date, without echoing values', () => {
    const ex = extractFields(text('CĂN CƯỚC CÔNG DÂN\nSố định danh cá nhân: 001203012345\nNgày sinh: 05/03/2004\nGiới tính: Nữ'), { today: '2024-01-01' });
    const codes = ex.warnings.map((w) => w.code);
    expect(codes).toContain('id_birth_year_mismatch');
    expect(codes).toContain('id_gender_mismatch');
    for (const w of ex.warnings) expect(w.message).not.toMatch(/001203012345|2004/);
  });

  it('returns null type with the fields it could find for an unknown document', () => {
    const ex = extractFields(text('PHIẾU GHI CHÉP\nHọ và tên: Trần Văn Ba\nNgày sinh: 01/02/1990\nSố: 15'));
    expect(ex.type).toBeNull();
    expect(ex.fields).toEqual({ ho_ten: 'TRẦN VĂN BA', ngay_sinh: '1990-02-01' });
    expect(ex.warnings.map((w) => w.code)).toContain('type_unknown');
  });

  it('honours the type the official chose', () => {
    const ex = extractFields(text('Họ và tên: Trần Văn Ba\nSố: 15/2020'), { type: 'giay_khai_sinh' });
    expect(ex.type).toBe('giay_khai_sinh');
    expect(ex.typeConfidence).toBe(1);
    expect(ex.fields.so).toBe('15/2020');
  });
});

describe('checked sources', () => {
  it('let the QR code win over printed text and flag the field', () => {
    const ex = extractFields(text('CĂN CƯỚC CÔNG DÂN\nSố: 001203012346\nHọ và tên: NGUYỄN VĂN AM\nNgày sinh: 05/03/2003', 'ocr'), {
      checked: [{ source: 'qr', type: 'can_cuoc', fields: { so_dinh_danh: '001203012345', ho_ten: 'NGUYỄN VĂN AN', ngay_sinh: '05032003', gioi_tinh: 'Nam' } }],
      today: '2024-01-01',
    });
    expect(ex.fields).toMatchObject({ so_dinh_danh: '001203012345', ho_ten: 'NGUYỄN VĂN AN', ngay_sinh: '2003-03-05', gioi_tinh: 'Nam' });
    const overridden = ex.warnings.filter((w) => w.code === 'checked_source_override').map((w) => w.field).sort();
    expect(overridden).toEqual(['ho_ten', 'so_dinh_danh']);
    expect(ex.confidence.so_dinh_danh).toBeGreaterThan(0.95);
  });

  it('supply the type when the text alone does not tell', () => {
    const ex = extractFields(text('IDVNM...'), { checked: [{ source: 'mrz', type: 'can_cuoc', fields: { so_dinh_danh: '001203012345' } }] });
    expect(ex.type).toBe('can_cuoc');
    expect(ex.fields.so_dinh_danh).toBe('001203012345');
  });
});

describe('classifyDocument', () => {
  it('prefers the title, tolerating case and missing diacritics', () => {
    expect(classifyDocument(text('giay chung nhan ket hon\nSo: 1')).type).toBe('giay_chung_nhan_ket_hon');
    expect(classifyDocument(text('TRÍCH LỤC KHAI TỬ')).type).toBe('trich_luc_khai_tu');
    expect(classifyDocument(text('GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH')).type).toBe('dang_ky_ho_kinh_doanh');
  });
  it('falls back on labels that only one type uses', () => {
    const c = classifyDocument(text('Hạng: B2\nHọ tên: A\nCó giá trị đến: 01/01/2030\nNgày sinh: 01/01/1990'));
    expect(c.type).toBe('giay_phep_lai_xe');
    expect(c.confidence).toBeGreaterThan(0);
  });
  it('returns null for something else', () => {
    expect(classifyDocument(text('Thực đơn tuần này: cơm, canh, cá kho')).type).toBeNull();
  });
});

describe('minimumMetadata', () => {
  it('fills Art. 9.2 items from the catalog mapping', () => {
    const m = minimumMetadata('can_cuoc', { so_dinh_danh: '001203012345', ngay_cap: '2021-08-10', co_gia_tri_den: '2028-03-05', co_quan_cap: 'Bộ Công an' });
    expect(m).toEqual({ documentTypeCode: 'can_cuoc', ownerId: '001203012345', name: 'Căn cước công dân / Thẻ căn cước', number: '001203012345', issueDate: '2021-08-10', issuer: 'Bộ Công an', summary: null, validUntil: '2028-03-05', scope: null });
    expect(metadataSchema.safeParse(m).success).toBe(true);
  });
  it('leaves missing items null and keeps the schema valid', () => {
    const m = minimumMetadata('giay_khai_sinh', { so: '125/2003', ngay_dang_ky: '20/03/2003' });
    expect(m).toMatchObject({ ownerId: null, number: '125/2003', issueDate: null, issuer: null, validUntil: null });
    expect(metadataSchema.safeParse(m).success).toBe(true);
    expect(minimumMetadata('quyet_dinh_hanh_chinh', { trich_yeu: 'cấp phép' }).summary).toBe('cấp phép');
  });
  it('refuses an unknown type', () => {
    expect(() => minimumMetadata('nope', {})).toThrow(/unknown document type/);
  });
});

describe('warning texts', () => {
  it('have Vietnamese and English for every code extraction emits', () => {
    const root = join(import.meta.dirname, '../../../src/core');
    const src = ['extract', 'normalize', 'validate', 'text']
      .flatMap((d) => readdirSync(join(root, d)).filter((f) => f.endsWith('.ts') && f !== 'warning-text.ts').map((f) => readFileSync(join(root, d, f), 'utf8')))
      .join('\n');
    const emitted = new Set([...src.matchAll(/code: '([a-z_]+)'|warning: '([a-z_]+)'/g)].map((m) => (m[1] ?? m[2])!));
    expect(emitted.size).toBeGreaterThan(10);
    for (const c of emitted) {
      expect(warningText[c]?.vi, c).toBeTruthy();
      expect(warningText[c]?.en, c).toBeTruthy();
    }
  });
});

describe('extractFields on OCR text of a chip ID card', () => {
  const front = [
    'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'SOCIALIST REPUBLIC OF VIET NAM', 'Independence - Freedom - Happiness',
    'CĂN CƯỚC CÔNG DÂN', 'Citizen Identity Card', 'Số / No.: 0O12O3012345', 'Họ và tên / Full name:', 'NGUYỄN VĂN AN',
    'Ngay sinh / Date of birth; O5/03/2003', 'Giới tính / Sex: Nam Quốc tịch / Nationality: Việt Nam', 'Quê quán / Place of origin:',
    'Phú Vang, Thừa Thiên Huế', 'Nơi thường trú / Place of residence: 12 Lê Lợi', 'Hàng Bạc, Hoàn Kiếm, Hà Nội',
    'Có giá trị đến: 05/03/2028',
    'Đặc điểm nhân dạng / Personal identification: Sẹo chấm C: 1cm dưới sau mép trái',
    'Ngày, tháng, năm / Date, month, year: 10/08/2021',
    'CỤC TRƯỞNG CỤC CẢNH SÁT QUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI',
    'IDVNM2030123451001203012345<<2',
  ].join('\n');

  it('reads every field despite OCR noise', () => {
    const ex = extractFields(text(front, 'ocr', { confidence: 0.85 }), { today: '2024-01-01' });
    expect(ex.type).toBe('can_cuoc');
    expect(ex.fields).toEqual({
      so_dinh_danh: '001203012345', ho_ten: 'NGUYỄN VĂN AN', ngay_sinh: '2003-03-05', gioi_tinh: 'Nam', quoc_tich: 'Việt Nam',
      que_quan: 'Phú Vang, Thừa Thiên Huế', noi_thuong_tru: '12 Lê Lợi Hàng Bạc, Hoàn Kiếm, Hà Nội', co_gia_tri_den: '2028-03-05',
      ngay_cap: '2021-08-10', co_quan_cap: 'CỤC CẢNH SÁT QUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI',
    });
    for (const c of Object.values(ex.confidence)) expect(c).toBeLessThanOrEqual(0.85);
  });
});

describe('checked sources and diacritics', () => {
  it('keep the printed diacritics when the QR agrees except for them, without a warning', () => {
    const ex = extractFields(text('CĂN CƯỚC CÔNG DÂN\nHọ và tên: Nguyễn Văn An'), {
      checked: [{ source: 'qr', type: 'can_cuoc', fields: { ho_ten: 'NGUYEN VAN AN' } }],
    });
    expect(ex.fields.ho_ten).toBe('NGUYỄN VĂN AN');
    expect(ex.warnings.map((w) => w.code)).not.toContain('checked_source_override');
  });
});

describe('labels broken over lines', () => {
  it('joins a label split across two lines', () => {
    const ex = extractFields(text('CĂN CƯỚC CÔNG DÂN\nNơi thường\ntrú: Thôn A, xã B\nNgày, tháng,\nnăm sinh: 01/02/1990'));
    expect(ex.fields.noi_thuong_tru).toBe('Thôn A, xã B');
    expect(ex.fields.ngay_sinh).toBe('1990-02-01');
  });
});
