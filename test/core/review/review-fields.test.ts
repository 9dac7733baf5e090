import { describe, expect, it } from 'vitest';
import { reviewFields } from '../../../src/core/review/review-fields.ts';

describe('reviewFields', () => {
  it('normalizes keyed values like extraction does', () => {
    const r = reviewFields('can_cuoc', { ho_ten: ' nguyễn  văn an ', ngay_sinh: '15/3/1990', gioi_tinh: 'nam', so_dinh_danh: '0010 9001 2345' }, '2026-11-26');
    expect(r.fields).toMatchObject({ ho_ten: 'NGUYỄN VĂN AN', ngay_sinh: '1990-03-15', gioi_tinh: 'Nam', so_dinh_danh: '001090012345' });
  });

  it('keeps a value it cannot normalize, flagged, instead of dropping it', () => {
    const r = reviewFields('can_cuoc', { ngay_sinh: '31/02/1990' }, '2026-11-26');
    expect(r.fields.ngay_sinh).toBe('31/02/1990');
    expect(r.warnings.some((w) => w.field === 'ngay_sinh')).toBe(true);
  });

  it('flags an ID that disagrees with the birth year, without quoting values', () => {
    const r = reviewFields('can_cuoc', { so_dinh_danh: '001090012345', ngay_sinh: '1985-03-15', gioi_tinh: 'Nam' }, '2026-11-26');
    const w = r.warnings.filter((x) => x.field === 'so_dinh_danh');
    expect(w.length).toBeGreaterThan(0);
    expect(JSON.stringify(r.warnings)).not.toContain('001090012345');
  });

  it('drops keys that are not catalog fields of the type (minimization)', () => {
    const r = reviewFields('can_cuoc', { ho_ten: 'An', so_dien_thoai: '0912345678' }, '2026-11-26');
    expect(Object.keys(r.fields)).toEqual(['ho_ten']);
  });
});
