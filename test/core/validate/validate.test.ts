import { describe, expect, it } from 'vitest';
import { checkDates, checkPersonalId, decodeCenturyGender, isValidTaxCode, provinceCodes, taxCodeCheckDigit, validateFields } from '../../../src/core/validate/index.ts';

const codes = (ws: Array<{ code: string }>) => ws.map((w) => w.code).sort();

describe('personal identification number', () => {
  it('decodes century and gender', () => {
    expect(decodeCenturyGender(0)).toEqual({ century: 1900, gender: 'Nam' });
    expect(decodeCenturyGender(1)).toEqual({ century: 1900, gender: 'Nữ' });
    expect(decodeCenturyGender(2)).toEqual({ century: 2000, gender: 'Nam' });
    expect(decodeCenturyGender(3)).toEqual({ century: 2000, gender: 'Nữ' });
  });
  it('accepts a consistent number', () => {
    expect(checkPersonalId('001203012345', { birthDate: '2003-03-05', gender: 'Nam' })).toEqual([]);
    expect(checkPersonalId('079195004821', { birthDate: '1995-11-12', gender: 'Nữ' })).toEqual([]);
    expect(checkPersonalId('012345678')).toEqual([]);
  });
  it('flags birth year, century and gender disagreements', () => {
    expect(codes(checkPersonalId('001203012345', { birthDate: '2004-03-05' }))).toEqual(['id_birth_year_mismatch']);
    expect(codes(checkPersonalId('001003012345', { birthDate: '2003-03-05' }))).toEqual(['id_century_mismatch']);
    expect(codes(checkPersonalId('001203012345', { gender: 'Nữ' }))).toEqual(['id_gender_mismatch']);
  });
  it('flags unknown province codes and bad lengths', () => {
    expect(provinceCodes.has('003')).toBe(false);
    expect(codes(checkPersonalId('003203012345'))).toEqual(['id_province_unknown']);
    expect(codes(checkPersonalId('00120301234'))).toEqual(['id_format']);
  });
  it('never puts the value in the message', () => {
    for (const i of checkPersonalId('003003012345', { birthDate: '2004-01-01', gender: 'Nữ' })) expect(i.message).not.toMatch(/\d{6}/);
  });
});

describe('tax code', () => {
  it('computes the check digit with weights 31,29,23,19,17,13,7,5,3', () => {
    expect(taxCodeCheckDigit('010123456')).toBe(5);
    expect(isValidTaxCode('0101234565')).toBe(true);
    expect(isValidTaxCode('0101234566')).toBe(false);
    expect(isValidTaxCode('0101234565-001')).toBe(true);
    expect(isValidTaxCode('010123456')).toBe(false);
  });
});

describe('dates', () => {
  const today = '2024-06-01';
  it('flags future births and issue dates, not future expiry', () => {
    expect(codes(checkDates({ ngay_sinh: '2025-01-01', co_gia_tri_den: '2030-01-01' }, today))).toEqual(['date_in_future']);
  });
  it('flags expiry before issue, registration before birth, death before birth', () => {
    expect(codes(checkDates({ ngay_cap: '2021-01-01', co_gia_tri_den: '2020-01-01' }, today))).toEqual(['expiry_before_issue']);
    expect(codes(checkDates({ ngay_sinh: '2020-05-01', ngay_dang_ky: '2020-04-01' }, today))).toEqual(['registration_before_birth']);
    expect(codes(checkDates({ ngay_sinh: '1950-05-01', ngay_chet: '1940-04-01' }, today))).toEqual(['death_before_birth']);
    expect(codes(checkDates({ ngay_chet: '2024-01-03', ngay_dang_ky: '2024-01-01' }, today))).toEqual(['registration_before_death']);
    expect(checkDates({ ngay_sinh: '2003-03-05', ngay_dang_ky: '2003-03-20', ngay_cap: '2021-08-10', co_gia_tri_den: '2028-03-05' }, today)).toEqual([]);
  });
});

describe('validateFields', () => {
  it('checks each identifier against its own birth date', () => {
    const w = validateFields('giay_chung_nhan_ket_hon', {
      chong_so_dinh_danh: '079092001534', chong_ngay_sinh: '1992-01-18',
      vo_so_dinh_danh: '079196008812', vo_ngay_sinh: '1997-07-30',
    }, { today: '2024-01-01' });
    expect(w).toEqual([expect.objectContaining({ field: 'vo_so_dinh_danh', code: 'id_birth_year_mismatch' })]);
  });
  it('checks an organization tax code where a decision allows one', () => {
    expect(validateFields('quyet_dinh_hanh_chinh', { so_dinh_danh: '0101234565' })).toEqual([]);
    expect(codes(validateFields('quyet_dinh_hanh_chinh', { so_dinh_danh: '0101234566' }))).toEqual(['tax_code_check_digit']);
    expect(codes(validateFields('can_cuoc', { so_dinh_danh: '0101234565' }))).toEqual(['id_format']);
  });
  it('checks a household-business code that is a tax code', () => {
    expect(codes(validateFields('dang_ky_ho_kinh_doanh', { ma_so_ho_kinh_doanh: '2807123452' }))).toEqual(['tax_code_check_digit']);
    expect(validateFields('dang_ky_ho_kinh_doanh', { ma_so_ho_kinh_doanh: '01A8012345' })).toEqual([]);
  });
});
