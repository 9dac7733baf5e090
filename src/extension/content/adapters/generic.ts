// The generic adapter: finds documents on one-stop-system markup it has never
// seen, from what every such page shares: catalog titles and field labels in
// the text, and links/images/embeds pointing at PDF or image files.
import { catalog } from '../../../core/catalog/catalog.ts';
import { foldVietnamese } from '../../../core/text/unicode.ts';
import type { DetectedDocument, PortalAdapter } from './adapter.ts';

const HOST_TAG = 'sohoa-capture';
const FILE_URL = /\.(pdf|png|jpe?g|webp|tiff?)(?:$|[?#])/i;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'HEAD', HOST_TAG.toUpperCase()]);
/** A view needs this many distinct catalog labels to count as a document without a title. */
const MIN_LABELS_UNTITLED = 4;
const MIN_LABELS_TITLED = 2;
/** Images smaller than this are icons, avatars or logos, not scans. */
const MIN_SCAN_PX = 180;

const titles = catalog.types.flatMap((t) => [t.name, ...t.aliases].map((a) => foldVietnamese(a))).filter((a) => a.length >= 6);
// Labels shorter than 6 folded characters ('so', 'hang') are too common to mean anything alone.
const labels = [...new Set(catalog.types.flatMap((t) => t.fields.flatMap((f) => [f.label, ...f.aliases])).map((l) => foldVietnamese(l).split('/')[0]!.trim()))]
  .filter((l) => l.length >= 6);

function visible(el: Element): boolean {
  const h = el as HTMLElement;
  if (h.hidden || h.getAttribute('aria-hidden') === 'true') return false;
  return typeof h.getClientRects !== 'function' || h.getClientRects().length > 0;
}

function ownText(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function isTitle(el: Element): boolean {
  const text = ownText(el);
  if (text.length < 6 || text.length > 120) return false;
  const folded = foldVietnamese(text);
  return titles.some((t) => folded === t || (folded.startsWith(t) && folded.length - t.length < 25));
}

function labelHits(el: Element): number {
  const folded = ` ${foldVietnamese((el as HTMLElement).innerText ?? el.textContent ?? '')} `;
  let n = 0;
  for (const l of labels) if (folded.includes(` ${l} `)) n++;
  return n;
}

/** Deepest elements whose whole text is a catalog title (e.g. <h2>GIẤY KHAI SINH</h2>). */
function titleElements(root: Element): Element[] {
  const out: Element[] = [];
  const walk = (el: Element): void => {
    if (SKIP.has(el.tagName) || !visible(el)) return;
    const before = out.length;
    for (const child of el.children) walk(child);
    if (out.length === before && isTitle(el)) out.push(el);
  };
  walk(root);
  return out;
}

function countIn(container: Element, els: Element[]): number {
  return els.filter((e) => container.contains(e)).length;
}

function documentViews(doc: Document): Element[] {
  const body = doc.body;
  if (!body) return [];
  const found: Element[] = [];
  const titled = titleElements(body);
  for (const title of titled) {
    // Climb to the smallest container holding the title and its fields, but never one that holds a second document.
    let el: Element | null = title.parentElement;
    let pick: Element | null = null;
    while (el && el !== body && el !== doc.documentElement) {
      if (countIn(el, titled) > 1) break;
      if (labelHits(el) >= MIN_LABELS_TITLED) { pick = el; break; }
      el = el.parentElement;
    }
    if (pick && !found.some((f) => f.contains(pick!) || pick!.contains(f))) found.push(pick);
  }
  // Untitled views: a table, list or form full of catalog labels.
  for (const el of body.querySelectorAll('table, dl, form, fieldset')) {
    if (!visible(el) || found.some((f) => f.contains(el) || el.contains(f))) continue;
    if (el.parentElement?.closest('table, dl, form, fieldset') && labelHits(el.parentElement.closest('table, dl, form, fieldset')!) >= MIN_LABELS_UNTITLED) continue;
    if (labelHits(el) >= MIN_LABELS_UNTITLED) found.push(el);
  }
  return found;
}

function heading(el: Element): string {
  const h = el.querySelector('h1, h2, h3, h4, caption, legend, .title');
  return ownText(h ?? el).slice(0, 120);
}

function fileName(url: URL): string {
  const last = url.pathname.split('/').filter(Boolean).pop();
  return last ? decodeURIComponent(last) : 'document';
}

function attachmentLabel(el: Element, fallback: string): string {
  const text = (el.getAttribute('title') ?? el.getAttribute('alt') ?? ownText(el)).trim();
  return (text || fallback).slice(0, 200);
}

function attachments(doc: Document, views: Element[]): DetectedDocument[] {
  const out: DetectedDocument[] = [];
  const seen = new Set<string>();
  const add = (element: Element, raw: string | null, label?: string) => {
    if (!raw) return;
    let url: URL;
    try { url = new URL(raw, doc.baseURI); } catch { return; }
    if (!/^(https?|data|blob):$/.test(url.protocol) || seen.has(url.href)) return;
    seen.add(url.href);
    const name = url.protocol === 'data:' ? 'image' : fileName(url);
    out.push({ kind: 'file', element, url: url.href, name, label: label ?? attachmentLabel(element, name) });
  };
  for (const a of doc.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    if (!visible(a)) continue;
    const type = a.getAttribute('type') ?? '';
    if (FILE_URL.test(a.getAttribute('href') ?? '') || /^(application\/pdf|image\/)/.test(type)) add(a, a.getAttribute('href'));
  }
  for (const img of doc.querySelectorAll<HTMLImageElement>('img')) {
    if (!visible(img) || views.some((v) => v.contains(img))) continue; // a portrait inside a view is part of that view
    const w = img.naturalWidth || img.width;
    const h = img.naturalHeight || img.height;
    if (w < MIN_SCAN_PX || h < MIN_SCAN_PX) continue;
    add(img, img.currentSrc || img.getAttribute('src'));
  }
  for (const el of doc.querySelectorAll('embed, object, iframe')) {
    if (!visible(el)) continue;
    const src = el.getAttribute('src') ?? el.getAttribute('data');
    const type = el.getAttribute('type') ?? '';
    if (src && (FILE_URL.test(src) || /^(application\/pdf|image\/)/.test(type))) add(el, src);
  }
  return out;
}

export const genericAdapter: PortalAdapter = {
  id: 'generic',
  matches: () => true,
  detect(doc) {
    const views = documentViews(doc);
    return [
      ...views.map((element): DetectedDocument => ({ kind: 'html', element, label: heading(element) })),
      ...attachments(doc, views),
    ];
  },
};
