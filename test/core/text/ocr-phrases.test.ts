import { describe, expect, it } from 'vitest';
import { looksLikeMrz, repairOcrPhrases, withoutMrzLines } from '../../../src/core/text/index.ts';

describe('OCR repair of fixed administrative phrases', () => {
  it('puts back the diacritics OCR got wrong, in the case the text uses', () => {
    expect(repairOcrPhrases('ỦY BẠN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHIA VIỆT NAM')).toEqual({ text: 'ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', repaired: 2 });
    expect(repairOcrPhrases('QUYET ĐỊNH').text).toBe('QUYẾT ĐỊNH');
    expect(repairOcrPhrases('Chánh Văn phòng, Trưởng phong Tư pháp').text).toBe('Chánh Văn phòng, Trưởng phòng Tư pháp');
    expect(repairOcrPhrases('Độc lập - Tu do - Hạnh phúc').text).toBe('Độc lập - Tự do - Hạnh phúc');
  });

  it('leaves correct text, older tone placement and look-alike words alone', () => {
    const right = 'Uỷ ban nhân dân xã A\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM';
    expect(repairOcrPhrases(right)).toEqual({ text: right, repaired: 0 });
    // One word of a phrase alone is not the phrase: 'bạn' stays 'bạn', 'Sổ' stays 'Sổ'.
    expect(repairOcrPhrases('Gửi bạn nhân viên mới; Sổ hộ khẩu').repaired).toBe(0);
  });

  it('repairs only words of one line', () => {
    expect(repairOcrPhrases('Chủ\ntích cực').text).toBe('Chủ\ntích cực');
  });
});

describe('MRZ lines', () => {
  it('tells MRZ lines from text', () => {
    expect(looksLikeMrz('LE<<THI<HONG<NHUNG<<<<<<<<<<<<')).toBe(true);
    expect(looksLikeMrz('IDVNM1920044178038192004417<<3')).toBe(true);
    expect(looksLikeMrz('9206126F3206124VNM<<<<<<<<<<<9')).toBe(true);
    expect(looksLikeMrz('CỤC CẢNH SÁT QUẢN LÝ HÀNH CHÍNH')).toBe(false);
    expect(looksLikeMrz('000.00.12.H12-240517-0042')).toBe(false);
  });

  it('drops them and keeps every other line', () => {
    expect(withoutMrzLines('Ngày: 04/09/2021\nIDVNM1920044178038192004417<<<\nLE<<THI<HONG\nBỘ CÔNG AN')).toBe('Ngày: 04/09/2021\nBỘ CÔNG AN');
  });
});
