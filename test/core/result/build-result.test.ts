import { describe, expect, it } from 'vitest';
import { buildResult, missingRequired, type ConfirmInput } from '../../../src/core/result/build-result.ts';
import { validateResult } from '../../../src/core/result/schema.ts';

const base: ConfirmInput = {
  documentType: 'can_cuoc',
  fields: { so_dinh_danh: '001090012345', ho_ten: 'NGUYỄN VĂN AN', ngay_sinh: '1990-03-15', gioi_tinh: 'Nam', quoc_tich: 'Việt Nam', ngay_cap: '2021-08-10', co_gia_tri_den: '2030-03-15', co_quan_cap: 'Cục Cảnh sát QLHC về TTXH' },
  digitizer: { name: 'Lê Thị Thu', agencyCode: '000.00.12.H12' },
  codeTemplate: '{owner}-{type}-{install}{serial:5}',
  install: 'ABCD1234',
  serial: 7,
  capturedAt: '2026-11-26T08:00:00.000Z',
  confirmedAt: new Date('2026-11-26T08:05:00.000Z'),
  source: { url: 'https://dichvucong.example.gov.vn/ho-so?cccd=001090012345&id=9', title: 'Hồ sơ của ông Nguyễn Văn An, SĐT 0912 345 678', dossierCode: '000.00.12.H12-230525-0001' },
  files: [{ name: 'CCCD 001090012345.pdf', mediaType: 'application/pdf', size: 10, sha256: 'a'.repeat(64) }],
};

describe('buildResult', () => {
  it('builds a valid, coded result with the Art. 9.2 metadata', () => {
    const r = buildResult(base);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.result.code).toBe('001090012345-can_cuoc-ABCD123400007');
    expect(r.result.ownerId).toBe('001090012345');
    expect(r.result.metadata).toMatchObject({ documentTypeCode: 'can_cuoc', ownerId: '001090012345', number: '001090012345', issueDate: '2021-08-10', validUntil: '2030-03-15' });
    expect(validateResult(r.result).ok).toBe(true);
  });

  it('masks personal data in the free text that travels with the fields', () => {
    const r = buildResult(base);
    if (!r.ok) throw new Error('expected ok');
    const travelling = JSON.stringify([r.result.source, r.result.files]);
    expect(travelling).not.toContain('001090012345');
    expect(travelling).not.toContain('Nguyễn Văn An');
    expect(travelling).not.toMatch(/0912\s?345\s?678/);
    expect(r.result.source.dossierCode).toBe('000.00.12.H12-230525-0001');
    expect(new URL(r.result.source.url).searchParams.get('id')).toBe('9');
  });

  it('keeps only catalog fields of the type and drops empty ones', () => {
    const r = buildResult({ ...base, fields: { ...base.fields, so_dien_thoai: '0912345678', que_quan: '  ' } });
    if (!r.ok) throw new Error('expected ok');
    expect(r.result.fields).not.toHaveProperty('so_dien_thoai');
    expect(r.result.fields).not.toHaveProperty('que_quan');
  });

  it('refuses a draft with empty required fields, naming them', () => {
    const r = buildResult({ ...base, fields: { ...base.fields, ho_ten: '', gioi_tinh: ' ' } });
    expect(r).toEqual({ ok: false, missing: ['ho_ten', 'gioi_tinh'], errors: [] });
    expect(missingRequired('giay_khai_sinh', {})).toEqual(['so', 'ho_ten', 'ngay_sinh', 'gioi_tinh', 'noi_dang_ky', 'ngay_dang_ky']);
  });

  it('leaves the owner part blank when the document has no owner identifier', () => {
    const r = buildResult({ ...base, documentType: 'quyet_dinh_hanh_chinh', fields: { so_ky_hieu: '123/QĐ-UBND', ngay_ban_hanh: '2026-01-05', co_quan_ban_hanh: 'UBND tỉnh Demo', trich_yeu: 'Về việc cấp phép' } });
    if (!r.ok) throw new Error(JSON.stringify(r));
    expect(r.result.code).toBe('-quyet_dinh_hanh_chinh-ABCD123400007');
    expect(r.result.ownerId).toBeNull();
  });
});

describe('result schema', () => {
  it('rejects impossible dates and an owner that differs between result and metadata, naming paths only', () => {
    const r = buildResult(base);
    if (!r.ok) throw new Error('expected ok');
    const bad = { ...r.result, metadata: { ...r.result.metadata, issueDate: '2021-13-45', ownerId: '079203001234' } };
    const v = validateResult(bad);
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.errors.some((e) => e.startsWith('metadata.issueDate'))).toBe(true);
    expect(v.errors.some((e) => e.startsWith('metadata.ownerId'))).toBe(true);
    expect(v.errors.join()).not.toContain('079203001234');
  });
});
