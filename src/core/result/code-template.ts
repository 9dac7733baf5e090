// Digitization result code (Circular 01/2023 Art. 10): built from the owner
// identifier and the document-type code. The exact layout is not fixed by the
// rule we could verify, so it is a template the agency configures. Uniqueness is
// guaranteed by {install} (random per installation) + {serial} (a counter that
// only ever grows in that installation), both of which a template must contain.

export interface CodeParts {
  /** Owner identifier (personal ID / organization ID); blank part when unknown. */
  owner: string | null;
  /** Catalog document-type code (or the agency's mapped result-type code). */
  type: string;
  /** Agency code of the digitizer, e.g. 000.00.12.H12. */
  agency: string;
  /** Installation identifier, [A-Z0-9]{4,12}. */
  install: string;
  /** Monotonic serial within the installation, >= 1. */
  serial: number;
  /** Confirmation time. */
  date: Date;
}

export const DEFAULT_CODE_TEMPLATE = '{owner}-{type}-{date}-{install}{serial:5}';

const TOKEN = /\{(owner|type|agency|install|serial|date)(?::([^}]*))?\}/g;

export type TemplateCheck = { ok: true } | { ok: false; error: string };

export function checkTemplate(template: string): TemplateCheck {
  const tokens = [...template.matchAll(TOKEN)].map((m) => m[1]);
  if (!tokens.includes('serial') || !tokens.includes('install')) {
    return { ok: false, error: 'template must contain {install} and {serial} so that codes never repeat' };
  }
  const literal = template.replace(TOKEN, '');
  if (/[{}]/.test(literal)) return { ok: false, error: 'template has an unknown {token}' };
  if (!/^[A-Za-z0-9._-]*$/.test(literal)) return { ok: false, error: 'template text may hold only letters, digits, . _ -' };
  for (const m of template.matchAll(TOKEN)) {
    if (m[1] === 'serial' && m[2] !== undefined && !/^\d{1,2}$/.test(m[2])) return { ok: false, error: '{serial:N} takes a width from 1 to 99' };
    if (m[1] === 'date' && m[2] !== undefined && !/^(YYMMDD|YYYYMMDD|YYYY)$/.test(m[2])) return { ok: false, error: '{date:F} takes YYMMDD, YYYYMMDD or YYYY' };
  }
  return { ok: true };
}

function formatDate(d: Date, format = 'YYMMDD'): string {
  const yyyy = String(d.getFullYear()).padStart(4, '0');
  const mm = String(d.getMonth() + 1).padStart(2, '0');
  const dd = String(d.getDate()).padStart(2, '0');
  if (format === 'YYYY') return yyyy;
  return (format === 'YYYYMMDD' ? yyyy : yyyy.slice(2)) + mm + dd;
}

/** Keeps a part inside the code alphabet, so a code is always URL-safe. */
function safePart(s: string): string {
  return s.replace(/[^A-Za-z0-9._-]/g, '');
}

export function renderCode(template: string, parts: CodeParts): string {
  const check = checkTemplate(template);
  if (!check.ok) throw new Error(check.error);
  if (!Number.isSafeInteger(parts.serial) || parts.serial < 1) throw new Error('serial must be a positive integer');
  if (!/^[A-Z0-9]{4,12}$/.test(parts.install)) throw new Error('installation id must be 4-12 characters A-Z, 0-9');
  return template.replace(TOKEN, (_all, name: string, arg: string | undefined) => {
    switch (name) {
      case 'owner': return safePart(parts.owner ?? '');
      case 'type': return safePart(parts.type);
      case 'agency': return safePart(parts.agency);
      case 'install': return parts.install;
      case 'date': return formatDate(parts.date, arg);
      case 'serial': return String(parts.serial).padStart(arg ? Number(arg) : 1, '0');
      default: return '';
    }
  });
}

/** A fresh installation id: 8 characters of Crockford base32 from WebCrypto. */
export function newInstallId(): string {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (b) => alphabet[b % 32]).join('');
}
