// Label/value pairs from HTML structure: table rows (2- and 4-column, column
// headers such as 'Chồng | Vợ', header row + one record row), <dl>, label +
// sibling element, form controls with their label, checked radio groups.
import { closestTag, descendants, someDescendant, controlValue, elementById, elementLines, elementText, isChecked, isChoice, isHidden, isValueControl, type ReadContext } from './html-dom.ts';

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Short text that reads like a field label: letters, few words, a colon only at the end. */
export function looksLikeLabel(text: string): boolean {
  const t = clean(text);
  if (t.length === 0 || t.length > 100 || !/\p{L}/u.test(t)) return false;
  if (t.split(' ').length > 12) return false;
  const inner = t.replace(/[:：]\s*$/, '');
  return !/[:：]/.test(inner);
}

const numbering = /^\s*(?:\d{1,2}|[IVXivx]{1,4}|[a-zA-Z])[.)]?\s*$/;
const genericHeader = /^(|thông tin|nội dung|tiêu chí|mục|stt|trường|thong tin|noi dung|field|item)$/i;

function directCells(tr: Element, ctx: ReadContext): Element[] {
  return Array.from(tr.children).filter((c) => (c.tagName === 'TD' || c.tagName === 'TH') && !isHidden(c, ctx));
}

function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of Array.from(table.children)) {
    if (child.tagName === 'TR') rows.push(child);
    else if (child.tagName === 'THEAD' || child.tagName === 'TBODY' || child.tagName === 'TFOOT') {
      for (const r of Array.from(child.children)) if (r.tagName === 'TR') rows.push(r);
    }
  }
  return rows;
}

function hasNestedTable(cell: Element): boolean {
  return cell.getElementsByTagName('table').length > 0;
}

export interface PairSink {
  add(label: string, value: string, section: string | undefined): void;
  section: string | undefined;
  setSection(text: string): void;
}

export function tablePairs(table: Element, ctx: ReadContext, sink: PairSink): void {
  const caption = Array.from(table.children).find((c) => c.tagName === 'CAPTION');
  if (caption) sink.setSection(elementText(caption, ctx));
  const rows = tableRows(table).filter((r) => !isHidden(r, ctx));
  let header: string[] | null = null;
  let headerMode: 'columns' | 'record' | null = null;
  for (const [ri, row] of rows.entries()) {
    const cells = directCells(row, ctx);
    if (cells.length === 0 || cells.some(hasNestedTable)) continue;
    const texts = cells.map((c) => elementText(c, ctx));
    const nonEmpty = texts.filter(Boolean);
    // A row with one cell (or one filled cell spanning the row) is a section heading.
    if (nonEmpty.length === 1 && (cells.length === 1 || (cells[0]!.getAttribute('colspan') ?? '1') !== '1') && texts[0] && texts[0].length <= 100) {
      sink.setSection(texts[0]);
      header = null;
      headerMode = null;
      continue;
    }
    const allTh = cells.every((c) => c.tagName === 'TH');
    if (ri === 0 || (allTh && header === null)) {
      if (allTh && cells.length >= 3 && genericHeader.test(clean(texts[0] ?? '')) ) {
        header = texts;
        headerMode = 'columns';
        continue;
      }
      if (allTh && cells.length >= 2 && texts.every(looksLikeLabel) && !genericHeader.test(clean(texts[0] ?? ''))) {
        const next = rows[ri + 1] ? directCells(rows[ri + 1]!, ctx) : [];
        if (next.length === cells.length && next[0]?.tagName === 'TD' && !looksLikeLabelCell(next[0], ctx, cells.length)) {
          header = texts;
          headerMode = 'record';
          continue;
        }
      }
      if (allTh && cells.length === 2 && genericHeader.test(clean(texts[0] ?? ''))) continue; // 'Thông tin | Nội dung'
    }
    if (header && headerMode === 'columns' && cells.length === header.length) {
      for (let i = 1; i < cells.length; i++) if (texts[i]) sink.add(texts[0]!, texts[i]!, header[i]);
      continue;
    }
    if (header && headerMode === 'record' && cells.length === header.length) {
      for (let i = 0; i < cells.length; i++) if (texts[i]) sink.add(header[i]!, texts[i]!, sink.section);
      header = null; // one record: further rows are other people (lists are not one document)
      headerMode = null;
      continue;
    }
    // Label | value [| label | value ...], ignoring numbering cells ('1.', 'a)').
    // Numbering cells ('1.', 'a)') and separator cells (':') are layout, not data.
    const kept = cells.map((c, i) => ({ c, t: texts[i]! })).filter((x, i) => !(i === 0 && numbering.test(x.t)) && !/^[:：]$/.test(x.t));
    for (let i = 0; i + 1 < kept.length; i += 2) {
      const label = kept[i]!;
      const value = kept[i + 1]!;
      if (!looksLikeLabel(label.t) || !value.t) continue;
      // A value cell that is itself 'Label: value' belongs to the free-text parser.
      sink.add(label.t, value.t, sink.section);
    }
  }
}

