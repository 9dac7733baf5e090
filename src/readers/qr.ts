// QR codes: decoding with zxing-wasm (wasm bundled, never fetched from a CDN) and
// parsing the two payloads Sohoa meets: the chip ID card's and the one printed
// top-left on results issued by one-stop systems (Circular 01/2023).
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import { catalog, documentType } from '../core/catalog/catalog.ts';
import type { CheckedFields } from '../core/extract/types.ts';
import type { RasterImage } from './ocr-raster.ts';
import { foldText, matchKey, normalizeDate, normalizeGender, normalizePersonName } from './qr-values.ts';

export interface QrDecoderOptions {
  /**
   * How zxing-wasm finds zxing_reader.wasm (Emscripten module overrides).
   * Node: `{ wasmBinary }` read from node_modules (see qr-node.ts).
   * Browser: `{ locateFile: (file) => chrome.runtime.getURL(file) }` with the wasm copied into dist.
   * Required: zxing-wasm's default is a CDN, and nothing may download at run time.
   */
  wasm: { wasmBinary?: ArrayBuffer; locateFile?: (path: string, prefix: string) => string };
}

export interface QrDecoder {
  /** Texts of all valid QR codes in the image (encoded PNG/JPEG bytes or pixels). */
  decode(image: Uint8Array | RasterImage): Promise<string[]>;
}

export function createQrDecoder(opts: QrDecoderOptions): QrDecoder {
  if (!opts.wasm.wasmBinary && !opts.wasm.locateFile) throw new Error('QR decoder needs wasmBinary or locateFile');
  prepareZXingModule({ overrides: opts.wasm as never, fireImmediately: false });
  return {
    async decode(image) {
      const results = await readBarcodes(image as Uint8Array, {
        formats: ['QRCode'],
        tryHarder: true,
        maxNumberOfSymbols: 4,
      });
      return results.filter((r) => r.isValid && r.text !== '').map((r) => r.text.normalize('NFC'));
    },
  };
}

// ---------------------------------------------------------------------------
// Chip ID card: ID|old ID|FULL NAME|DDMMYYYY|gender|address|DDMMYYYY

const ID12 = /^\d{12}$/;
const OLD_ID = /^(\d{9}|\d{12})$/;

/**
 * Reads the fields by what they look like, in the card's order, rather than by
 * position only: some cards omit the old-ID slot, some append fields.
 */
export function parseIdCardQr(payload: string): CheckedFields | null {
  const parts = payload.split('|').map((p) => foldText(p));
  if (parts.length < 5) return null;
  const id = parts[0]!.replace(/\s/g, '');
  if (!ID12.test(id)) return null;
  let i = 1;
  const extra: Record<string, string> = {};
  if (i < parts.length && (parts[i] === '' || OLD_ID.test(parts[i]!.replace(/\s/g, '')))) {
    if (parts[i] !== '') extra.oldId = parts[i]!.replace(/\s/g, '');
    i++;
  }
  const fields: Record<string, string> = { so_dinh_danh: id };
  const name = parts[i];
  if (name === undefined || !/\p{L}/u.test(name) || /\d/.test(name)) return null;
  fields.ho_ten = normalizePersonName(name);
  i++;
  const birth = parts[i] !== undefined ? normalizeDate(parts[i]!) : null;
  if (!birth) return null;
  fields.ngay_sinh = birth;
  i++;
  const gender = parts[i] !== undefined ? normalizeGender(parts[i]!) : null;
  if (gender) {
    fields.gioi_tinh = gender;
    i++;
  }
  const address = parts[i];
  if (address !== undefined && address !== '' && normalizeDate(address) === null) {
    fields.noi_thuong_tru = address;
    i++;
  }
  const issued = parts[i] !== undefined ? normalizeDate(parts[i]!) : null;
  if (issued) fields.ngay_cap = issued;
  return { source: 'qr', type: 'can_cuoc', fields, ...(Object.keys(extra).length ? { extra } : {}) };
}

// ---------------------------------------------------------------------------
// One-stop system result: dossier code, procedure code, owner identifier,
// document name, issuing system, issue time. No published serialization, so
// accept JSON, key=value pairs (query string, lines, ';' or '|' separated) and
// pipe-separated positional fields recognized by the dossier code's shape.

