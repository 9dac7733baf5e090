// MRZ (ICAO 9303 TD1) on Vietnamese ID cards: check digits decide, OCR noise is tolerated.
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { compareName, findTd1Lines, mrzCheckedFields, parseMrzText } from '../../src/readers/mrz.ts';
import { readImageFile, shutdownReaders } from '../../src/readers/image-node.ts';

// ID 001203012345, born 2003-01-01, male, expires 2028-01-01.
const L1 = 'IDVNM2030123450001203012345<<<';
const L2 = '0301017M2801016VNM<<<<<<<<<<<9';
const L3 = 'NGUYEN<<VAN<AN<<<<<<<<<<<<<<<<';

afterAll(async () => {
  await shutdownReaders();
});

describe('mrzCheckedFields', () => {
  it('reads a valid TD1 zone', () => {
    expect(mrzCheckedFields(`Ngày cấp: 01/01/2021\n${L1}\n${L2}\n${L3}`)).toEqual({
      source: 'mrz', type: 'can_cuoc',
      fields: { so_dinh_danh: '001203012345', ngay_sinh: '2003-01-01', gioi_tinh: 'Nam', co_gia_tri_den: '2028-01-01' },
      extra: { mrzName: 'NGUYEN VAN AN', mrzNameMatch: 'absent', documentNumber: '203012345' },
    });
  });

  it('rejects a zone whose check digits fail', () => {
    expect(mrzCheckedFields(`${L1}\n${L2.replace('030101', '030102')}\n${L3}`)).toBeNull();
    expect(parseMrzText(`${L1.replace('203012345', '203012346')}\n${L2}\n${L3}`)).toEqual({ ok: false, reason: 'check_digit' });
  });

  it('tolerates OCR noise: spaces, « for <<, O for 0, T for I, a miscounted filler', () => {
    const noisy = `TD VNM2O3O123450001203012345««<\n030101 7M2801016VNM<<<<<<<<<<9\nNGUYEN<<VAN<AN<<<<<<<<<<<<<<<<<`;
    expect(findTd1Lines(noisy)).toEqual([L1, L2, L3]);
    expect(mrzCheckedFields(noisy)?.fields.so_dinh_danh).toBe('001203012345');
  });

  it('never makes the name a field, and says whether the printed name matches it', () => {
    const printed = 'Họ và tên / Full name:\nNGUYỄN VĂN AN';
    const r = mrzCheckedFields(`${printed}\n${L1}\n${L2}\n${L3}`);
    expect(r?.fields.ho_ten).toBeUndefined();
    expect(r?.extra?.mrzNameMatch).toBe('exact');
    expect(compareName('NGUYEN VAN AN', 'Họ và tên: NGUYỄN VĂN AM')).toBe('near');
    expect(compareName('NGUYEN VAN AN', 'Họ và tên: TRẦN THỊ BÌNH')).toBe('absent');
  });

  it('ignores text without a zone and zones of other countries', () => {
    expect(mrzCheckedFields('Họ và tên: NGUYỄN VĂN AN\nNgày sinh: 01/01/2003')).toBeNull();
    expect(parseMrzText('no zone here').ok).toBe(false);
    // Same digits, French card: valid ICAO, but not a Vietnamese căn cước.
    expect(parseMrzText(`${L1.replace('IDVNM', 'IDFRA')}\n${L2}\n${L3}`).ok).toBe(true);
    expect(mrzCheckedFields(`${L1.replace('IDVNM', 'IDFRA')}\n${L2}\n${L3}`)).toBeNull();
  });
});

describe('MRZ from an image', () => {
  it('finds, re-reads and verifies the MRZ on the back of a chip ID card', async () => {
    const r = await readImageFile(fileURLToPath(new URL('../fixtures/documents/scan/can-cuoc-back-mrz.png', import.meta.url)));
    const mrz = r.checked.find((c) => c.source === 'mrz');
    expect(mrz?.fields).toEqual({ so_dinh_danh: '038192004417', ngay_sinh: '1992-06-12', gioi_tinh: 'Nữ', co_gia_tri_den: '2032-06-12' });
  });
});
