import { describe, expect, it } from 'vitest';
import { cleanText, convertTcvn3, convertVni, convertVniTypingWord, detectLegacyEncoding, foldKeepLength, foldVietnamese, isVietnameseSyllable, repairDigits, repairLegacyEncoding } from '../../../src/core/text/index.ts';

describe('Unicode hygiene', () => {
  it('composes to NFC and folds white space', () => {
    expect(cleanText('Nguye\u0302\u0303n\u00A0\u00A0Va\u0306n  An\u200B')).toBe('Nguyễn Văn An');
  });
  it('folds Vietnamese for comparison', () => {
    expect(foldVietnamese('Họ, chữ đệm và tên:')).toBe('ho chu dem va ten');
    expect(foldVietnamese('Số / No.')).toBe('so/no');
    expect(foldVietnamese('ĐỊA CHỈ')).toBe('dia chi');
  });
  it('keeps offsets when folding per character', () => {
    const s = 'Số định danh 001';
    const f = foldKeepLength(s);
    expect(f).toHaveLength(s.length);
    expect(s.slice(f.indexOf('001'))).toBe('001');
  });
});

describe('legacy encodings', () => {
  const tcvn3Doc = 'Hä vµ tªn: NGUYÔN V¡N AN\nNgµy sinh: 05/03/2003\nQuª qu¸n: Hµ Néi';
  const vniDoc = 'Hoï vaø teân: NGUYEÃN VAÊN AN\nNgaøy sinh: 05/03/2003\nQueâ quaùn: Haø Noäi, Vieät Nam';

  it('converts TCVN3 (ABC) read as Windows-1252', () => {
    expect(convertTcvn3('NguyÔn V¨n An')).toBe('Nguyễn Văn An');
    expect(detectLegacyEncoding(tcvn3Doc)).toBe('tcvn3');
    expect(repairLegacyEncoding(tcvn3Doc)).toBe('Họ và tên: NGUYỄN VĂN AN\nNgày sinh: 05/03/2003\nQuê quán: Hà Nội');
  });

  it('upper-cases words set in the capitals font', () => {
    expect(convertTcvn3('PHAN THÞ NGäC ¸NH')).toBe('PHAN THỊ NGỌC ÁNH');
  });

  it('converts VNI-Windows read as Windows-1252', () => {
    expect(convertVni('Nguyeãn Vaên An')).toBe('Nguyễn Văn An');
    expect(convertVni('Ñöôøng Traàn Höng Ñaïo')).toBe('Đường Trần Hưng Đạo');
    expect(detectLegacyEncoding(vniDoc)).toBe('vni');
    expect(repairLegacyEncoding(vniDoc)).toBe('Họ và tên: NGUYỄN VĂN AN\nNgày sinh: 05/03/2003\nQuê quán: Hà Nội, Việt Nam');
  });

  it('never touches genuine Unicode Vietnamese or other languages', () => {
    for (const s of [
      'Họ và tên: Nguyễn Văn An\nQuê quán: Hà Nội',
      'Bé Tý ở nhà',
      'Müller, François, José Núñez: café au lait, naïve façade',
      'Hoà Bình, Thuý Kiều', // old-style tone placement in Unicode
      'Certificate of marital status, issued 05/03/2024',
    ]) {
      expect(detectLegacyEncoding(s), s).toBeNull();
      expect(repairLegacyEncoding(s)).toBe(s);
    }
  });

  it('converts only the legacy lines of a Unicode page that embeds an old document', () => {
    const page = `Hệ thống thông tin giải quyết thủ tục hành chính\n${tcvn3Doc}`;
    expect(repairLegacyEncoding(page)).toBe('Hệ thống thông tin giải quyết thủ tục hành chính\nHọ và tên: NGUYỄN VĂN AN\nNgày sinh: 05/03/2003\nQuê quán: Hà Nội');
  });

  it('checks syllable shape', () => {
    expect(isVietnameseSyllable('nguyễn')).toBe(true);
    expect(isVietnameseSyllable('trường')).toBe(true);
    expect(isVietnameseSyllable('cafộ')).toBe(false);
    expect(isVietnameseSyllable('mỹller')).toBe(false);
  });
});

describe('OCR digit repair', () => {
  it('repairs tokens that hold digits and look-alike letters only', () => {
    expect(repairDigits('O5/O3/2OO3')).toEqual({ text: '05/03/2003', repaired: true });
    expect(repairDigits('0012O3Ol2345')).toEqual({ text: '001203012345', repaired: true });
    expect(repairDigits('l5 tháng 3')).toEqual({ text: '15 tháng 3', repaired: true });
  });
  it('leaves words alone', () => {
    expect(repairDigits('SOS Bé Long')).toEqual({ text: 'SOS Bé Long', repaired: false });
    expect(repairDigits('tháng 3 năm 2003')).toEqual({ text: 'tháng 3 năm 2003', repaired: false });
  });
});

describe('VNI keystrokes left unconverted', () => {
  it('converts words typed with VNI mark digits', () => {
    expect(convertVniTypingWord('Nguye64n')).toBe('Nguyễn');
    expect(convertVniTypingWord('Va8n')).toBe('Văn');
    expect(convertVniTypingWord('Ngu7o72i')).toBe('Người');
    expect(convertVniTypingWord('d9i5nh')).toBe('định');
    expect(convertVniTypingWord('Quye61t')).toBe('Quyết');
  });
  it('detects a keyed document and converts it, leaving codes alone', () => {
    const doc = 'Ho5 va2 te6n: Nguye64n Va8n An\nQuo61c ti5ch: Vie65t Nam\nHa5ng: B2';
    expect(detectLegacyEncoding(doc)).toBe('vni-typing');
    expect(repairLegacyEncoding(doc)).toBe('Họ và tên: Nguyễn Văn An\nQuốc tịch: Việt Nam\nHạng: B2');
  });
  it('does not fire on codes and numbers', () => {
    for (const s of ['Hạng B2, A1; mã H12; 000.00.12.H12-230525-0001', 'Room B2 level 3, gate A1, seat C14', 'Số 12A, ngõ 3B']) {
      expect(detectLegacyEncoding(s), s).toBeNull();
    }
  });
});
