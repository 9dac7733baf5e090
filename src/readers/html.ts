// HTML reader: a document view on a portal page (or a saved .html file) ->
// SourceText. Standard DOM APIs only, so it runs in the content script and in
// Node through linkedom (see html-node.ts).
import type { LabeledValue, SourceText } from '../core/extract/types.ts';
import { closestTag, descendants, elementLines, elementText, isHidden, isChoice, isValueControl, makeContext, type ReadContext } from './html-dom.ts';
import { controlPair, dlPairs, sectionClass, siblingPairs, tablePairs, titleClass, type PairSink } from './html-pairs.ts';


const headingTags = new Set(['DIV', 'P', 'SECTION', 'HEADER', 'CENTER', 'CAPTION', 'STRONG', 'B', 'SPAN']);

/** First of exactly two visible element children: it labels its sibling rather than heading a section. */
function labelsSibling(el: Element, ctx: ReadContext): boolean {
  const parent = el.parentElement;
  if (!parent) return false;
  const kids = Array.from(parent.children).filter((c) => !isHidden(c, ctx));
  return kids.length === 2 && kids[0] === el;
}

function isUpper(s: string): boolean {
  return /\p{L}/u.test(s) && s === s.toLocaleUpperCase('vi');
}

const structureTags = ['table', 'input', 'select', 'textarea', 'dl', 'ul', 'ol'];
function containsStructure(el: Element): boolean {
  return structureTags.some((t) => el.getElementsByTagName(t).length > 0);
}

/** Cheap pre-check before computing an element's text: only styled or bold-wrapped blocks can be emphasized lines. */
function mayBeEmphasized(el: Element): boolean {
  if (el.tagName === 'CENTER' || el.hasAttribute('align') || el.hasAttribute('style')) return true;
  return el.children.length === 1 && ['B', 'STRONG'].includes(el.children[0]!.tagName);
}

/** A bold or centered short line standing alone: 'GIẤY KHAI SINH' in <p><strong>…</strong></p>. */
function isEmphasizedLine(el: Element, text: string): boolean {
  if (text.length > 90 || containsStructure(el)) return false;
  const style = (el.getAttribute('style') ?? '').toLowerCase();
  const centered = el.getAttribute('align') === 'center' || style.includes('text-align:center') || style.includes('text-align: center') || el.tagName === 'CENTER';
  const bold = style.includes('font-weight:bold') || style.includes('font-weight: bold') || /font-weight:\s*[6-9]00/.test(style)
    || (el.children.length === 1 && ['B', 'STRONG'].includes(el.children[0]!.tagName) && elementTextRaw(el.children[0]!) === text);
  return (bold || centered) && isUpper(text);
}

function elementTextRaw(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

interface State {
  ctx: ReadContext;
  titles: string[];
  pairs: LabeledValue[];
  sink: PairSink;
}

function visit(el: Element, st: State): void {
  if (isHidden(el, st.ctx)) return;
  const tag = el.tagName.toUpperCase();
  if (/^H[1-6]$/.test(tag) || tag === 'LEGEND' || el.getAttribute('role') === 'heading') {
    const text = elementText(el, st.ctx);
    if (text) {
      if (/^H[1-3]$/.test(tag)) st.titles.push(text);
      st.sink.setSection(text);
    }
    return;
  }
  const cls = el.getAttribute('class') ?? '';
  // A block classed as a title or section heading; not a 'field-title' span that labels the value beside it.
  if ((titleClass.test(cls) || sectionClass.test(cls)) && headingTags.has(tag) && !(['SPAN', 'B', 'STRONG'].includes(tag) && labelsSibling(el, st.ctx)) && !containsStructure(el)) {
    const text = elementText(el, st.ctx);
    if (text && text.length <= 120 && !/[:：]\s*$/.test(text)) {
      if (titleClass.test(cls)) st.titles.push(text);
      st.sink.setSection(text);
      return;
    }
  }
  if ((tag === 'P' || tag === 'DIV' || tag === 'CENTER') && mayBeEmphasized(el) && (el.textContent ?? '').length <= 200) {
    const text = elementText(el, st.ctx);
    if (text && isEmphasizedLine(el, text)) {
      st.titles.push(text);
      st.sink.setSection(text);
      return;
    }
  }
  if (tag === 'TABLE') {
    tablePairs(el, st.ctx, st.sink);
    // Nested tables and controls inside cells still get their own pass.
    for (const d of descendants(el)) {
      const t = d.tagName;
      if (t !== 'TABLE' && t !== 'INPUT' && t !== 'SELECT' && t !== 'TEXTAREA') continue;
      if (t === 'TABLE' && d.parentElement && closestTag(d.parentElement, 'TABLE') === el) visit(d, st);
      else if (t !== 'TABLE' && closestTag(d, 'TABLE') === el && !isHidden(d, st.ctx)) controlPair(d, st.ctx, st.sink);
    }
    return;
  }
  if (tag === 'DL') {
    dlPairs(el, st.ctx, st.sink);
    return;
  }
  if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') {
    if (isValueControl(el) || isChoice(el)) controlPair(el, st.ctx, st.sink);
    return;
  }
  siblingPairs(el, st.ctx, st.sink);
  for (const child of Array.from(el.children)) visit(child, st);
}

/** Read a document view: title, label/value pairs from structure, and all visible text. */
export function readHtml(root: Document | Element): SourceText {
  const el: Element | null = 'documentElement' in root ? (root.body ?? root.documentElement) : root;
  if (!el) return { origin: 'html', pairs: [], text: '', confidence: 1 };
  const ctx = makeContext(el);
  const pairs: LabeledValue[] = [];
  const seen = new Set<string>();
  const st: State = {
    ctx,
    titles: [],
    pairs,
    sink: {
      section: undefined,
      setSection(text: string) { this.section = text.replace(/\s+/g, ' ').trim() || undefined; },
      add(label: string, value: string, section: string | undefined) {
        const l = label.replace(/\s+/g, ' ').trim();
        const v = value.replace(/\s+/g, ' ').trim();
        if (!l || !v) return;
        const k = `${l}\u0000${v}\u0000${section ?? ''}`;
        if (seen.has(k)) return;
        seen.add(k);
        pairs.push(section ? { label: l, value: v, section } : { label: l, value: v });
      },
    },
  };
  visit(el, st);
  // A saved page's <title> names the paper when its body has no heading; it counts last.
  if ('documentElement' in root) {
    const docTitle = root.getElementsByTagName('title')[0]?.textContent ?? '';
    if (docTitle.trim()) st.titles.push(docTitle);
  }
  const titles = [...new Set(st.titles.map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean))];
  const text = elementLines(el, ctx).join('\n');
  return { origin: 'html', ...(titles.length ? { title: titles.join('\n') } : {}), pairs, text, confidence: 1 };
}