export interface OneStopQr {
  dossierCode?: string;
  procedureCode?: string;
  ownerId?: string;
  documentName?: string;
  issuingSystem?: string;
  issuedAt?: string;
}

/** Dossier code per Circular 01/2018 Art. 19: <agency>-YYMMDD-XXXX. */
export const DOSSIER_CODE = /^\d{3}\.\d{2}\.\d{2}\.[GH]\d{2}-\d{6}-\d{4}$/;
/** TTHC procedure code: N.NNNNNN, optionally followed by an agency part. */
export const PROCEDURE_CODE = /^\d\.\d{6}(\.[0-9A-Z.]+)?$/;

const KEY_SYNONYMS: Record<keyof OneStopQr, string[]> = {
  dossierCode: ['dossiercode', 'dossier', 'mahoso', 'sohoso', 'hoso', 'mahs', 'dossierno', 'dossierid'],
  procedureCode: ['procedurecode', 'procedure', 'mathutuc', 'matthc', 'thutuc', 'mattc', 'procedureid'],
  ownerId: ['ownerid', 'owneridentifier', 'owner', 'madinhdanh', 'sodinhdanh', 'machusohuu', 'chusohuu', 'dinhdanh', 'identifier'],
  documentName: ['documentname', 'document', 'tengiayto', 'tenketqua', 'tenvanban', 'giayto', 'ketqua', 'name', 'docname'],
  issuingSystem: ['issuingsystem', 'system', 'hethong', 'hethongcap', 'noicap', 'issuer', 'source'],
  issuedAt: ['issuedat', 'issuetime', 'issued', 'thoigian', 'thoigiancap', 'ngaycap', 'time', 'timestamp', 'date'],
};

function canonicalKey(raw: string): keyof OneStopQr | null {
  const k = matchKey(raw).replace(/ /g, '');
  for (const [key, names] of Object.entries(KEY_SYNONYMS) as [keyof OneStopQr, string[]][]) {
    if (names.includes(k)) return key;
  }
  return null;
}

