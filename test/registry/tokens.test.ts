import { describe, expect, it } from 'vitest';
import { createTokenTable, parseTokenSpec } from '../../src/registry/tokens.ts';

describe('registry tokens', () => {
  it('parses TOKEN:officialName, splitting at the first colon', () => {
    expect(parseTokenSpec('abc123:Trần Thị Bình')).toEqual(['abc123', 'Trần Thị Bình']);
    expect(parseTokenSpec('abc:Phòng 1: Bình')).toEqual(['abc', 'Phòng 1: Bình']);
  });

  it('rejects specs missing a part without echoing the secret', () => {
    for (const spec of ['s3cr3t', ':Bình', 's3cr3t:', 's3cr3t:   ', 'a b:Bình']) {
      expect(() => parseTokenSpec(spec)).toThrow(/--token/);
      try { parseTokenSpec(spec); } catch (err) { expect((err as Error).message).not.toContain('s3cr3t'); }
    }
  });

  it('maps bearer headers to officials and nothing else', () => {
    const table = createTokenTable(new Map([['t-1', 'Bình'], ['t-2', 'Cường']]));
    expect(table.open).toBe(false);
    expect(table.officialFor('Bearer t-1')).toBe('Bình');
    expect(table.officialFor('Bearer t-2')).toBe('Cường');
    expect(table.officialFor('Bearer t-3')).toBeUndefined();
    expect(table.officialFor('Bearer t-1 t-2')).toBeUndefined();
    expect(table.officialFor('t-1')).toBeUndefined();
    expect(table.officialFor(undefined)).toBeUndefined();
    expect(createTokenTable(undefined).open).toBe(true);
  });
});
