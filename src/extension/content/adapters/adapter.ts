// Portal adapters are data-like plugins, one file per portal family: each says
// which pages it knows and where the documents are on them. Adding a portal
// never touches the capture pipeline.

export type DetectedDocument =
  | {
    kind: 'html';
    /** The element holding the document view; read at click time. */
    element: Element;
    label: string;
  }
  | {
    kind: 'file';
    /** The link/img/embed showing the attachment; the button sits beside it. */
    element: Element;
    label: string;
    url: string;
    name: string;
  };

export interface PortalAdapter {
  id: string;
  matches(url: URL): boolean;
  detect(doc: Document): DetectedDocument[];
}
