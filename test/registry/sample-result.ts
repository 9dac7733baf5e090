// A valid DigitizationResult for tests (registry, outbox, e2e). Fictitious
// person; the file hash is the real SHA-256 of the bytes exported beside it.
import { createHash } from 'node:crypto';
import type { DigitizationResult } from '../../src/core/result/schema.ts';

/** Bytes standing in for the scanned card; `files[0].sha256` is their digest. */
export const sampleFileBytes = new TextEncoder().encode('%PDF-1.4 sohoa sample scan of a citizen ID card\n');

export const sampleOwnerId = '001099012345';

/** Overrides replace top-level keys (shallow); pass a whole nested object to change one part. */
export function sampleResult(overrides: Partial<DigitizationResult> = {}): DigitizationResult {
  const ownerId = overrides.ownerId !== undefined ? overrides.ownerId : sampleOwnerId;
  return {
    schemaVersion: 1,
    code: `${ownerId ?? 'NOOWNER'}.can_cuoc.000001`,
    documentType: 'can_cuoc',
    fields: {
      so_dinh_danh: ownerId ?? '001099012345',
      ho_ten: 'NGUYỄN VĂN AN',
      ngay_sinh: '1999-03-05',
      gioi_tinh: 'Nam',
      quoc_tich: 'Việt Nam',
      noi_thuong_tru: 'Số 1 phố Tràng Tiền, phường Hoàn Kiếm, Hà Nội',
      ngay_cap: '2021-06-10',
      co_gia_tri_den: '2039-03-05',
      co_quan_cap: 'Cục Cảnh sát quản lý hành chính về trật tự xã hội',
    },
    ownerId,
    metadata: {
      documentTypeCode: 'can_cuoc',
      ownerId,
      name: 'Căn cước công dân',
      number: ownerId,
      issueDate: '2021-06-10',
      issuer: 'Cục Cảnh sát quản lý hành chính về trật tự xã hội',
      summary: null,
      validUntil: '2039-03-05',
      scope: null,
    },
    digitizer: { name: 'Trần Thị Bình', role: 'Công chức một cửa', agencyCode: '000.00.12.H12' },
    capturedAt: '2026-05-25T08:30:00.000+07:00',
    confirmedAt: '2026-05-25T08:35:00.000+07:00',
    source: {
      url: 'http://127.0.0.1:8080/dossier/000.00.12.H12-230525-0001',
      title: 'Hồ sơ 000.00.12.H12-230525-0001',
      dossierCode: '000.00.12.H12-230525-0001',
      procedureCode: '1.001612',
    },
    files: [{
      name: 'can-cuoc.pdf',
      mediaType: 'application/pdf',
      size: sampleFileBytes.byteLength,
      sha256: createHash('sha256').update(sampleFileBytes).digest('hex'),
    }],
    ...overrides,
  };
}
