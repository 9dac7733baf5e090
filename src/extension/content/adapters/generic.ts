// The generic adapter: finds documents on one-stop-system markup it has never
// seen, from what every such page shares: catalog titles and field labels in
// the text, and links/images/embeds pointing at PDF or image files.
import { catalog } from '../../../core/catalog/catalog.ts';
import { classifyDocument } from '../../../core/extract/classify.ts';
import { repairSource } from '../../../core/extract/extract-fields.ts';
import { commonSynonyms, typeSynonyms, typeTitleSynonyms } from '../../../core/extract/label-synonyms.ts';
import { readHtml } from '../../../readers/html.ts';
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
/** Classifier confidence for treating a whole page as one document. */
const MIN_PAGE_CONFIDENCE = 0.5;

// Titles and labels: the catalog's and the variants extraction knows (one vocabulary for both).
const titles = catalog.types
  .flatMap((t) => [t.name, ...t.aliases, ...(typeTitleSynonyms[t.code] ?? [])])
  .flatMap((a) => foldVietnamese(a).split('/'))
  .map((a) => a.trim())
  .filter((a) => a.length >= 6);
const labelTexts = [
  ...catalog.types.flatMap((t) => t.fields.flatMap((f) => [f.label, ...f.aliases])),
  ...Object.values(commonSynonyms).flat(),
  ...Object.values(typeSynonyms).flatMap((byKey) => Object.values(byKey).flat()),
];
// Labels shorter than 6 folded characters ('so', 'hang') are too common to mean anything alone.
const labels = [...new Set(labelTexts.flatMap((l) => foldVietnamese(l).split('/')).map((l) => l.trim()))].filter((l) => l.length >= 6);

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
  const folded = foldVietnamese(text).replace(/\//g, ' ');
  // 'THẺ CĂN CƯỚC', 'Giấy khai sinh (bản sao)', 'Thành phần hồ sơ: Giấy phép lái xe (bản gốc)': the phrase, with little around it.
  return titles.some((t) => folded === t || (` ${folded} `.includes(` ${t} `) && folded.length - t.length <= 45));
}

function labelHits(el: Element): number {
  // Bilingual labels ('Họ tên/Full name') fold with their '/': split them like words.
  const folded = ` ${foldVietnamese((el as HTMLElement).innerText ?? el.textContent ?? '').replace(/\//g, ' ')} `;
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
    // No block holds the title with its fields (a paper laid out as a flat run of
    // paragraphs and tables): when it is the page's only title, the page is the document.
    if (!pick && el === body && titled.length === 1) pick = mainContent(doc, body);
    if (pick && !found.some((f) => f.contains(pick!) || pick!.contains(f))) found.push(pick);
  }
  // Untitled views: the smallest element holding a cluster of field labels, whatever its tag.
  const untitled = (el: Element): Element[] => {
    if (SKIP.has(el.tagName) || !visible(el) || found.some((f) => f.contains(el))) return [];
    const hits = labelHits(el);
    if (hits < MIN_LABELS_UNTITLED) return [];
    const rich = [...el.children].filter((c) => !SKIP.has(c.tagName) && labelHits(c) >= MIN_LABELS_UNTITLED);
    if (rich.length === 1 && labelHits(rich[0]!) === hits) return untitled(rich[0]!); // all labels are deeper
    if (rich.length > 1) return rich.flatMap(untitled); // several documents side by side
    // The labels are spread over this element's children: it is the view (unless it holds a titled one).
    return found.some((f) => el.contains(f)) ? [] : [el];
  };
  const views = [...found, ...untitled(body).filter((el) => el !== body)];
  return views.length > 0 ? views : wholePage(doc, body);
}

/**
 * Last resort: the page itself is one document (a result printed as HTML, a
 * page in a legacy TCVN3/VNI font encoding whose title cannot be matched as
 * typed). The extraction classifier, after encoding repair, decides.
 */
function wholePage(doc: Document, body: HTMLElement): Element[] {
  const source = repairSource(readHtml(body)).source;
  if (source.text.length > 200_000) return [];
  const { type, confidence } = classifyDocument(source);
  if (!type || confidence < MIN_PAGE_CONFIDENCE) return [];
  return [mainContent(doc, body)];
}

/** The page's main content element when it holds most of the text, else the body. */
function mainContent(doc: Document, body: HTMLElement): Element {
  const main = doc.querySelector('main, [role="main"], article');
  return main && (main.textContent ?? '').length > 0.6 * (body.textContent ?? '').length ? main : body;
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
