// Content script: finds documents on the portal page, puts a capture button
// beside each, and keeps them in step with a page that changes (SPAs, paging,
// documents removed under the button). Everything it adds it removes on teardown.
import browser from 'webextension-polyfill';
import { toSafeError, UserError } from '../shared/errors.ts';
import { adapterFor } from './adapters/index.ts';
import type { DetectedDocument } from './adapters/adapter.ts';
import { createCaptureButton, type CaptureButton } from './capture-button.ts';
import { captureFile, captureHtml } from './capture.ts';
import { pageContext } from './page-context.ts';

interface Placed {
  doc: DetectedDocument;
  button: CaptureButton;
}

const placed = new Map<Element, Placed>();
const adapter = adapterFor(new URL(location.href));

function errorMessage(err: unknown): string {
  const { key, args } = toSafeError(err);
  return browser.i18n.getMessage(key, args) || browser.i18n.getMessage('err_internal');
}

async function capture(p: Placed): Promise<void> {
  const { doc, button } = p;
  button.setState('busy');
  try {
    const page = pageContext(document);
    if (!doc.element.isConnected) throw new UserError('err_page_changed');
    if (doc.kind === 'html') await captureHtml(doc.element, doc.label, page);
    else await captureFile(doc.url, doc.name, doc.label, page);
    button.setState('done');
  } catch (err) {
    button.setState('error', errorMessage(err));
  }
}

function place(doc: DetectedDocument): void {
  const entry: Placed = {
    doc,
    button: createCaptureButton((event) => {
      // Only a real user's click captures: a page script calling host.click() or
      // dispatching synthetic events gets nothing.
      if (!event.isTrusted) return;
      event.preventDefault();
      event.stopPropagation();
      if (entry.button.host.dataset.sohoaState === 'busy') return;
      void capture(entry);
    }),
  };
  entry.button.host.dataset.sohoaKind = doc.kind;
  if (doc.kind === 'html' && doc.element === document.body) document.body.prepend(entry.button.host);
  else if (doc.kind === 'html') doc.element.before(entry.button.host);
  else doc.element.after(entry.button.host);
  placed.set(doc.element, entry);
}

function scan(): void {
  const found = adapter.detect(document);
  const current = new Set(found.map((d) => d.element));
  for (const [element, entry] of placed) {
    // The document left the page (or stopped looking like one): its button goes too.
    if (!element.isConnected || !current.has(element)) {
      entry.button.destroy();
      placed.delete(element);
    }
  }
  for (const doc of found) {
    const existing = placed.get(doc.element);
    if (existing) existing.doc = doc; // keep the button, follow the element's new content
    else place(doc);
  }
}

let timer: ReturnType<typeof setTimeout> | undefined;
const observer = new MutationObserver((records) => {
  // Ignore our own buttons coming, going and changing state; anything else may move a document.
  const ours = (r: MutationRecord) => {
    if (r.target.nodeName === 'SOHOA-CAPTURE') return true;
    const nodes = [...r.addedNodes, ...r.removedNodes];
    return r.type === 'childList' && nodes.length > 0 && nodes.every((n) => n.nodeName === 'SOHOA-CAPTURE');
  };
  if (records.every(ours)) return;
  clearTimeout(timer);
  timer = setTimeout(scan, 150);
});

function teardown(): void {
  observer.disconnect();
  clearTimeout(timer);
  for (const entry of placed.values()) entry.button.destroy();
  placed.clear();
}

function start(): void {
  scan();
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['href', 'src', 'hidden', 'style', 'class'] });
  window.addEventListener('pagehide', teardown, { once: true });
}

start();
