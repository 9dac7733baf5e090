// Decisions print most of their metadata without labels (Decree 30/2020 layout).
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../../src/core/extract/index.ts';
import { decisionSigner, decisionSubject, unlabeledSummary } from '../../../src/core/extract/decision-heuristics.ts';
import type { SourceText } from '../../../src/core/extract/types.ts';

const pdf = (text: string): SourceText => ({ origin: 'pdf-text', pairs: [], text });

describe('unlabeled decision metadata', () => {
  it('reads header, number beside the date cell, summary, subject, identifier and signer', () => {
    const ex = extractFields(pdf([
      'ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'QUẬN 3\tĐộc lập - Tự do - Hạnh phúc',
      'Số: 2231/QĐ-UBND\tQuận 3, ngày 05 tháng 7 năm 2024',
      'QUYẾT ĐỊNH',
      'Về việc công nhận hộ gia đình văn hóa',
      'cho ông Lý Văn Bình',
      'ỦY BAN NHÂN DÂN QUẬN 3',
      'Căn cứ Luật Tổ chức chính quyền địa phương;',
      'QUYẾT ĐỊNH:',
      'Điều 1. Công nhận ông Lý Văn Bình, CCCD số 079085001122, là hộ gia đình văn hóa.',
      'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.',
      'Nơi nhận:\tTM. ỦY BAN NHÂN DÂN',
      '- Như Điều 3;\tKT. CHỦ TỊCH',
      '- Lưu: VT.\tPHÓ CHỦ TỊCH',
      '(Đã ký)',
      'Đại tá Hồ Văn Tư',
    ].join('\n')), { today: '2025-01-01' });
    expect(ex.type).toBe('quyet_dinh_hanh_chinh');
    expect(ex.fields).toEqual({
      so_ky_hieu: '2231/QĐ-UBND',
      ngay_ban_hanh: '2024-07-05',
      co_quan_ban_hanh: 'ỦY BAN NHÂN DÂN QUẬN 3',
      trich_yeu: 'công nhận hộ gia đình văn hóa cho ông Lý Văn Bình',
      doi_tuong: 'LÝ VĂN BÌNH',
      so_dinh_danh: '079085001122',
      nguoi_ky: 'HỒ VĂN TƯ',
      chuc_vu_nguoi_ky: 'PHÓ CHỦ TỊCH',
    });
  });

  it('takes a header the page shows in mixed case, and an organization Article 1 names by its enterprise code', () => {
    const ex = extractFields(pdf([
      'Ủy ban nhân dân', 'Phường Bến Nghé', 'Số: 12/QĐ-UBND', 'Quận 1, ngày 9 tháng 1 năm 2024', 'Quyết định',
      'Về việc cho phép tổ chức lễ hội đường phố',
      'Điều 1. Cho phép Công ty Cổ phần Sự kiện Sao Việt, mã số doanh nghiệp 0312345678, tổ chức lễ hội.',
      'CHỦ TỊCH', 'Đã ký', 'Võ Thị Thu',
    ].join('\n')), { today: '2025-01-01' });
    expect(ex.fields).toMatchObject({
      co_quan_ban_hanh: 'Ủy ban nhân dân Phường Bến Nghé',
      ngay_ban_hanh: '2024-01-09',
      doi_tuong: 'CÔNG TY CỔ PHẦN SỰ KIỆN SAO VIỆT',
      so_dinh_danh: '0312345678',
      nguoi_ky: 'VÕ THỊ THU',
    });
  });

  it('does not take a phone-number label in a page header for the issuer', () => {
    const ex = extractFields(pdf('Thông tin người nộp\nSố điện thoại\t0987654321\nQUYẾT ĐỊNH\nVề việc cấp phép\nĐiều 1. Cấp phép cho ông Trần An.'));
    expect(ex.fields.co_quan_ban_hanh).toBeUndefined();
  });
});

describe('decision pieces', () => {
  it('finds the summary printed under the title without "Về việc"', () => {
    expect(unlabeledSummary(['QUYẾT ĐỊNH', 'Cấp đổi giấy phép lái xe', 'cho công dân', 'TRƯỞNG PHÒNG'])).toBe('Cấp đổi giấy phép lái xe cho công dân');
    expect(unlabeledSummary(['QUYẾT ĐỊNH', 'Căn cứ Luật Xây dựng;'])).toBeNull();
    expect(unlabeledSummary(['QUYẾT ĐỊNH', 'CHỦ TỊCH ỦY BAN NHÂN DÂN'])).toBeNull();
  });

  it('finds whom Article 1 is about, before anyone the preamble names, and never across lines', () => {
    expect(decisionSubject('Xét đơn của ông Trần Văn Khoa,\nĐiều 1. Xử phạt bà Trần Thị Bé, sinh năm 1990.\nĐiều 2. Thi hành.')).toBe('Trần Thị Bé');
    expect(decisionSubject('Dieu 1. Thu hoi giay phep cap cho Cong ty TNHH Thuy san Giao Thuy, ma so thue 0101234565.')).toBe('Cong ty TNHH Thuy san Giao Thuy');
    expect(decisionSubject('Cấp đổi giấy phép lái xe cho công dân\nTRƯỞNG PHÒNG CẢNH SÁT')).toBeNull();
    // A paragraph wraps inside an organization's name, but a list of labelled lines does not run on.
    expect(decisionSubject('Điều 1. Thu hồi giấy chứng nhận của Công ty\nTNHH Thương mại Hoàng Long, mã số doanh nghiệp 2400123458.')).toBe('Công ty TNHH Thương mại Hoàng Long');
    expect(decisionSubject('Điều 1. Cấp giấy phép cho:\nÔng/Bà: NGUYỄN THỊ XUÂN\nSố định danh cá nhân: 001175009834')).toBe('NGUYỄN THỊ XUÂN');
    expect(decisionSubject('Điều 1. Giao Chủ tịch Ủy ban nhân dân phường tổ chức thực hiện.')).toBeNull();
  });

  it('reads a role wrapped over two lines and a name after a rank', () => {
    expect(decisionSigner(['TRƯỞNG PHÒNG QUẢN LÝ', 'HÀNH CHÍNH VỀ TRẬT TỰ', '(Đã ký)', 'Thượng tá Nguyễn Văn Khải']))
      .toEqual({ role: 'TRƯỞNG PHÒNG QUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ', name: 'Nguyễn Văn Khải' });
    expect(decisionSigner(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'TS. Lê Minh Hà'])).toEqual({ role: 'PHÓ GIÁM ĐỐC', name: 'Lê Minh Hà' });
    expect(decisionSigner(['CHỦ TỊCH', 'NGUYỄN VĂN AN'])).toEqual({ role: 'CHỦ TỊCH', name: 'NGUYỄN VĂN AN' });
    // A page styled with text-transform keeps the role in mixed case: only a line that is the role alone counts.
    expect(decisionSigner(['KT. Chủ tịch', 'Phó Chủ tịch', '[Đã ký]', 'Lò Văn Pao'])).toEqual({ role: 'Phó Chủ tịch', name: 'Lò Văn Pao' });
    expect(decisionSigner(['Chủ tịch Ủy ban nhân dân phường chịu trách nhiệm thi hành.', 'Nguyễn Văn An'])).toEqual({ role: null, name: null });
  });
});
