import { describe, expect, it } from 'vitest';
import { labelIndex, matchLabel, sectionQualifier } from '../../../src/core/extract/labels.ts';

const key = (type: string | null, label: string, q: string | null = null, fuzzy = true) => matchLabel(labelIndex(type), label, q, fuzzy)?.key ?? null;

describe('matchLabel', () => {
  it('matches catalog labels and aliases whatever the case, diacritics and stray colons', () => {
    expect(key('can_cuoc', 'Họ và tên')).toBe('ho_ten');
    expect(key('can_cuoc', 'HỌ VÀ TÊN:')).toBe('ho_ten');
    expect(key('can_cuoc', 'ho va ten')).toBe('ho_ten');
    expect(key('can_cuoc', '  Ngày,  tháng, năm sinh :')).toBe('ngay_sinh');
    expect(key('can_cuoc', 'Ngày sinh (*)')).toBe('ngay_sinh');
    expect(key('can_cuoc', '3. Giới tính')).toBe('gioi_tinh');
  });

  it('matches either half of a bilingual label', () => {
    expect(key('can_cuoc', 'Họ và tên/Full name:')).toBe('ho_ten');
    expect(key('can_cuoc', 'Số / No.:')).toBe('so_dinh_danh');
    expect(key('can_cuoc', 'Place of residence')).toBe('noi_thuong_tru');
    expect(key('giay_phep_lai_xe', 'Hạng/Class')).toBe('hang');
    expect(key('can_cuoc', 'Ngày sinh (Date of birth)')).toBe('ngay_sinh');
  });

  it('lets the most specific label win', () => {
    expect(key('giay_khai_sinh', 'Số')).toBe('so');
    expect(key('giay_khai_sinh', 'Số định danh cá nhân')).toBe('so_dinh_danh');
    expect(key('giay_khai_sinh', 'Quyển số')).toBe('quyen_so');
    expect(key('giay_chung_nhan_ket_hon', 'Ngày sinh của chồng')).toBe('chong_ngay_sinh');
    expect(key('giay_chung_nhan_ket_hon', 'Ngày sinh của vợ')).toBe('vo_ngay_sinh');
    expect(key('giay_khai_sinh', 'Họ, chữ đệm, tên người mẹ')).toBe('ho_ten_me');
  });

  it('does not stretch a label to a longer one it is only a prefix of', () => {
    expect(key('can_cuoc', 'Ngày sinh của chồng')).toBeNull();
    expect(key('giay_khai_sinh', 'Số hồ sơ')).toBeNull();
  });

  it('qualifies labels by the section they are under', () => {
    expect(key('giay_chung_nhan_ket_hon', 'Họ, chữ đệm, tên', 'chong')).toBe('chong_ho_ten');
    expect(key('giay_chung_nhan_ket_hon', 'Ngày, tháng, năm sinh', 'vo')).toBe('vo_ngay_sinh');
    expect(key('giay_chung_nhan_ket_hon', 'Số định danh cá nhân', 'vo')).toBe('vo_so_dinh_danh');
    expect(key('dang_ky_ho_kinh_doanh', 'Họ và tên', 'chu ho')).toBe('chu_ho_ho_ten');
    // The mother's ethnicity is not the child's.
    expect(key('giay_khai_sinh', 'Dân tộc', 'me')).toBeNull();
    expect(key('giay_khai_sinh', 'Họ và tên', 'me')).toBe('ho_ten_me');
    // Document-level fields stay valid under any heading; the declarant's data does not.
    expect(key('trich_luc_khai_tu', 'Nơi đăng ký', 'other')).toBe('noi_dang_ky');
    expect(key('trich_luc_khai_tu', 'Họ, chữ đệm, tên', 'other')).toBeNull();
  });

  it('tolerates small OCR errors on long labels only', () => {
    expect(key('can_cuoc', 'Quốc tjch', null, true)).toBe('quoc_tich');
    expect(key('can_cuoc', 'Noi thuong trn', null, true)).toBe('noi_thuong_tru');
    expect(key('can_cuoc', 'Quốc tjch', null, false)).toBeNull();
    expect(key('can_cuoc', 'Sô', null, true)).toBe('so_dinh_danh'); // exact after folding
    expect(key('can_cuoc', 'Sa', null, true)).toBeNull();
  });

  it('gives ambiguous labels no meaning when the type is unknown', () => {
    expect(key(null, 'Số')).toBeNull();
    expect(key(null, 'Họ và tên')).toBe('ho_ten');
    expect(key(null, 'Hạng')).toBe('hang');
  });
});

describe('sectionQualifier', () => {
  it.each([
    ['THÔNG TIN NGƯỜI CHỒNG', 'chong'],
    ['Bên vợ', 'vo'],
    ['Người mẹ', 'me'],
    ['Cha', 'cha'],
    ['5. Chủ hộ kinh doanh', 'chu ho'],
    ['Người đi khai tử', 'other'],
    ['Thông tin cha, mẹ', 'other'],
    ['Thông tin người được khai sinh', null],
    ['GIẤY KHAI SINH', null],
  ])('%s -> %s', (h, q) => {
    expect(sectionQualifier(h)).toBe(q);
  });
});
