import { describe, expect, it } from 'vitest';
import { checkTemplate, DEFAULT_CODE_TEMPLATE, newInstallId, renderCode } from '../../../src/core/result/code-template.ts';
import { resultCodePattern } from '../../../src/core/result/schema.ts';

const base = { owner: '001203004567', type: 'can_cuoc', agency: '000.00.12.H12', install: 'K7Q2XM9A', serial: 42, date: new Date(2026, 10, 26) };

describe('result code template', () => {
  it('renders owner, type, date, install and zero-padded serial', () => {
    expect(renderCode(DEFAULT_CODE_TEMPLATE, base)).toBe('001203004567-can_cuoc-261126-K7Q2XM9A00042');
    expect(renderCode('{agency}.{type}.{date:YYYYMMDD}.{install}.{serial:3}', base)).toBe('000.00.12.H12.can_cuoc.20261126.K7Q2XM9A.042');
  });

  it('leaves the owner part blank when the document has no identifier (Art. 10)', () => {
    expect(renderCode(DEFAULT_CODE_TEMPLATE, { ...base, owner: null })).toBe('-can_cuoc-261126-K7Q2XM9A00042');
  });

  it('never produces characters outside the URL-safe code alphabet', () => {
    const code = renderCode(DEFAULT_CODE_TEMPLATE, { ...base, owner: '0012 0300/4567<x>' });
    expect(code).toMatch(resultCodePattern);
  });

  it('different serials give different codes, the same inputs the same code', () => {
    const codes = new Set(Array.from({ length: 500 }, (_, i) => renderCode(DEFAULT_CODE_TEMPLATE, { ...base, serial: i + 1 })));
    expect(codes.size).toBe(500);
  });

  it('rejects templates that cannot guarantee uniqueness or hold unsafe text', () => {
    expect(checkTemplate('{owner}-{type}')).toMatchObject({ ok: false });
    expect(checkTemplate('{owner}-{serial}')).toMatchObject({ ok: false });
    expect(checkTemplate('{install}{serial}/x')).toMatchObject({ ok: false });
    expect(checkTemplate('{install}{serial}{bogus}')).toMatchObject({ ok: false });
    expect(checkTemplate('{install}{serial:abc}')).toMatchObject({ ok: false });
    expect(checkTemplate(DEFAULT_CODE_TEMPLATE)).toEqual({ ok: true });
    expect(() => renderCode('{type}', base)).toThrow(/install/);
  });

  it('rejects a non-positive serial and a malformed installation id', () => {
    expect(() => renderCode(DEFAULT_CODE_TEMPLATE, { ...base, serial: 0 })).toThrow(/serial/);
    expect(() => renderCode(DEFAULT_CODE_TEMPLATE, { ...base, install: 'ab' })).toThrow(/installation/);
  });

  it('makes installation ids in the expected alphabet, different each time', () => {
    const ids = new Set(Array.from({ length: 100 }, newInstallId));
    expect(ids.size).toBe(100);
    for (const id of ids) expect(id).toMatch(/^[0-9A-Z]{8}$/);
  });
});
