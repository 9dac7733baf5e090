// One block per recognizer: values it must find (type and exact text) and look-alikes it must leave.
import { describe, expect, it, vi } from 'vitest';
import { detectPii, recognizers, type PiiType } from '../../../src/core/pii/index.ts';
import { isPlausibleId12 } from '../../../src/core/pii/recognizers/national-id.ts';
import { isValidTaxCode } from '../../../src/core/pii/recognizers/tax-code.ts';

/** [type, text] of every span found. */
function found(text: string, types?: PiiType[]): [PiiType, string][] {
  return detectPii(text, types ? { types } : undefined).map((s) => [s.type, text.slice(s.start, s.end)]);
}

function expectOnly(text: string, type: PiiType, value: string): void {
  expect(found(text)).toEqual([[type, value]]);
}

describe('national_id', () => {
  it('validates province, century digit and birth year', () => {
    expect(isPlausibleId12('001203004567')).toBe(true); // Hà Nội, 2003
    expect(isPlausibleId12('079090001234')).toBe(true); // TP HCM, 1990
    expect(isPlausibleId12('003203004567')).toBe(false); // 003 is no province code
    expect(isPlausibleId12('097203004567')).toBe(false); // beyond 096
    expect(isPlausibleId12('001503004567')).toBe(false); // century digit 5 = born in the 22nd century
    expect(isPlausibleId12('001399004567')).toBe(false); // born in 2099: not yet
  });
  it('finds 12-digit numbers with or without a label, spaced or not', () => {
    expectOnly('Số CCCD: 001203004567', 'national_id', '001203004567');
    expectOnly('đối chiếu 079090001234 với dữ liệu', 'national_id', '079090001234');
    expectOnly('Số định danh cá nhân 001 089 012 345', 'national_id', '001 089 012 345');
    expectOnly('CCCD của ông là 003203004567', 'national_id', '003203004567'); // implausible, but labelled
  });
  it('finds a 9-digit old ID card only after its label', () => {
    expectOnly('CMND số 162345678 cấp năm 2010', 'national_id', '162345678');
    expect(found('Mã vạch 162345678', ['national_id'])).toEqual([]);
  });
  it('finds the number in an MRZ line', () => {
    expect(found('IDVNM2030045671001203004567<<8', ['national_id'])).toEqual([['national_id', '2030045671001203004567']]);
  });
  it('leaves other 12-digit numbers and codes alone', () => {
    expect(found('Mã giao dịch: 001203004567')).toEqual([]);
    expect(found('Số tham chiếu 230525000123')).toEqual([]); // 230 is no province
    expect(found('Mã hồ sơ 000.00.12.H12-230525-0001')).toEqual([]);
  });
});

describe('passport', () => {
  it('finds a letter and 7 digits', () => {
    expectOnly('Hộ chiếu số C1234567 cấp ngày 01/06/2019', 'passport', 'C1234567');
    expectOnly('Người nhập cảnh mang hộ chiếu phổ thông B7654321', 'passport', 'B7654321');
  });
  it('leaves codes alone', () => {
    expect(found('Ký hiệu lô A123456789', ['passport'])).toEqual([]); // too many digits
    expect(found('Mã thủ tục 1.011442.000.00.00.H38')).toEqual([]);
    expect(found('số hiệu A12345')).toEqual([]);
  });
});

describe('phone', () => {
  const spellings = [
    '0912345678', '0912 345 678', '0912.345.678', '0912-345-678', '091 234 5678', '+84 912 345 678', '+84912345678',
    '(+84) 912 345 678', '84912345678', '+84-912-345-678', '0084 912 345 678', '024 3825 1234', '(024) 3825 1234',
    '028.3822.1234', '0236 3821 234',
  ];
  for (const p of spellings) {
    it(`finds ${p}`, () => expectOnly(`Điện thoại: ${p}.`, 'phone', p));
  }
  it('finds a phone without a label and two phones in a row', () => {
    expectOnly('gọi 0987654321 sau 17 giờ', 'phone', '0987654321');
    expect(found('SĐT 0912345678 0987654321')).toEqual([['phone', '0912345678'], ['phone', '0987654321']]);
  });
  it('leaves numbers with other prefixes, amounts and codes alone', () => {
    expect(found('Mã 0112345678; số 1.500.000 đồng; hồ sơ 000.00.12.H12-230525-0001', ['phone'])).toEqual([]);
    expect(found('Hotline: 0912345678')).toEqual([]); // an agency line, labelled as such
  });
});

