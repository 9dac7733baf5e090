// Line rebuilding from positioned boxes (PDF text items, OCR words).
import { describe, expect, it } from 'vitest';
import { buildRows, layoutRows, pairsFromRows, titleFromRows, type TextBox } from '../../src/readers/pdf-layout.ts';

const box = (text: string, x0: number, y0: number, w: number, h = 10): TextBox => ({ text, x0, y0, x1: x0 + w, y1: y0 + h });

describe('buildRows', () => {
  it('groups boxes by baseline, orders them left to right, and tabs column gaps', () => {
    const rows = buildRows([
      box('Dân tộc: Kinh', 300, 100.5, 70),
      box('Giới tính: Nam', 50, 100, 75),
      box('Họ và tên:', 50, 80, 50),
      box('NGUYỄN', 103, 80, 40),
      box('VĂN AN', 146, 80.8, 35),
    ]);
    expect(rows.map((r) => r.text)).toEqual(['Họ và tên: NGUYỄN VĂN AN', 'Giới tính: Nam\tDân tộc: Kinh']);
  });

  it('glues pieces of one word that touch, and spaces words that do not', () => {
    const rows = buildRows([box('Ng', 0, 0, 12), box('ày', 12.2, 0, 12), box('sinh', 28, 0, 20)]);
    expect(rows[0]!.text).toBe('Ngày sinh');
  });

  it('keeps a hyphen on its line even though its box is tiny', () => {
    const rows = buildRows([box('Độc', 0, 0, 30, 30), box('lập', 35, 1, 28, 30), { text: '-', x0: 67, x1: 72, y0: 16, y1: 19 }, box('Tự', 76, 2, 20, 30), box('next', 0, 40, 30, 30)]);
    expect(rows.map((r) => r.text)).toEqual(['Độc lập - Tự', 'next']);
  });

  it('does not merge two lines that are one line-height apart', () => {
    const rows = buildRows([box('first', 0, 0, 30), box('second', 0, 12, 40)]);
    expect(rows).toHaveLength(2);
  });
});

describe('layoutRows and pairsFromRows', () => {
  it('joins a wrapped table cell to its row and keeps the visual line indented', () => {
    const rows = buildRows([
      box('Nơi sinh', 50, 0, 40), box('Bệnh viện A, quận B,', 200, 0, 200),
      box('thành phố C', 200, 14, 60),
      box('Giới tính', 50, 28, 40), box('Nam', 200, 28, 20),
    ]);
    const layout = layoutRows(rows);
    expect(layout.lines).toEqual(['Nơi sinh\tBệnh viện A, quận B,', '\tthành phố C', 'Giới tính\tNam']);
    expect(pairsFromRows(layout.rows)).toEqual([
      { label: 'Nơi sinh', value: 'Bệnh viện A, quận B, thành phố C' },
      { label: 'Giới tính', value: 'Nam' },
    ]);
  });

  it('joins a word-wrapped `Label: value` line only when the next word could not have fitted', () => {
    const rows = buildRows([
      box('Nơi đăng ký: Ủy ban nhân dân phường X, thành phố Hà', 50, 0, 480),
      box('Nội', 50, 14, 22),
      box('Quê quán: xã Y', 50, 28, 120),
      box('Ghi chú', 50, 42, 50),
    ]);
    const pairs = pairsFromRows(layoutRows(rows).rows);
    expect(pairs).toEqual([{ label: 'Nơi đăng ký', value: 'Ủy ban nhân dân phường X, thành phố Hà Nội' }]);
  });

  it('does not take a new `Label: value` line as a continuation', () => {
    const rows = buildRows([box('Nơi sinh', 50, 0, 40), box('Bệnh viện A', 200, 0, 100), box('Quê quán: xã Y', 200, 14, 100)]);
    expect(layoutRows(rows).rows).toHaveLength(2);
  });

  it('finds the title as the first run of clearly larger rows', () => {
    const rows = buildRows([box('UBND XÃ A', 0, 0, 60), box('GIẤY KHAI SINH', 100, 30, 150, 16), box('Họ và tên: A', 0, 60, 80), box('Ngày sinh: 1', 0, 80, 80)]);
    expect(titleFromRows(rows)).toBe('GIẤY KHAI SINH');
  });
});
