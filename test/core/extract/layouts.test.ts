// Layout variants the free-text and pair readers must survive: side-by-side
// person columns, labels broken over lines, MRZ lines, headings glued to the
// next labelled line, and OCR's misread administrative phrases.
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../../src/core/extract/index.ts';
import type { SourceText } from '../../../src/core/extract/types.ts';

const src = (text: string, origin: SourceText['origin'] = 'html', pairs: SourceText['pairs'] = []): SourceText => ({ origin, pairs, text });

describe('person columns', () => {
  const expected = {
    chong_ho_ten: 'ĐẶNG QUANG HUY', chong_ngay_sinh: '1995-05-05', chong_so_dinh_danh: '001095023456',
    vo_ho_ten: 'NGÔ THỊ THU TRANG', vo_ngay_sinh: '1997-12-21', vo_so_dinh_danh: '001197034567',
  };

  it('gives each value of a grid row (one cell per line) to the column heading above it', () => {
    const ex = extractFields(src([
      'GIẤY CHỨNG NHẬN KẾT HÔN', 'Số: 38', 'Chồng', 'Vợ',
      'Họ, chữ đệm, tên', 'ĐẶNG QUANG HUY', 'NGÔ THỊ THU TRANG',
      'Ngày, tháng, năm sinh', '05/05/1995', '21/12/1997',
      'Dân tộc', 'Kinh', 'Kinh',
      'Nơi cư trú', 'Thôn A, xã B', 'Thôn C, xã D',
      'Giấy tờ tùy thân', 'Căn cước công dân số 001095023456', 'Căn cước công dân số 001197034567',
      'Nơi đăng ký: Ủy ban nhân dân xã Tiên Dương',
      'Chồng', '(Đã ký)', 'Vợ', '(Đã ký)',
    ].join('\n')));
    expect(ex.fields).toEqual({ so: '38', ...expected, noi_dang_ky: 'Ủy ban nhân dân xã Tiên Dương' });
  });

  it('does the same for table rows read as tab-separated cells', () => {
    const ex = extractFields(src([
      'GIẤY CHỨNG NHẬN KẾT HÔN', 'Thông tin\tBên chồng\tBên vợ',
      'Họ, chữ đệm, tên\tĐẶNG QUANG HUY\tNGÔ THỊ THU TRANG',
      'Ngày sinh\t05/05/1995\t21/12/1997',
      'Số định danh cá nhân\t001095023456\t001197034567',
    ].join('\n'), 'pdf-text'));
    expect(ex.fields).toEqual(expected);
  });

  it('stops at a row whose values are missing rather than shifting them', () => {
    const ex = extractFields(src(['GIẤY CHỨNG NHẬN KẾT HÔN', 'Chồng', 'Vợ', 'Họ, chữ đệm, tên', 'TRẦN AN', 'Ngày sinh', '01/01/1990', '02/02/1992'].join('\n')));
    expect(ex.fields.vo_ho_ten).toBeUndefined();
    expect(ex.fields.chong_ngay_sinh).toBeUndefined();
  });
});

describe('labels and values in odd places', () => {
  it('joins a bilingual label broken over two lines (chip card back)', () => {
    const ex = extractFields(src('Đặc điểm nhân dạng /\nNốt ruồi\nNgày, tháng, năm / Date,\nmonth, year: 04/09/2021', 'ocr'), { type: 'can_cuoc' });
    expect(ex.fields.ngay_cap).toBe('2021-09-04');
  });

  it('never takes an MRZ line for a value', () => {
    const ex = extractFields(src([
      'Ngày, tháng, năm / Date, month, year: 04/09/2021', 'CỤC TRƯỞNG CỤC CẢNH SÁT', 'QUẢN LÝ HÀNH CHÍNH VỀ', 'TRẬT TỰ XÃ HỘI',
      'IDVNM1920044178038192004417<<<', '9206126F3206124VNM<<<<<<<<<<<9', 'LE<<THI<HONG<NHUNG<<<<<<<<<<<<',
    ].join('\n'), 'ocr', [{ label: 'Họ và tên', value: 'LE<<THI<HONG<NHUNG' }]), { type: 'can_cuoc' });
    expect(ex.fields.co_quan_cap).toBe('CỤC CẢNH SÁT QUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI');
    expect(ex.fields.ho_ten).toBeUndefined();
    for (const v of Object.values(ex.fields)) expect(v).not.toContain('<');
  });

  it('ignores a pair whose value is the next labelled line', () => {
    const ex = extractFields(src('GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH\n6. Chủ hộ kinh doanh:\nHọ và tên: TRỊNH VĂN LONG  Giới tính: Nam', 'html',
      [{ label: '6. Chủ hộ kinh doanh:', value: 'Họ và tên: TRỊNH VĂN LONG Giới tính: Nam' }]));
    expect(ex.fields.chu_ho_ho_ten).toBe('TRỊNH VĂN LONG');
  });

  it('does not take a signature placeholder for a name', () => {
    const ex = extractFields(src('GIẤY CHỨNG NHẬN KẾT HÔN\nChồng\n(Đã ký)\nVợ\n(Đã ký)'));
    expect(ex.fields.chong_ho_ten).toBeUndefined();
    expect(ex.fields.vo_ho_ten).toBeUndefined();
  });
});

describe('OCR phrase repair in extraction', () => {
  const text = 'ỦY BẠN NHÂN DÂN\nQUẬN CẦU GIẤY\nSố: 1572/QĐ-UBND\nQUYET ĐỊNH\nVề việc cấp giấy phép xây dựng';

  it('restores the issuer of a scanned decision and says so', () => {
    const ex = extractFields(src(text, 'ocr'));
    expect(ex.type).toBe('quyet_dinh_hanh_chinh');
    expect(ex.fields.co_quan_ban_hanh).toBe('ỦY BAN NHÂN DÂN QUẬN CẦU GIẤY');
    expect(ex.warnings.map((w) => w.code)).toContain('ocr_phrases_repaired');
  });

  it('leaves digital text as the paper wrote it', () => {
    const ex = extractFields(src(text, 'pdf-text'));
    expect(ex.fields.co_quan_ban_hanh).toBe('ỦY BẠN NHÂN DÂN QUẬN CẦU GIẤY');
    expect(ex.warnings.map((w) => w.code)).not.toContain('ocr_phrases_repaired');
  });
});
