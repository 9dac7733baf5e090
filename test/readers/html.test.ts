import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { readHtml } from '../../src/readers/html.ts';
import { decodeHtmlBytes, readHtmlString } from '../../src/readers/html-node.ts';

const pairs = (html: string) => readHtmlString(html).pairs.map((p) => (p.section ? [p.label, p.value, p.section] : [p.label, p.value]));

describe('readHtml: tables', () => {
  it('reads 2- and 4-column label/value rows, skipping numbering and separator cells', () => {
    expect(pairs(`<table>
      <tr><td>Họ và tên</td><td>Nguyễn Văn An</td></tr>
      <tr><td>Giới tính</td><td>Nam</td><td>Quốc tịch</td><td>Việt Nam</td></tr>
      <tr><td>3.</td><td>Dân tộc</td><td>Kinh</td></tr>
      <tr><td>Số</td><td>:</td><td>12/2020</td></tr>
    </table>`)).toEqual([
      ['Họ và tên', 'Nguyễn Văn An'], ['Giới tính', 'Nam'], ['Quốc tịch', 'Việt Nam'], ['Dân tộc', 'Kinh'], ['Số', '12/2020'],
    ]);
  });

  it('qualifies values by their column header (Chồng | Vợ) and rows by section rows', () => {
    expect(pairs(`<table>
      <tr><th></th><th>Chồng</th><th>Vợ</th></tr>
      <tr><td>Họ, chữ đệm, tên</td><td>TRẦN VĂN BA</td><td>LÊ THỊ TƯ</td></tr>
      <tr><th colspan="3">Đăng ký</th></tr>
      <tr><td>Nơi đăng ký</td><td>UBND xã A</td></tr>
    </table>`)).toEqual([
      ['Họ, chữ đệm, tên', 'TRẦN VĂN BA', 'Chồng'], ['Họ, chữ đệm, tên', 'LÊ THỊ TƯ', 'Vợ'], ['Nơi đăng ký', 'UBND xã A', 'Đăng ký'],
    ]);
  });

  it('reads a header row with one record below it', () => {
    expect(pairs(`<table><tr><th>Họ và tên</th><th>Ngày sinh</th></tr><tr><td>Lê Tám</td><td>01/01/2000</td></tr></table>`))
      .toEqual([['Họ và tên', 'Lê Tám'], ['Ngày sinh', '01/01/2000']]);
  });
});

describe('readHtml: other structures', () => {
  it('reads <dl> and label + sibling elements, with the heading above as section', () => {
    expect(pairs(`<h3>Người mẹ</h3><dl><dt>Họ và tên</dt><dd>Đỗ Thị Hoa</dd></dl>
      <h3>Thông tin khác</h3><div class="row"><span class="label">Nơi sinh:</span><span class="value">Hà Nội</span></div>
      <div><span>Dân tộc</span><span>Kinh</span></div>`)).toEqual([
      ['Họ và tên', 'Đỗ Thị Hoa', 'Người mẹ'], ['Nơi sinh:', 'Hà Nội', 'Thông tin khác'], ['Dân tộc', 'Kinh', 'Thông tin khác'],
    ]);
  });

  it('does not take a field-title span for a section heading', () => {
    expect(pairs(`<div class="section-title">Thông tin người vợ</div>
      <div><span class="field-title">Họ và tên</span><span>Lê Thị Tư</span></div>`)).toEqual([['Họ và tên', 'Lê Thị Tư', 'Thông tin người vợ']]);
  });

  it('reads form controls with label[for], wrapping label, aria-label, placeholder, select and textarea', () => {
    expect(pairs(`<form>
      <label for="a">Họ và tên</label><input id="a" value="Lê Tám">
      <label>Quốc tịch <input value="Việt Nam"></label>
      <p><input aria-label="Ngày cấp" value="01/02/2020"></p>
      <p><input placeholder="Nơi cấp" value="Bộ Công an"></p>
      <label for="s">Giới tính</label><select id="s"><option value="">-- Chọn --</option><option selected>Nữ</option></select>
      <label for="t">Nơi cư trú</label><textarea id="t">Thôn A, xã B</textarea>
      <input type="text" placeholder="Ghi chú" value="">
      <input type="hidden" value="secret">
    </form>`)).toEqual([
      ['Họ và tên', 'Lê Tám'], ['Quốc tịch', 'Việt Nam'], ['Ngày cấp', '01/02/2020'], ['Nơi cấp', 'Bộ Công an'], ['Giới tính', 'Nữ'], ['Nơi cư trú', 'Thôn A, xã B'],
    ]);
  });

  it('reads the checked choice of a radio group, not the others', () => {
    const src = readHtmlString(`<div><span>Giới tính</span><span><label><input type="radio" name="g"> Nam</label> <label><input type="radio" name="g" checked> Nữ</label></span></div>`);
    expect(src.pairs).toContainEqual({ label: 'Giới tính', value: 'Nữ' });
    expect(src.text).not.toMatch(/Nam/);
  });

  it('skips scripts, styles, hidden and navigation content', () => {
    const src = readHtmlString(`<nav><a>Giấy khai sinh</a></nav><script>var x="Họ và tên: X"</script><style>.a{}</style>
      <div style="display:none">Họ và tên: ẨN</div><div hidden>Số: 1</div><p aria-hidden="true">Giới tính: Nam</p>
      <p>Họ và tên: Hiện</p>`);
    expect(src.text).toBe('Họ và tên: Hiện');
  });

  it('finds titles from headings, title classes and bold upper-case lines', () => {
    const src = readHtmlString(`<p align="center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></p><div class="doc-title">Giấy khai sinh</div><h2>Chi tiết</h2><p><strong>GHI CHÚ THƯỜNG</strong> thêm chữ</p>`);
    expect(src.title?.split('\n')).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Giấy khai sinh', 'Chi tiết']);
  });

  it('keeps visual lines: blocks and <br> break lines, cells join with a tab, <pre> keeps its breaks', () => {
    const src = readHtmlString(`<p>Số: 1<br>Quyển số: 2</p><table><tr><td>A</td><td>B</td></tr></table><pre>X: 1\nY: 2</pre><p>Giới tính: Nam&nbsp;&nbsp;&nbsp;Dân tộc: Kinh</p>`);
    expect(src.text.split('\n')).toEqual(['Số: 1', 'Quyển số: 2', 'A\tB', 'X: 1', 'Y: 2', 'Giới tính: Nam  Dân tộc: Kinh']);
    expect(src.origin).toBe('html');
    expect(src.confidence).toBe(1);
  });

  it('reads an element, not only a whole document, with plain DOM APIs', () => {
    const { document } = parseHTML('<html><body><div id="nav">Họ và tên: Khác</div><section id="doc"><p>Họ và tên: Đúng</p></section></body></html>');
    const src = readHtml(document.getElementById('doc') as unknown as Element);
    expect(src.text).toBe('Họ và tên: Đúng');
  });
});

describe('decodeHtmlBytes', () => {
  it('honours a declared legacy charset and defaults to UTF-8', () => {
    const cp1252 = Uint8Array.from([...Buffer.from('<meta charset="windows-1252"><p>'), 0x48, 0xe4, ...Buffer.from('</p>')]);
    expect(decodeHtmlBytes(cp1252)).toContain('Hä');
    expect(decodeHtmlBytes(new TextEncoder().encode('<p>Hà Nội</p>'))).toBe('<p>Hà Nội</p>');
  });
});
