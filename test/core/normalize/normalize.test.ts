import { describe, expect, it } from 'vitest';
import { normalizeField, normalizeDate, normalizeMoney, normalizeGender, normalizePersonalId, normalizeDocNumber, normalizePersonName, normalizeText, statesNoValue } from '../../../src/core/normalize/index.ts';

describe('normalizeDate', () => {
  it.each([
    ['05/03/2003', '2003-03-05'],
    ['5/3/2003', '2003-03-05'],
    ['05-03-2003', '2003-03-05'],
    ['05.03.2003', '2003-03-05'],
    ['05032003', '2003-03-05'],
    ['ngày 5 tháng 3 năm 2003', '2003-03-05'],
    ['ngày/date 20 tháng/month 11 năm/year 2020', '2020-11-20'],
    ['Ngày 05 tháng 03 năm 2003', '2003-03-05'],
    ['NGAY 05 THANG 03 NAM 2003', '2003-03-05'],
    ['05 tháng 03 năm 2003', '2003-03-05'],
    ['ngày mùng 5 tháng 3 năm 2003', '2003-03-05'],
    ['05 giờ 20 phút, ngày 03 tháng 01 năm 2024', '2024-01-03'],
    ['2003-03-05', '2003-03-05'],
    ['5 March 2003', '2003-03-05'],
    ['05 Mar 2003', '2003-03-05'],
    ['March 5, 2003', '2003-03-05'],
    ['5th of March, 2003', '2003-03-05'],
    ['29/02/2024', '2024-02-29'],
  ])('%s -> %s', (raw, iso) => {
    expect(normalizeDate(raw)).toEqual({ value: iso });
  });

  it('refuses dates that do not exist', () => {
    expect(normalizeDate('30/02/2003')).toEqual({ value: null, warning: 'date_impossible' });
    expect(normalizeDate('29/02/2023')).toEqual({ value: null, warning: 'date_impossible' });
    expect(normalizeDate('12/13/2003').value).toBeNull();
  });

  it('does not guess a day from a month or a number', () => {
    expect(normalizeDate('tháng 3 năm 2003').value).toBeNull();
    expect(normalizeDate('125/2003').value).toBeNull();
    expect(normalizeDate('001203012345').value).toBeNull();
  });

  it('repairs OCR letter/digit confusions in dates only through normalizeField', () => {
    expect(normalizeField('date', 'O5/O3/2OO3')).toEqual({ value: '2003-03-05', warning: 'ocr_repaired' });
    expect(normalizeField('date', 'ngày l5 tháng 3 năm 2OO3')).toEqual({ value: '2003-03-15', warning: 'ocr_repaired' });
  });
});

describe('normalizePersonalId', () => {
  it('keeps digits only, 12 or 9', () => {
    expect(normalizePersonalId('001 203 012 345')).toEqual({ value: '001203012345' });
    expect(normalizePersonalId('001.203.012.345')).toEqual({ value: '001203012345' });
    expect(normalizePersonalId('012345678')).toEqual({ value: '012345678' });
  });
  it('finds the number inside a phrase', () => {
    expect(normalizePersonalId('Căn cước công dân số 001198012257, cấp ngày 10/05/2021').value).toBe('001198012257');
  });
  it('repairs OCR confusions', () => {
    expect(normalizePersonalId('OO12O3Ol2345')).toEqual({ value: '001203012345', warning: 'ocr_repaired' });
    expect(normalizePersonalId('0012O3S12345')).toEqual({ value: '001203512345', warning: 'ocr_repaired' });
  });
  it('flags other lengths', () => {
    expect(normalizePersonalId('12345')).toEqual({ value: '12345', warning: 'personal_id_length' });
    expect(normalizePersonalId('không rõ')).toEqual({ value: null, warning: 'personal_id_unparsed' });
  });
});

