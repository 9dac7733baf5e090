// DOM helpers for the HTML reader: visibility, form-control values and text
// of elements, using only standard DOM APIs so the same code runs in the
// content script and in Node (linkedom).

const skipTags = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED', 'BUTTON', 'NAV', 'META', 'LINK']);
const skipRoles = new Set(['navigation', 'menu', 'menubar', 'toolbar', 'tablist', 'dialog', 'alert', 'banner-nav']);

export const blockTags = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'HTML', 'LEGEND', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION',
  'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

export interface ReadContext {
  /** In a rendered page, use the browser's own visibility test. */
  rendered: boolean;
  /** label[for] id -> label element. */
  labelsFor: Map<string, Element>;
  /** id -> element under the root (getElementById scans the whole tree in linkedom). */
  byId: Map<string, Element>;
  doc: Document | null;
}

/**
 * All element descendants in document order. Not getElementsByTagName('*'):
 * linkedom returns nothing for '*', and the two environments must agree.
 */
export function descendants(el: Element, limit = Infinity): Element[] {
  const out: Element[] = [];
  const walk = (e: Element): boolean => {
    for (let c = e.firstElementChild; c; c = c.nextElementSibling) {
      out.push(c);
      if (out.length >= limit || walk(c)) return true;
    }
    return false;
  };
  walk(el);
  return out;
}

/** True when some element descendant satisfies `test` (stops at the first). */
export function someDescendant(el: Element, test: (e: Element) => boolean): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (test(c) || someDescendant(c, test)) return true;
  }
  return false;
}

/** Nearest ancestor-or-self with this tag (upper case), without selector parsing. */
export function closestTag(el: Element, tag: string, stop?: Element): Element | null {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (e.tagName === tag) return e;
    if (e === stop) break;
  }
  return null;
}

export function elementById(ctx: ReadContext, id: string): Element | null {
  return ctx.byId.get(id) ?? ctx.doc?.getElementById(id) ?? null;
}

export function makeContext(root: Element): ReadContext {
  const labelsFor = new Map<string, Element>();
  const byId = new Map<string, Element>();
  for (const e of [root, ...descendants(root)]) {
    const id = e.getAttribute('id');
    if (id && !byId.has(id)) byId.set(id, e);
    if (e.tagName === 'LABEL') {
      const f = e.getAttribute('for');
      if (f && !labelsFor.has(f)) labelsFor.set(f, e);
    }
  }
  const anyRoot = root as Element & { checkVisibility?: () => boolean };
  let rendered = false;
  try {
    rendered = typeof anyRoot.checkVisibility === 'function' && anyRoot.checkVisibility();
  } catch {
    rendered = false;
  }
  return { rendered, labelsFor, byId, doc: root.ownerDocument ?? null };
}

const hiddenStyle = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important)?\s*(?:;|$)/i;

