// PDF reader on real files: text layer lines and order, tables, multi-page,
// scanned pages read by OCR, QR on one-stop results, and clear errors.
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { sharedOcr } from '../../src/readers/ocr-node.ts';
import { PdfReadError, readPdf } from '../../src/readers/pdf.ts';
import { nodePdfjs, readPdfFile, shutdownReaders } from '../../src/readers/pdf-node.ts';

const dir = fileURLToPath(new URL('../fixtures/documents/', import.meta.url));
const pdf = (name: string) => join(dir, 'pdf', name);

afterAll(async () => {
  await shutdownReaders();
});

async function errorOf(p: Promise<unknown>): Promise<PdfReadError> {
  const err = await p.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(PdfReadError);
  return err as PdfReadError;
}

describe('readPdf: text layer', () => {
  it('rebuilds visual lines in reading order, with tabs between columns', async () => {
    const r = await readPdfFile(pdf('giay-khai-sinh-inline.pdf'));
    const lines = r.source.text.split('\n');
    expect(r.source.origin).toBe('pdf-text');
    expect(r.source.confidence).toBe(1);
    expect(r.pages).toBe(1);
    expect(r.ocrPages).toEqual([]);
    expect(r.source.title).toBe('GIẤY KHAI SINH');
    // Header: agency on the left, national motto on the right, one line.
    expect(lines[0]).toBe('ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(lines).toContain('Số: 125\tQuyển số: 01/2019');
    expect(lines).toContain('Giới tính: Nam\tDân tộc: Kinh\tQuốc tịch: Việt Nam');
    const order = ['GIẤY KHAI SINH', 'Họ, chữ đệm, tên: NGUYỄN MINH KHANG', 'Ngày, tháng, năm sinh: 15/03/2019', 'Ngày, tháng, năm đăng ký: 28/03/2019', 'Phạm Thu Trang'];
    const at = order.map((l) => lines.indexOf(l));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('gives cells of a multi-column row as pairs, each ending at its column', async () => {
    const r = await readPdfFile(pdf('quyet-dinh-column.pdf'));
    expect(r.source.text.split('\n')).toContain('Số: 89/QĐ-STP\tCần Thơ, ngày 20 tháng 02 năm 2023');
    expect(r.source.pairs).toContainEqual({ label: 'Số', value: '89/QĐ-STP' });
  });

  it('joins wrapped table cells into whole pairs and keeps the visual line, indented to its column', async () => {
    const r = await readPdfFile(pdf('can-cuoc-bilingual-table.pdf'));
    expect(r.source.pairs).toContainEqual({ label: 'Quê quán / Place of origin', value: 'Phường Bến Thành, Quận 1, Thành phố Hồ Chí Minh' });
    expect(r.source.pairs).toContainEqual({ label: 'Họ và tên / Full name', value: 'Phạm Hoàng Long' });
    const lines = r.source.text.split('\n');
    const i = lines.indexOf('Quê quán / Place of origin\tPhường Bến Thành, Quận 1, Thành phố Hồ Chí');
    expect(i).toBeGreaterThanOrEqual(0);
    expect(lines[i + 1]).toBe('\tMinh');
  });

  it('joins a word-wrapped `Label: value` line into one pair', async () => {
    const r = await readPdfFile(pdf('giay-khai-sinh-inline.pdf'));
    expect(r.source.pairs).toContainEqual({ label: 'Nơi đăng ký', value: 'Ủy ban nhân dân phường Láng Hạ, quận Đống Đa, thành phố Hà Nội' });
    // A line that did not wrap gives no pair: extraction reads it as free text.
    expect(r.source.pairs.some((p) => p.label === 'Quê quán')).toBe(false);
  });

  it('reads every page of a multi-page PDF in order', async () => {
    const r = await readPdfFile(pdf('xac-nhan-hon-nhan-2-pages.pdf'));
    expect(r.pages).toBe(2);
    const t = r.source.text;
    expect(t.indexOf('Họ, chữ đệm, tên: TRƯƠNG VĂN BÌNH')).toBeGreaterThanOrEqual(0);
    expect(t.indexOf('Tình trạng hôn nhân: Chưa đăng ký kết hôn với ai')).toBeGreaterThan(t.indexOf('Nơi cư trú:'));
  });

  it('decodes the one-stop QR printed top-left on a result', async () => {
    const r = await readPdfFile(pdf('ho-kinh-doanh-onestop-qr.pdf'));
    expect(r.checked).toHaveLength(1);
    expect(r.checked[0]).toMatchObject({
      source: 'qr', type: 'dang_ky_ho_kinh_doanh', fields: { chu_ho_so_dinh_danh: '001188012977' },
      extra: { dossierCode: '000.00.12.H26-230915-0042', procedureCode: '1.001612.000.00.00.H26', issuedAt: '2023-09-18T15:42:10+07:00' },
    });
  });
});

describe('readPdf: scanned pages', () => {
  it('falls back to OCR of the rendered page and still finds the QR', async () => {
    const progress: number[] = [];
    const r = await readPdfFile(join(dir, 'scan', 'quyet-dinh-scan-onestop-qr.pdf'), { onProgress: (p) => progress.push(p.progress) });
    expect(r.ocrPages).toEqual([1]);
    expect(r.source.origin).toBe('ocr');
    expect(r.source.confidence).toBeGreaterThan(0.8);
    expect(r.source.confidence).toBeLessThan(1);
    expect(r.source.text).toContain('Số định danh cá nhân: 001175009834');
    expect(r.checked.find((c) => c.source === 'qr')?.extra?.dossierCode).toBe('000.00.13.H26-240402-0117');
    expect(progress.at(-1)).toBe(1);
    expect(progress.some((p) => p > 0 && p < 1)).toBe(true);
  });

  it('reads a signed scan by OCR: a text stamp over a page-sized image does not make it a text page', async () => {
    const src = await PDFDocument.load(readFileSync(join(dir, 'scan', 'quyet-dinh-scan-onestop-qr.pdf')));
    const font = await src.embedFont(StandardFonts.Helvetica);
    src.getPage(0).drawText('Signed by: Digitizer One, 2024-06-01 10:20:30 +07:00, Office of Example Ward', { x: 110, y: 815, size: 7, font });
    const r = await readPdf(await src.save(), { pdfjs: nodePdfjs, ocr: sharedOcr() });
    expect(r.ocrPages).toEqual([1]);
    expect(r.source.text).toContain('001175009834');
  });

  it('refuses a page without text when no OCR engine is given', async () => {
    const bytes = new Uint8Array(readFileSync(join(dir, 'scan', 'quyet-dinh-scan-onestop-qr.pdf')));
    expect((await errorOf(readPdf(bytes, { pdfjs: nodePdfjs }))).code).toBe('needs_ocr');
  });
});

describe('readPdf: bad files', () => {
  const broken = (name: string) => join(dir, 'pdf', 'broken', name);

  it('rejects a 0-byte file', async () => {
    expect((await errorOf(readPdfFile(broken('empty.pdf')))).code).toBe('empty');
  });

  it('rejects a damaged PDF without echoing its content', async () => {
    const err = await errorOf(readPdfFile(broken('truncated.pdf')));
    expect(err.code).toBe('corrupt');
    expect(err.message).not.toMatch(/ĐINH|Nghi Phong/);
  });

  it('rejects a file that is not a PDF', async () => {
    expect((await errorOf(readPdfFile(broken('not-a-pdf.pdf')))).code).toBe('not_pdf');
  });

  it('rejects a password-protected PDF', async () => {
    const err = await errorOf(readPdfFile(broken('encrypted.pdf')));
    expect(err.code).toBe('encrypted');
    expect(err.message).toMatch(/password/);
  });

  it('rejects an oversize file before reading it', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'sohoa-pdf-'));
    try {
      const big = join(tmp, 'big.pdf');
      writeFileSync(big, '%PDF-1.7\n');
      truncateSync(big, 51 * 1024 * 1024); // sparse: costs no disk
      expect((await errorOf(readPdfFile(big))).code).toBe('too_large');
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
    const bytes = new Uint8Array(readFileSync(pdf('trich-luc-khai-tu.pdf')));
    expect((await errorOf(readPdf(bytes, { pdfjs: nodePdfjs, maxBytes: 1000 }))).code).toBe('too_large');
  });

  it('leaves the caller\'s bytes intact', async () => {
    const bytes = new Uint8Array(readFileSync(pdf('trich-luc-khai-tu.pdf')));
    const copy = bytes.slice();
    await readPdf(bytes, { pdfjs: nodePdfjs });
    expect(bytes).toEqual(copy);
  });
});