describe('normalizeGender', () => {
  it.each([['Nam', 'Nam'], ['nam', 'Nam'], ['Male', 'Nam'], ['M', 'Nam'], ['Nam/Male', 'Nam'], ['Nữ', 'Nữ'], ['Nu', 'Nữ'], ['NỮ', 'Nữ'], ['Female', 'Nữ'], ['F', 'Nữ'], ['Nữ / F', 'Nữ']])('%s -> %s', (raw, v) => {
    expect(normalizeGender(raw)).toEqual({ value: v });
  });
  it('refuses anything else', () => {
    expect(normalizeGender('Không rõ').value).toBeNull();
    expect(normalizeGender('Nam Định').value).toBe('Nam'); // first word decides; callers pass the cell, not a sentence
  });
});

describe('normalizeMoney', () => {
  it.each([
    ['1.500.000 đồng', '1500000'],
    ['1,500,000 VND', '1500000'],
    ['1.500.000đ', '1500000'],
    ['50 triệu đồng', '50000000'],
    ['1,5 tỷ', '1500000000'],
    ['1,5 tỷ đồng', '1500000000'],
    ['2 tỷ 500 triệu đồng', '2500000000'],
    ['150.000.000 đồng (Một trăm năm mươi triệu đồng)', '150000000'],
    ['500 nghìn đồng', '500000'],
    ['1.500 triệu', '1500000000'],
    ['200000', '200000'],
  ])('%s -> %s', (raw, v) => {
    expect(normalizeMoney(raw).value).toBe(v);
  });
  it('refuses text without an amount', () => {
    expect(normalizeMoney('chưa xác định').value).toBeNull();
  });
});

describe('text, names and document numbers', () => {
  it('folds white space, NFC, trims stray punctuation', () => {
    const decomposed = 'Ha\u0300 Nô\u0323i';
    expect(normalizeText(`  ${decomposed} ,  `).value).toBe('Hà Nội');
    expect(normalizeText(': Việt   Nam').value).toBe('Việt Nam');
    expect(normalizeText('Chưa đăng ký kết hôn với ai.').value).toBe('Chưa đăng ký kết hôn với ai');
    expect(normalizeText('Quận 1, TP.').value).toBe('Quận 1, TP.');
  });
  it('upper-cases Vietnamese names and drops honorifics', () => {
    expect(normalizePersonName('Nguyễn Văn An').value).toBe('NGUYỄN VĂN AN');
    expect(normalizePersonName('đỗ thị ước').value).toBe('ĐỖ THỊ ƯỚC');
    expect(normalizePersonName('Ông Trịnh Hùng Cường').value).toBe('TRỊNH HÙNG CƯỜNG');
    expect(normalizePersonName('Bà  Lê Thị Bé').value).toBe('LÊ THỊ BÉ');
  });
  it('removes spaces around / and - in document numbers', () => {
    expect(normalizeDocNumber('123 / QĐ - UBND').value).toBe('123/QĐ-UBND');
    expect(normalizeDocNumber('Số: 45/2015/KS').value).toBe('45/2015/KS');
    expect(normalizeDocNumber('AE 481237').value).toBe('AE 481237');
  });
  it('recognizes statements that there is no value', () => {
    expect(statesNoValue('Không thời hạn')).toBe(true);
    expect(statesNoValue('---')).toBe(true);
    expect(statesNoValue('Không có')).toBe(true);
    expect(statesNoValue('Không ghi')).toBe(false);
    expect(normalizeField('date', 'Không thời hạn')).toEqual({ value: null, warning: 'no_value' });
  });
  it('takes a signature placeholder for no value, not for a name', () => {
    expect(statesNoValue('(Đã ký)')).toBe(true);
    expect(statesNoValue('(Ký, ghi rõ họ tên)')).toBe(true);
    expect(statesNoValue('(đã ký và đóng dấu)')).toBe(true);
    expect(normalizeField('person_name', '(Đã ký)')).toEqual({ value: null, warning: 'no_value' });
    expect(statesNoValue('Ký Văn Tài')).toBe(false);
    expect(statesNoValue('(Nguyễn Văn Ký)')).toBe(false);
  });
  it('matches enum values without regard to case and diacritics', () => {
    expect(normalizeField('enum', 'chua ket hon', ['Chưa kết hôn', 'Đã kết hôn'])).toEqual({ value: 'Chưa kết hôn' });
    expect(normalizeField('enum', 'Khác', ['Chưa kết hôn']).warning).toBe('enum_unknown_value');
  });
});