describe('email', () => {
  it('finds personal mailboxes', () => {
    expectOnly('Email: nguyen.van.an88@gmail.com.', 'email', 'nguyen.van.an88@gmail.com');
    expectOnly('thư gửi lan.nt@moj.gov.vn', 'email', 'lan.nt@moj.gov.vn');
  });
  it('leaves agency role mailboxes alone', () => {
    expect(found('Hỗ trợ: motcua@hanoi.gov.vn')).toEqual([]);
  });
});

describe('tax_code', () => {
  it('checks the check digit (remainder 0 is never issued)', () => {
    expect(isValidTaxCode('0100233488')).toBe(true);
    expect(isValidTaxCode('0100233480')).toBe(false);
    expect(isValidTaxCode('0314409058002')).toBe(true);
    expect(isValidTaxCode('0100000000')).toBe(false);
    // A body whose weighted sum is a multiple of 11 would need the check digit 10: no completion is valid.
    const w = [31, 29, 23, 19, 17, 13, 7, 5, 3];
    let body = '';
    for (let n = 10_000_001; body === ''; n++) {
      const b = String(n).padStart(9, '0');
      if ([...b].reduce((sum, d, i) => sum + w[i]! * Number(d), 0) % 11 === 0) body = b;
    }
    expect([...'0123456789'].filter((d) => isValidTaxCode(body + d))).toEqual([]);
  });
  it('finds 10-digit and branch codes, and the 12-digit number used as tax code', () => {
    expectOnly('MST: 0100233488', 'tax_code', '0100233488');
    expectOnly('Chi nhánh có mã số thuế 0314409058-002', 'tax_code', '0314409058-002');
    expectOnly('Mã số thuế cá nhân: 001203004567', 'tax_code', '001203004567');
  });
  it('leaves numbers with a wrong check digit alone unless labelled', () => {
    expect(found('mã tham chiếu 0100233480', ['tax_code'])).toEqual([]);
  });
});

describe('social_insurance and health_insurance', () => {
  it('finds the 10-digit BHXH number only after its label', () => {
    expectOnly('Mã số BHXH: 0123456789', 'social_insurance', '0123456789');
    expect(found('Số lượng 0123456789', ['social_insurance'])).toEqual([]);
  });
  it('finds the 15-character card code, spaced or not', () => {
    expectOnly('Thẻ BHYT HC4010123456789', 'health_insurance', 'HC4010123456789');
    expectOnly('mã thẻ DN 4 79 7924123456 còn hạn', 'health_insurance', 'DN 4 79 7924123456');
  });
});

describe('bank_account', () => {
  it('finds account numbers after their label only, as sensitive data', () => {
    expectOnly('Số tài khoản: 0011004123456 tại Vietcombank', 'bank_account', '0011004123456');
    expectOnly('chuyển vào STK 1903 5678 9012 34', 'bank_account', '1903 5678 9012 34');
    expectOnly('tài khoản Techcombank số 19035678901234', 'bank_account', '19035678901234');
    expect(found('Số biên nhận 0011004123456', ['bank_account'])).toEqual([]);
  });
  it('does not take an amount for an account', () => {
    expect(found('Số tài khoản: 0011004123456, số tiền 1.500.000 đồng')).toEqual([['bank_account', '0011004123456']]);
  });
});

