// What the page says about the dossier around the documents: dossier code
// (Circular 01/2018 Art. 19: <agency>-YYMMDD-XXXX) and procedure code.
import type { PageContext } from '../shared/messages.ts';

const DOSSIER = /\b\d{3}\.\d{2}\.\d{2}\.[GH]\d{2}-\d{6}-\d{4}\b/;
const PROCEDURE = /\b\d\.\d{6}(?:\.\d{3}\.\d{2}\.\d{2}\.[GH]\d{2})?\b/;

export function pageContext(doc: Document): PageContext {
  const text = (doc.body?.innerText ?? '').slice(0, 100_000);
  const dossier = DOSSIER.exec(text)?.[0];
  // Skip the dossier code's own digits when looking for the procedure code.
  const procedure = PROCEDURE.exec(dossier ? text.replaceAll(dossier, ' ') : text)?.[0];
  return {
    url: doc.location.href,
    title: doc.title.slice(0, 1000),
    ...(dossier ? { dossierCode: dossier } : {}),
    ...(procedure ? { procedureCode: procedure } : {}),
  };
}