function looksLikeLabelCell(cell: Element, ctx: ReadContext, n: number): boolean {
  return n === 2 && cell.tagName === 'TH' && looksLikeLabel(elementText(cell, ctx));
}

export function dlPairs(dl: Element, ctx: ReadContext, sink: PairSink): void {
  let label: string | null = null;
  for (const el of descendants(dl)) {
    if ((el.tagName !== 'DT' && el.tagName !== 'DD') || closestTag(el, 'DL') !== dl || isHidden(el, ctx)) continue;
    const text = elementText(el, ctx);
    if (el.tagName === 'DT') label = text;
    else if (label && text) sink.add(label, text, sink.section);
  }
}

export const titleClass = /(^|[\s_-])(title|doc-?title|tieu-?de|ten-?giay|heading|document-name)([\s_-]|$)/i;
export const sectionClass = /(^|[\s_-])(section|section-?title|panel-?title|panel-?heading|card-?header|card-?title|box-?title|group-?title|legend|subtitle)([\s_-]|$)/i;
const labelClass = /(^|[\s_-])(label|lbl|key|caption|field-?name|field-?label|title|ten-truong|nhan|name)([\s_-]|$)/i;
const inlineTags = new Set(['SPAN', 'B', 'STRONG', 'I', 'EM', 'LABEL', 'FONT', 'SMALL', 'U', 'DT', 'TH', 'A', 'ABBR', 'SUP']);

function isLeafish(el: Element): boolean {
  return !someDescendant(el, (d) => !inlineTags.has(d.tagName) && d.tagName !== 'BR');
}

function hasControl(el: Element): boolean {
  if (isValueControl(el) || isChoice(el)) return true;
  // getElementsByTagName, not querySelectorAll: no selector parsing per call (linkedom parses every time).
  for (const t of ['input', 'select', 'textarea']) {
    for (const c of Array.from(el.getElementsByTagName(t))) if (isValueControl(c) || isChoice(c)) return true;
  }
  return false;
}

/** Label element + value element among one parent's children ('span.label + span.value', 'div.col + div.col'). */
export function siblingPairs(parent: Element, ctx: ReadContext, sink: PairSink): void {
  const tag = parent.tagName;
  // Rows, lists and selects have their own readers (or none: list items are not label + value).
  if (['TR', 'TABLE', 'TBODY', 'THEAD', 'DL', 'SELECT', 'UL', 'OL'].includes(tag)) return;
  const kids = Array.from(parent.children).filter((c) => !isHidden(c, ctx) && c.tagName !== 'BR');
  if (kids.length < 2) return;
  for (let i = 0; i + 1 < kids.length; i++) {
    const a = kids[i]!;
    const b = kids[i + 1]!;
    if (/^H[1-6]$/.test(a.tagName) || a.tagName === 'TABLE' || b.tagName === 'TABLE') continue;
    // A <label> tied to a control is read with that control (controlPair); a free-standing one labels its sibling.
    if (a.tagName === 'LABEL' && a.hasAttribute('for') && elementById(ctx, a.getAttribute('for')!)) continue;
    if (!isLeafish(a) || hasControl(a)) continue;
    // A heading block above a row is not that row's label.
    const aClass = a.getAttribute('class') ?? '';
    if ((titleClass.test(aClass) || sectionClass.test(aClass)) && !inlineTags.has(a.tagName)) continue;
    const label = elementText(a, ctx);
    if (!looksLikeLabel(label)) continue;
    const marked = /[:：]\s*$/.test(label) || labelClass.test(a.getAttribute('class') ?? '') || a.tagName === 'TH' || a.tagName === 'DT' || kids.length === 2;
    if (!marked) continue;
    // A value is a few elements at most; do not read whole sections as one (and do not pay for it).
    if (descendants(b, 25).length > 24) continue;
    const valueLines = elementLines(b, ctx);
    const value = valueLines.join(' ').trim();
    if (!value || value.length > 400 || valueLines.length > 4) continue;
    // 'Họ tên:' followed by another label is a heading row, not a pair.
    if (/[:：]\s*$/.test(value) && looksLikeLabel(value)) continue;
    sink.add(label, value, sink.section);
    i++;
  }
}