describe('date_of_birth', () => {
  it('finds dates right after birth words, in every spelling', () => {
    expectOnly('Ngày sinh: 12/03/1985', 'date_of_birth', '12/03/1985');
    expectOnly('sinh ngày 05 tháng 3 năm 1990', 'date_of_birth', '05 tháng 3 năm 1990');
    expectOnly('Năm sinh: 1957', 'date_of_birth', '1957');
    expectOnly('DOB: 1988-07-14', 'date_of_birth', '1988-07-14');
    expectOnly('Ngày, tháng, năm sinh (dd/mm/yyyy): 29/02/1996', 'date_of_birth', '29/02/1996');
    expectOnly('NGÀY SINH: 03.09.2001', 'date_of_birth', '03.09.2001');
  });
  it('leaves other dates and impossible dates alone', () => {
    expect(found('Ngày cấp: 12/04/2021. Có giá trị đến: 12/04/2036')).toEqual([]);
    expect(found('Hà Nội, ngày 25 tháng 5 năm 2023')).toEqual([]);
    expect(found('Ngày sinh: 31/02/1990')).toEqual([]);
    expect(found('Sinh ngày 12/03/1985, cấp ngày 05/06/2021', ['date_of_birth'])).toEqual([['date_of_birth', '12/03/1985']]);
    expect(found('học sinh lớp 5 năm 2023')).toEqual([]);
  });
});

describe('person_name', () => {
  it('finds names after labels, in upper or title case, with or without diacritics', () => {
    expectOnly('Họ và tên: NGUYỄN VĂN AN', 'person_name', 'NGUYỄN VĂN AN');
    expectOnly('Họ, chữ đệm và tên: Trần Thị Bích Ngọc', 'person_name', 'Trần Thị Bích Ngọc');
    expectOnly('Ho va ten: Nguyen Van Binh', 'person_name', 'Nguyen Van Binh');
    expectOnly("Người yêu cầu: H'Hen Niê", 'person_name', "H'Hen Niê");
    expectOnly('Họ và tên chủ hộ: LÊ VĂN TÁM', 'person_name', 'LÊ VĂN TÁM'); // catalog label with a qualifier
  });
  it('stops at the next label', () => {
    expect(found('HỌ VÀ TÊN: ĐẶNG QUỐC BẢO GIỚI TÍNH: NAM', ['person_name'])).toEqual([['person_name', 'ĐẶNG QUỐC BẢO']]);
    expect(found('Họ tên: Lê Thị Hồng Nhung Quốc tịch: Việt Nam', ['person_name'])).toEqual([['person_name', 'Lê Thị Hồng Nhung']]);
  });
  it('finds names after honorifics and without any label', () => {
    expectOnly('Đã liên hệ bà Phạm Thu Hà để bổ sung', 'person_name', 'Phạm Thu Hà');
    expectOnly('cháu Nguyễn Minh Khôi', 'person_name', 'Nguyễn Minh Khôi');
    expectOnly('Nguyễn Thị Lan đến nộp hồ sơ', 'person_name', 'Nguyễn Thị Lan');
  });
  it('finds the name line of an MRZ', () => {
    expect(found('NGUYEN<<VAN<AN<<<<<<<<<<<<<<', ['person_name'])).toEqual([['person_name', 'NGUYEN<<VAN<AN']]);
  });
  it('leaves places, streets, agencies, schools and officials alone', () => {
    for (const t of [
      'TP. Hồ Chí Minh, ngày 25 tháng 5 năm 2023',
      'UBND quận Hai Bà Trưng; đường Bà Triệu; tỉnh Bà Rịa - Vũng Tàu',
      'Trường THPT Chu Văn An; Bệnh viện Bạch Mai; Công ty TNHH Hoàng Long',
      'Người ký: Nguyễn Văn Hùng; Chức vụ: Chủ tịch',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'HỒ SƠ ĐỀ NGHỊ CẤP GIẤY PHÉP',
      'Trụ sở: 86 Lê Thánh Tôn, phường Bến Nghé',
    ]) {
      expect(found(t)).toEqual([]);
    }
  });
});