/** Issue time -> ISO 8601 with offset; Vietnam time (+07:00) when the payload gives none. */
export function normalizeIssuedAt(s: string): string | null {
  const t = s.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/.exec(t);
  if (m) {
    if (!normalizeDate(`${m[1]}-${m[2]}-${m[3]}`)) return null;
    const zone = m[7] === undefined ? '+07:00' : m[7] === 'Z' ? 'Z' : m[7].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
    return `${m[1]}-${m[2]}-${m[3]}T${m[4] ?? '00'}:${m[5] ?? '00'}:${m[6] ?? '00'}${zone}`;
  }
  // dd/mm/yyyy [hh:mm[:ss]] or hh:mm[:ss] dd/mm/yyyy
  let date: string | null = null;
  let hh = '00', mi = '00', ss = '00';
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
  if (m) {
    date = normalizeDate(`${m[1]!.padStart(2, '0')}/${m[2]!.padStart(2, '0')}/${m[3]}`);
    [hh, mi, ss] = [m[4] ?? '00', m[5] ?? '00', m[6] ?? '00'];
  } else {
    m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?,?\s+(?:ngày\s+)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
    if (m) {
      date = normalizeDate(`${m[4]!.padStart(2, '0')}/${m[5]!.padStart(2, '0')}/${m[6]}`);
      [hh, mi, ss] = [m[1]!, m[2]!, m[3] ?? '00'];
    }
  }
  if (m) return date ? `${date}T${hh.padStart(2, '0')}:${mi}:${ss}+07:00` : null;
  m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?$/.exec(t);
  if (m) {
    if (!normalizeDate(`${m[1]}-${m[2]}-${m[3]}`)) return null;
    return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}+07:00`;
  }
  return null;
}

function fromEntries(entries: [string, string][]): OneStopQr | null {
  const out: OneStopQr = {};
  for (const [k, v] of entries) {
    const key = canonicalKey(k);
    const value = foldText(v);
    if (key && value !== '' && out[key] === undefined) out[key] = value;
  }
  return out.dossierCode || out.procedureCode ? out : null;
}

function parseOneStopRaw(payload: string): OneStopQr | null {
  const t = payload.trim();
  if (t.startsWith('{')) {
    try {
      const obj = JSON.parse(t) as unknown;
      if (obj && typeof obj === 'object' && !Array.isArray(obj)) {
        return fromEntries(Object.entries(obj).filter(([, v]) => typeof v === 'string' || typeof v === 'number').map(([k, v]) => [k, String(v)]));
      }
    } catch {
      return null;
    }
    return null;
  }
  // URL with a query string, or bare key=value / key: value pairs.
  let body = t;
  const q = t.indexOf('?');
  if (/^https?:\/\//i.test(t) && q >= 0) body = t.slice(q + 1);
  const pieces = body.split(/[\n;&|]+/).map((p) => p.trim()).filter(Boolean);
  const kv: [string, string][] = [];
  for (const p of pieces) {
    const m = /^([^=:]{1,40})[=:](.*)$/s.exec(p);
    if (m) {
      let v = m[2]!;
      try { v = decodeURIComponent(v.replace(/\+/g, ' ')); } catch { /* keep raw */ }
      kv.push([m[1]!, v]);
    }
  }
  if (kv.length >= 2) {
    const r = fromEntries(kv);
    if (r) return r;
  }
  // Positional: dossier|procedure|owner|document name|system|time.
  const parts = t.split('|').map((p) => foldText(p));
  if (parts.length >= 3 && DOSSIER_CODE.test(parts[0]!) && PROCEDURE_CODE.test(parts[1]!)) {
    const [dossierCode, procedureCode, ownerId, documentName, issuingSystem, issuedAt] = parts;
    const r: OneStopQr = { dossierCode, procedureCode };
    if (ownerId) r.ownerId = ownerId;
    if (documentName) r.documentName = documentName;
    if (issuingSystem) r.issuingSystem = issuingSystem;
    if (issuedAt) r.issuedAt = issuedAt;
    return r;
  }
  return null;
}

/** Catalog type whose name or alias the document name contains (longest match wins). */
export function typeFromDocumentName(name: string): string | undefined {
  const key = ` ${matchKey(name)} `;
  let best: { code: string; len: number } | undefined;
  for (const t of catalog.types) {
    for (const n of [t.name, ...t.aliases]) {
      const nk = matchKey(n);
      if (nk.length >= 6 && key.includes(` ${nk} `) && (!best || nk.length > best.len)) best = { code: t.code, len: nk.length };
    }
  }
  return best?.code;
}

export function parseOneStopQr(payload: string): CheckedFields | null {
  const raw = parseOneStopRaw(payload);
  if (!raw) return null;
  const extra: Record<string, string> = {};
  if (raw.dossierCode) extra.dossierCode = raw.dossierCode.replace(/\s/g, '');
  if (raw.procedureCode) extra.procedureCode = raw.procedureCode.replace(/\s/g, '');
  if (raw.ownerId) extra.ownerId = raw.ownerId.replace(/\s/g, '');
  if (raw.documentName) extra.documentName = raw.documentName;
  if (raw.issuingSystem) extra.issuingSystem = raw.issuingSystem;
  if (raw.issuedAt) extra.issuedAt = normalizeIssuedAt(raw.issuedAt) ?? raw.issuedAt;
  const type = raw.documentName ? typeFromDocumentName(raw.documentName) : undefined;
  const fields: Record<string, string> = {};
  const ownerField = type ? documentType(type)?.metadata.owner : undefined;
  // Only a personal identification number (or old ID) fills the owner field; an
  // organization code stays in `extra` for the metadata.
  if (ownerField && extra.ownerId && /^(\d{12}|\d{9})$/.test(extra.ownerId)) fields[ownerField] = extra.ownerId;
  return { source: 'qr', ...(type ? { type } : {}), fields, extra };
}

/** Either kind of payload; null when it is neither (a URL, a product code, garbage). */
export function parseQrPayload(payload: string): CheckedFields | null {
  return parseIdCardQr(payload) ?? parseOneStopQr(payload);
}
