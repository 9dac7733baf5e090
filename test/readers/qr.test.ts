// QR codes: decoding real images, and parsing both payload kinds defensively.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { normalizeIssuedAt, parseIdCardQr, parseOneStopQr, parseQrPayload, typeFromDocumentName } from '../../src/readers/qr.ts';
import { sharedQrDecoder } from '../../src/readers/qr-node.ts';
import { decodeImageNode } from '../../src/readers/ocr-node.ts';

const scan = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../fixtures/documents/scan/${name}`, import.meta.url))));

describe('QR decoding (zxing-wasm, bundled wasm)', () => {
  it('decodes the chip ID card QR from a phone photo, from bytes and from pixels', async () => {
    const qr = sharedQrDecoder();
    const bytes = scan('can-cuoc-front-photo.jpg');
    const fromBytes = await qr.decode(bytes);
    const fromPixels = await qr.decode(await decodeImageNode(bytes));
    expect(fromBytes).toHaveLength(1);
    expect(fromPixels).toEqual(fromBytes);
    expect(parseQrPayload(fromBytes[0]!)).toEqual({
      source: 'qr', type: 'can_cuoc',
      fields: {
        so_dinh_danh: '038192004417', ho_ten: 'LÊ THỊ HỒNG NHUNG', ngay_sinh: '1992-06-12', gioi_tinh: 'Nữ',
        noi_thuong_tru: 'Số 8 Lê Hoàn, Phường Điện Biên, TP. Thanh Hóa, Thanh Hóa', ngay_cap: '2021-09-04',
      },
      extra: { oldId: '173456789' },
    });
  });

  it('round-trips a generated one-stop payload and finds nothing in an image without QR', async () => {
    const payload = 'MaHoSo=000.00.12.H12-230525-0001;MaTTHC=1.011442.000.00.00.H38;MaDinhDanh=001203012345;TenGiayTo=Giấy khai sinh;HeThong=Một cửa tỉnh X;ThoiGian=25/05/2023 08:30';
    const png = new Uint8Array(await QRCode.toBuffer(payload, { scale: 4 }));
    expect(await sharedQrDecoder().decode(png)).toEqual([payload]);
    expect(await sharedQrDecoder().decode(scan('trich-luc-khai-tu-scan.jpg'))).toEqual([]);
  });
});

describe('parseIdCardQr', () => {
  const std = '001203012345|123456789|Nguyễn Văn An|01012003|Nam|Số 1, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh|15062021';

  it('reads the standard 7 fields and normalizes them', () => {
    expect(parseIdCardQr(std)?.fields).toEqual({
      so_dinh_danh: '001203012345', ho_ten: 'NGUYỄN VĂN AN', ngay_sinh: '2003-01-01', gioi_tinh: 'Nam',
      noi_thuong_tru: 'Số 1, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh', ngay_cap: '2021-06-15',
    });
  });

  it('accepts an empty old ID, a missing old-ID slot and appended fields', () => {
    expect(parseIdCardQr(std.replace('|123456789|', '||'))?.extra).toBeUndefined();
    const six = parseIdCardQr('001303012345|Trần Thị Bình|29022004|Nu|Xã A, Huyện B|01032024');
    expect(six?.fields).toMatchObject({ ho_ten: 'TRẦN THỊ BÌNH', ngay_sinh: '2004-02-29', gioi_tinh: 'Nữ', noi_thuong_tru: 'Xã A, Huyện B', ngay_cap: '2024-03-01' });
    const more = parseIdCardQr(`${std}|NGUYỄN VĂN B|TRẦN THỊ C|`);
    expect(more?.fields.ngay_cap).toBe('2021-06-15');
  });

  it('rejects payloads that are not an ID card', () => {
    expect(parseIdCardQr('12345|x|y|z|w')).toBeNull(); // ID not 12 digits
    expect(parseIdCardQr('001203012345|123456789|Nguyễn Văn An')).toBeNull(); // too few fields
    expect(parseIdCardQr('001203012345|123456789|Nguyễn Văn An|31022003|Nam|X|15062021')).toBeNull(); // no such date
    expect(parseIdCardQr('001203012345|123456789|12345|01012003|Nam|X|15062021')).toBeNull(); // name is digits
    expect(parseQrPayload('https://example.org/some/page')).toBeNull();
    expect(parseQrPayload('')).toBeNull();
  });
});

describe('parseOneStopQr', () => {
  const extra = {
    dossierCode: '000.00.12.H12-230525-0001', procedureCode: '1.011442.000.00.00.H38', ownerId: '001203012345',
    documentName: 'Giấy khai sinh', issuingSystem: 'Hệ thống một cửa tỉnh X', issuedAt: '2023-05-25T08:30:00+07:00',
  };

  it('reads key=value pairs, JSON, a URL query and positional pipes alike', () => {
    const variants = [
      'MaHoSo=000.00.12.H12-230525-0001;MaTTHC=1.011442.000.00.00.H38;MaDinhDanh=001203012345;TenGiayTo=Giấy khai sinh;HeThong=Hệ thống một cửa tỉnh X;ThoiGian=25/05/2023 08:30',
      JSON.stringify({ dossierCode: extra.dossierCode, procedureCode: extra.procedureCode, ownerId: extra.ownerId, documentName: extra.documentName, issuingSystem: extra.issuingSystem, issuedAt: '2023-05-25T08:30:00+07:00' }),
      `https://dichvucong.example/ket-qua?ma_ho_so=${extra.dossierCode}&ma_thu_tuc=${extra.procedureCode}&ma_dinh_danh=001203012345&ten_giay_to=Gi%E1%BA%A5y%20khai%20sinh&he_thong=H%E1%BB%87%20th%E1%BB%91ng%20m%E1%BB%99t%20c%E1%BB%ADa%20t%E1%BB%89nh%20X&thoi_gian=20230525083000`,
      `${extra.dossierCode}|${extra.procedureCode}|001203012345|Giấy khai sinh|Hệ thống một cửa tỉnh X|08:30 25/05/2023`,
    ];
    for (const v of variants) {
      expect(parseOneStopQr(v)).toEqual({ source: 'qr', type: 'giay_khai_sinh', fields: { so_dinh_danh: '001203012345' }, extra });
    }
  });

  it('puts the owner in the type\'s owner field, and keeps an organization code in extra only', () => {
    const hkd = parseOneStopQr('{"maHoSo":"000.00.12.H12-230525-0002","maTTHC":"1.001612","maDinhDanh":"001188012977","tenGiayTo":"Giấy chứng nhận đăng ký hộ kinh doanh"}');
    expect(hkd?.fields).toEqual({ chu_ho_so_dinh_danh: '001188012977' });
    const org = parseOneStopQr('{"maHoSo":"000.00.12.H12-230525-0003","maTTHC":"1.009994","maDinhDanh":"0101234565","tenGiayTo":"Quyết định cấp phép"}');
    expect(org?.type).toBe('quyet_dinh_hanh_chinh');
    expect(org?.fields).toEqual({});
    expect(org?.extra?.ownerId).toBe('0101234565');
    const unknown = parseOneStopQr('{"maHoSo":"000.00.12.H12-230525-0004","tenGiayTo":"Giấy phép môi trường"}');
    expect(unknown?.type).toBeUndefined();
  });

  it('rejects malformed payloads', () => {
    expect(parseOneStopQr('{"maHoSo":')).toBeNull(); // broken JSON
    expect(parseOneStopQr('[1,2,3]')).toBeNull();
    expect(parseOneStopQr('foo=1;bar=2')).toBeNull(); // no dossier or procedure code
    expect(parseOneStopQr('a|b|c|d')).toBeNull(); // positional without the codes' shapes
  });

  it('normalizes issue times and maps document names to catalog types', () => {
    expect(normalizeIssuedAt('2023-05-25T08:30:00Z')).toBe('2023-05-25T08:30:00Z');
    expect(normalizeIssuedAt('25/05/2023')).toBe('2023-05-25T00:00:00+07:00');
    expect(normalizeIssuedAt('32/05/2023')).toBeNull();
    expect(typeFromDocumentName('Trích lục khai sinh (bản sao)')).toBe('giay_khai_sinh');
    expect(typeFromDocumentName('GIẤY CHỨNG NHẬN KẾT HÔN')).toBe('giay_chung_nhan_ket_hon');
    expect(typeFromDocumentName('Biên lai')).toBeUndefined();
  });
});