describe('address', () => {
  it('finds the address after its label and stops where it ends', () => {
    expectOnly('Nơi thường trú: Số 7, ngõ 68 phố Cầu Giấy, phường Quan Hoa, Hà Nội', 'address', 'Số 7, ngõ 68 phố Cầu Giấy, phường Quan Hoa, Hà Nội');
    expect(found('trú tại thôn Đông, xã Tây Tựu, Hà Nội đến nộp hồ sơ', ['address'])).toEqual([['address', 'thôn Đông, xã Tây Tựu, Hà Nội']]);
    expect(found('Quê quán: xã Nghi Lộc, tỉnh Nghệ An. Số điện thoại: 0912345678', ['address'])).toEqual([['address', 'xã Nghi Lộc, tỉnh Nghệ An']]);
    expectOnly('dia chi: thon 3, xa hoa binh, huyen yen dinh', 'address', 'thon 3, xa hoa binh, huyen yen dinh');
  });
  it('leaves agency addresses and web addresses alone', () => {
    expect(found('Trụ sở: số 1 Tràng Tiền, Hoàn Kiếm, Hà Nội')).toEqual([]);
    expect(found('tra cứu tại địa chỉ dichvucong.gov.vn')).toEqual([]);
    expect(found('Địa chỉ nêu trên đã được xác minh.')).toEqual([]);
  });
});

describe('license_plate', () => {
  it('finds plates in their common forms', () => {
    expectOnly('Biển số: 30A-123.45', 'license_plate', '30A-123.45');
    expectOnly('xe máy 29-B1 123.45 màu đỏ', 'license_plate', '29-B1 123.45');
    expectOnly('BKS 51G12345', 'license_plate', '51G12345');
  });
  it('leaves codes and document numbers alone', () => {
    expect(found('Quyết định 45/2020/NĐ-CP; mã 000.00.12.H12; Km 12+345')).toEqual([]);
  });
});

describe('hard negatives', () => {
  it('changes nothing in codes, numbers, amounts and references', () => {
    for (const t of [
      'Mã hồ sơ: 000.00.12.H12-230525-0001; mã TTHC: 1.011442.000.00.00.H38',
      'Quyết định số 123/QĐ-UBND ngày 05/06/2023; Thông tư 01/2023/TT-VPCP; Nghị định 45/2020/NĐ-CP',
      'Lệ phí 1.500.000 đồng; phí 2,5 triệu; tăng 12,5%; trang 4/17; Điều 7 Khoản 2',
      'Số biên nhận: 2305250001; Biên lai số 0012345; Mã giao dịch: 230525123456',
    ]) {
      expect(found(t)).toEqual([]);
    }
  });
  it('returns sorted, non-overlapping spans inside the text', () => {
    const text = 'Họ và tên: Nguyễn Văn An, CCCD 001203004567, SĐT 0912345678, trú tại thôn Đông, xã Tây Tựu';
    const spans = detectPii(text);
    for (let i = 0; i < spans.length; i++) {
      expect(spans[i]!.end).toBeLessThanOrEqual(text.length);
      if (i > 0) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
      expect(spans[i]!.score).toBeGreaterThan(0);
      expect(spans[i]!.score).toBeLessThanOrEqual(1);
    }
    expect(spans.map((s) => s.type)).toEqual(['person_name', 'national_id', 'phone', 'address']);
  });
  it('honours the types and minScore options', () => {
    const text = 'CCCD 001203004567, SĐT 0912345678';
    expect(found(text, ['phone'])).toEqual([['phone', '0912345678']]);
    expect(found('tham chiếu 84912345678')).toEqual([['phone', '84912345678']]); // 84 without '+': a weak phone
    expect(detectPii('tham chiếu 84912345678', { minScore: 0.9 })).toEqual([]);
    expect(detectPii('')).toEqual([]);
  });
});

describe('engine state between calls', () => {
  it('has every recognizer drop what its matcher kept of the text, even when a call throws', () => {
    const keeping = recognizers.filter((r) => r.release !== undefined);
    expect(keeping.map((r) => r.type).sort()).toEqual(['person_name']);
    const spies = keeping.map((r) => vi.spyOn(r, 'release'));
    try {
      detectPii('Địa chỉ thường trú: số 12 đường Lê Lợi, phường Bến Thành. Biển số xe: 51G-123.45');
      for (const s of spies) expect(s).toHaveBeenCalledTimes(1);
      // a call that throws half-way (here a caller's bug: no string) releases too
      expect(() => detectPii({ length: 9 } as unknown as string)).toThrow();
      for (const s of spies) expect(s).toHaveBeenCalledTimes(2);
    } finally {
      for (const s of spies) s.mockRestore();
    }
  });
});