export function isHidden(el: Element, ctx: ReadContext): boolean {
  if (skipTags.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const role = el.getAttribute('role');
  if (role && skipRoles.has(role)) return true;
  const style = el.getAttribute('style');
  if (style && hiddenStyle.test(style)) return true;
  if (el.tagName === 'INPUT' && (el.getAttribute('type') ?? '').toLowerCase() === 'hidden') return true;
  if (ctx.rendered) {
    const v = el as Element & { checkVisibility?: (o?: object) => boolean };
    try {
      if (typeof v.checkVisibility === 'function' && !v.checkVisibility({ visibilityProperty: true })) return true;
    } catch {
      /* older browsers: inline checks above suffice */
    }
  }
  return false;
}

function controlType(el: Element): string {
  return (el.getAttribute('type') ?? 'text').toLowerCase();
}

export function isChoice(el: Element): boolean {
  return el.tagName === 'INPUT' && (controlType(el) === 'radio' || controlType(el) === 'checkbox');
}

export function isChecked(el: Element): boolean {
  const c = (el as HTMLInputElement).checked;
  return typeof c === 'boolean' ? c : el.hasAttribute('checked');
}

const valueInputTypes = new Set(['text', 'search', 'tel', 'email', 'number', 'date', 'datetime-local', 'month', 'url', '']);

/** True for form controls that carry a typed or chosen value we read. */
export function isValueControl(el: Element): boolean {
  const tag = el.tagName;
  if (tag === 'SELECT' || tag === 'TEXTAREA') return true;
  return tag === 'INPUT' && valueInputTypes.has(controlType(el));
}

/** Current value of a control: typed text, or the selected option's text. */
export function controlValue(el: Element): string {
  const tag = el.tagName;
  if (tag === 'SELECT') {
    const options = Array.from(el.getElementsByTagName('option'));
    const sel = options.find((o) => (o as HTMLOptionElement).selected === true) ?? options.find((o) => o.hasAttribute('selected'));
    const chosen = sel ?? options[0];
    if (!chosen) return '';
    const text = (chosen.textContent ?? '').trim();
    // A placeholder option ('-- Chọn --') is no value.
    if (!sel && (/^[-\s]*(chọn|select|--)/i.test(text) || (chosen.getAttribute('value') ?? 'x') === '')) return '';
    return text;
  }
  const v = (el as HTMLInputElement).value;
  const value = typeof v === 'string' ? v : (el.getAttribute('value') ?? '');
  // Date inputs hold ISO; that is fine for the date normalizer.
  return value;
}

/** A label element that belongs to a radio/checkbox: its text counts only when that choice is checked. */
export function choiceOfLabel(label: Element, ctx: ReadContext): Element | null {
  const inner = Array.from(label.getElementsByTagName('input')).find(isChoice);
  if (inner) return inner;
  const f = label.getAttribute('for');
  if (f) {
    const target = elementById(ctx, f);
    if (target && isChoice(target)) return target;
  }
  return null;
}

/**
 * Text of an element as lines: blocks and <br> break lines, table cells of a
 * row are joined by a tab, controls contribute their values, unchecked
 * choices contribute nothing.
 */
export function elementLines(root: Element, ctx: ReadContext): string[] {
  const lines: string[] = [];
  let cur = '';
  const flush = () => {
    // Tabs (cell boundaries) stay; deliberate &nbsp; spacing becomes a two-space gap; source white space one space.
    const t = cur
      .replace(/[ \t\u00A0\r\n]+/g, (m) => (m.includes('\t') ? '\t' : m.length >= 2 && m.includes('\u00A0') ? '  ' : ' '))
      .replace(/ ?\t ?/g, '\t')
      .trim();
    if (t) lines.push(t);
    cur = '';
  };
  let skipText = false;
  let pre = 0;
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      if (skipText) return;
      const v = node.nodeValue ?? '';
      if (pre > 0) {
        // <pre> keeps its line breaks; runs of 2+ spaces stay a column gap.
        const parts = v.split(/\r\n|\r|\n/);
        parts.forEach((p, i) => {
          if (i > 0) flush();
          cur += p.replace(/ {2,}/g, '\t');
        });
      } else cur += v.replace(/[\r\n]+/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (isHidden(el, ctx)) return;
    const tag = el.tagName.toUpperCase();
    skipText = false;
    if (tag === 'BR') { flush(); return; }
    if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') {
      if (isChoice(el)) {
        // '<input type=radio> Nam' with no <label>: the text after an unchecked choice is not a value.
        skipText = !isChecked(el);
        return;
      }
      if (isValueControl(el)) cur += ` ${controlValue(el)} `;
      return;
    }
    if (tag === 'LABEL') {
      const choice = choiceOfLabel(el, ctx);
      if (choice && !isChecked(choice)) return;
    }
    if (tag === 'TR') {
      flush();
      const cells = Array.from(el.children).filter((c) => (c.tagName === 'TD' || c.tagName === 'TH') && !isHidden(c, ctx));
      const cellLines = cells.map((c) => elementLines(c, ctx));
      if (cellLines.every((l) => l.length <= 1)) {
        cur = cellLines.map((l) => l[0] ?? '').filter(Boolean).join('\t');
        flush();
      } else {
        // Cells with several lines each (header blocks, signature blocks): read cell by cell.
        for (const l of cellLines) lines.push(...l);
      }
      return;
    }
    const block = blockTags.has(tag);
    // '<span>Họ và tên</span><span>An</span>' shows as two words (styled apart); '<b>N</b>guyễn' stays one.
    const spaced = !block && el.nextSibling !== null && el.nextSibling.nodeType === 1;
    if (block) flush();
    else if (tag === 'TD' || tag === 'TH') cur += '\t';
    if (tag === 'PRE' || tag === 'TEXTAREA') pre++;
    for (const child of Array.from(el.childNodes)) walk(child);
    if (tag === 'PRE' || tag === 'TEXTAREA') pre--;
    if (block) flush();
    else if (spaced) cur += ' ';
  };
  walk(root);
  flush();
  return lines;
}

/** One-line text of an element (cell, label, value). */
export function elementText(el: Element, ctx: ReadContext): string {
  return elementLines(el, ctx).join(' ').replace(/\s+/g, ' ').trim();
}