/** Text of a label element without the values of the controls inside it. */
function labelOwnText(label: Element): string {
  let t = '';
  const walk = (n: Node) => {
    if (n.nodeType === 3) t += n.nodeValue ?? '';
    else if (n.nodeType === 1) {
      const e = n as Element;
      if (e.tagName === 'INPUT' || e.tagName === 'SELECT' || e.tagName === 'TEXTAREA') return;
      for (const c of Array.from(e.childNodes)) walk(c);
    }
  };
  walk(label);
  return clean(t);
}

function labelFor(control: Element, ctx: ReadContext): string | null {
  const id = control.getAttribute('id');
  if (id) {
    const l = ctx.labelsFor.get(id);
    if (l) return labelOwnText(l);
  }
  const wrap = closestTag(control, 'LABEL');
  if (wrap) {
    const t = labelOwnText(wrap);
    if (t) return t;
  }
  const by = control.getAttribute('aria-labelledby');
  if (by && ctx.doc) {
    const t = by.split(/\s+/).map((x) => elementById(ctx, x)).filter((x): x is Element => !!x).map((x) => labelOwnText(x)).join(' ');
    if (t.trim()) return t;
  }
  const aria = control.getAttribute('aria-label');
  if (aria?.trim()) return aria;
  // The text right before the control in its parent ('<div><span>Họ tên</span><input></div>').
  const prev = control.previousElementSibling;
  if (prev && isLeafish(prev) && !hasControl(prev) && looksLikeLabel(prev.textContent ?? '')) return clean(prev.textContent ?? '');
  const ph = control.getAttribute('placeholder') ?? control.getAttribute('title');
  if (ph?.trim()) return ph;
  return null;
}

function radioText(radio: Element, ctx: ReadContext): string {
  const id = radio.getAttribute('id');
  const l = (id ? ctx.labelsFor.get(id) : undefined) ?? closestTag(radio, 'LABEL');
  if (l) return labelOwnText(l);
  // '<input type=radio checked> Nam': the text that follows.
  let t = '';
  for (let n = radio.nextSibling; n && n.nodeType === 3; n = n.nextSibling) t += n.nodeValue ?? '';
  return clean(t) || (radio.getAttribute('value') ?? '');
}

function radioGroupLabel(radio: Element, ctx: ReadContext): string | null {
  const fs = closestTag(radio, 'FIELDSET');
  const legend = fs ? Array.from(fs.children).find((c) => c.tagName === 'LEGEND') : undefined;
  if (legend) return elementText(legend, ctx);
  let group: Element | null = radio;
  while (group && group.getAttribute('role') !== 'radiogroup') group = group.parentElement;
  if (group?.getAttribute('aria-label')) return group.getAttribute('aria-label');
  let node: Element = closestTag(radio, 'LABEL') ?? radio;
  for (let depth = 0; depth < 3 && node.parentElement; depth++) {
    const parent: Element = node.parentElement;
    // Text of the parent before the first choice.
    let t = '';
    for (const c of Array.from(parent.childNodes)) {
      if (c.nodeType === 1 && (hasControl(c as Element) || (c as Element).tagName === 'LABEL')) break;
      t += c.nodeType === 3 ? (c.nodeValue ?? '') : elementText(c as Element, ctx);
    }
    if (looksLikeLabel(t)) return clean(t);
    const prev = parent.previousElementSibling;
    if (prev && !hasControl(prev) && looksLikeLabel(elementText(prev, ctx))) return elementText(prev, ctx);
    node = parent;
  }
  return null;
}

export function controlPair(control: Element, ctx: ReadContext, sink: PairSink): void {
  if (isChoice(control)) {
    if ((control.getAttribute('type') ?? '').toLowerCase() !== 'radio' || !isChecked(control)) return;
    const label = radioGroupLabel(control, ctx);
    const value = radioText(control, ctx);
    if (label && value) sink.add(label, value, sink.section);
    return;
  }
  if (!isValueControl(control)) return;
  const value = controlValue(control).trim();
  if (!value) return;
  const label = labelFor(control, ctx);
  if (label) sink.add(label, value, sink.section);
}

