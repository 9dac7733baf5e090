// One item: the fields of its document type as a form. Personal fields (and the
// free-text note) are masked until the official reveals one; each reveal is
// recorded in the local audit log. Required fields that are empty are marked,
// and warnings from validation stand beside their field.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { catalog, documentType, type FieldSpec } from '../../core/catalog/catalog.ts';
import { maskFieldValue, maskPii } from '../../core/pii/index.ts';
import { warningText } from '../../core/extract/warning-text.ts';
import { missingRequired } from '../../core/result/build-result.ts';
import { encodeError, toSafeError } from '../shared/errors.ts';
import { errorText, t, uiLanguage } from '../shared/i18n.ts';
import type { Broadcast, DraftView } from '../shared/messages.ts';
import type { ExtractionWarning } from '../../core/extract/types.ts';
import { send } from '../shared/messaging.ts';
import { maskCode } from './masked-code.ts';
import { fromBase64 } from '../shared/base64.ts';
import type { PiiPolicy } from '../../core/pii/policy.ts';

const LOW_CONFIDENCE = 0.8;

function warningLabel(w: ExtractionWarning): string {
  const text = warningText[w.code];
  return text ? text[uiLanguage()] : w.message;
}

export function ItemDetail({ id, policy, onClose }: { id: string; policy: PiiPolicy; onClose: () => void }) {
  const [draft, setDraft] = useState<DraftView | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [note, setNote] = useState('');
  const [typeCode, setTypeCode] = useState<string | null>(null);
  const [revealed, setRevealed] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [tried, setTried] = useState(false);

  const load = (v: DraftView) => {
    setDraft(v);
    setFields(v.fields);
    setNote(v.note ?? '');
    setTypeCode(v.documentType);
  };

  useEffect(() => {
    const get = () => send('items/get', { id }).then(load, (e: unknown) => setError(encodeError(toSafeError(e))));
    void get();
    // While the document is being read, show its fields as soon as extraction ends.
    const onMessage = (m: unknown) => {
      const b = m as Broadcast;
      if (b?.sohoa === 1 && 'event' in b && b.event === 'items/changed' && statusRef.current === 'extracting') void get();
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, [id]);
  const statusRef = useRef<string | undefined>(undefined);
  statusRef.current = draft?.status;

  const type = typeCode ? documentType(typeCode) : undefined;
  const missing = useMemo(() => new Set(typeCode ? missingRequired(typeCode, fields) : []), [typeCode, fields]);
  if (!draft) return error ? <p class="banner error" role="alert">{errorText(error)}</p> : <p class="empty">{t('loading')}</p>;
  const editable = draft.status === 'draft';

  const download = (fileId: string) => run(async () => {
    const f = await send('items/file', { id, fileId });
    const url = URL.createObjectURL(new Blob([fromBase64(f.base64) as BlobPart], { type: f.mediaType }));
    const a = document.createElement('a');
    a.href = url;
    a.download = f.name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  });

  const reveal = (key: string) => {
    const next = new Set(revealed);
    if (next.has(key)) next.delete(key);
    else {
      next.add(key);
      void send('audit/reveal', { id, field: key });
    }
    setRevealed(next);
  };

  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(encodeError(toSafeError(e)));
    } finally {
      setBusy(false);
    }
  };

  const changeType = (code: string) => run(async () => {
    const v = await send('items/save', { id, fields: {}, note, documentType: code });
    load(v);
  });
  const save = () => run(async () => load(await send('items/save', { id, fields, note, ...(typeCode ? { documentType: typeCode } : {}) })));
  const confirm = () => {
    setTried(true);
    if (missing.size > 0 || !typeCode) {
      setError(typeCode ? `err_missing_required|${missing.size}` : 'err_need_type');
      return;
    }
    void run(async () => { await send('items/confirm', { id, fields, note, documentType: typeCode }); onClose(); });
  };
  const remove = () => run(async () => { await send('items/delete', { id }); onClose(); });
  const retry = () => run(async () => { await send('items/retry', { id }); load(await send('items/get', { id })); });

  const fieldRow = (f: FieldSpec) => {
    const value = fields[f.key] ?? '';
    const personal = f.pii !== 'none';
    const masked = personal && value !== '' && !revealed.has(f.key);
    const shown = masked ? maskFieldValue(value, f.type, f.pii, policy) : value;
    const isMissing = missing.has(f.key);
    const warnings = draft.warnings.filter((w) => w.field === f.key);
    const low = (draft.confidence[f.key] ?? 1) < LOW_CONFIDENCE && value !== '';
    const inputId = `f-${f.key}`;
    return (
      <div class={`field${isMissing && (tried || value === '') ? ' missing' : ''}`} key={f.key}>
        <label for={inputId}>{f.label}{f.required && <span class="req" title={t('required')}> *</span>}</label>
        <div class="control">
          <input
            id={inputId}
            data-sohoa-field={f.key}
            data-sohoa-masked={masked ? 'true' : 'false'}
            value={shown}
            readOnly={!editable || masked}
            aria-invalid={isMissing}
            autocomplete="off"
            spellcheck={false}
            onInput={(e) => setFields({ ...fields, [f.key]: (e.currentTarget as HTMLInputElement).value })}
          />
          {personal && value !== '' && (
            <button type="button" class="reveal" data-sohoa="reveal" data-sohoa-reveal={f.key} aria-pressed={!masked} onClick={() => reveal(f.key)}>
              {masked ? t('reveal') : t('hide')}
            </button>
          )}
        </div>
        {isMissing && <span class="hint missing" data-sohoa="missing">{t('requiredMissing')}</span>}
        {low && <span class="hint warning" data-sohoa="low-confidence">{t('lowConfidence')}</span>}
        {warnings.map((w) => <span class="hint warning" data-sohoa="warning" data-sohoa-warning={w.code}>{warningLabel(w)}</span>)}
      </div>
    );
  };

  const noteMasked = note !== '' && !revealed.has('__note');
  return (
    <div>
      <dl class="meta">
        {draft.code && (
          <><dt>{t('code')}</dt><dd data-sohoa="code">{revealed.has('__code') ? draft.code : maskCode(draft.code, policy)}{' '}
            <button type="button" class="reveal" data-sohoa="reveal" data-sohoa-reveal="__code" onClick={() => reveal('__code')}>{revealed.has('__code') ? t('hide') : t('reveal')}</button></dd></>
        )}
        <dt>{t('statusLabel')}</dt><dd data-sohoa-status={draft.status}>{t(`status_${draft.status}`)}</dd>
        {draft.dossierCode && <><dt>{t('dossier')}</dt><dd>{draft.dossierCode}</dd></>}
        {draft.files.map((file) => (
          <><dt>{t(file.role === 'redacted' ? 'redactedCopy' : 'file')}</dt>
            <dd title={file.sha256}>{file.mediaType} · {(file.size / 1024).toFixed(0)} KB · SHA-256 {file.sha256.slice(0, 12)}…{' '}
              <button type="button" class="reveal" data-sohoa={file.role === 'redacted' ? 'download-redacted' : 'download'} onClick={() => void download(file.id)}>{t('download')}</button></dd></>
        ))}
        {draft.receipt && <><dt>{t('receipt')}</dt><dd data-sohoa="receipt">{new Date(draft.receipt.storedAt).toLocaleString()}</dd></>}
      </dl>
      {draft.status === 'extracting' && <p class="banner" data-sohoa="extracting">{t('extractingHint')} <progress max={1} value={draft.progress ?? undefined} /></p>}
      {draft.error && <p class="banner error" data-sohoa="error">{errorText(draft.error)}</p>}
      {error && <p class="banner error" role="alert" data-sohoa="action-error">{errorText(error)}</p>}
      {draft.status === 'sent' && <p class="banner" data-sohoa="purged">{t('purgedAfterReceipt')}</p>}
      {draft.status !== 'sent' && (
        <form onSubmit={(e) => { e.preventDefault(); confirm(); }}>
          <div class="field">
            <label for="doc-type">{t('documentType')}</label>
            <div class="control">
              <select id="doc-type" data-sohoa="type" disabled={!editable || busy} value={typeCode ?? ''} onChange={(e) => void changeType((e.currentTarget as HTMLSelectElement).value)}>
                <option value="" disabled>{t('chooseType')}</option>
                {catalog.types.map((ty) => <option value={ty.code}>{ty.name}</option>)}
              </select>
            </div>
          </div>
          {type?.fields.map(fieldRow)}
          <div class="field">
            <label for="note">{t('note')}</label>
            <div class="control">
              <textarea id="note" data-sohoa-field="__note" rows={2} readOnly={!editable || noteMasked} value={noteMasked ? maskPii(note, policy) : note}
                onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)} />
              {note !== '' && <button type="button" class="reveal" data-sohoa="reveal" data-sohoa-reveal="__note" onClick={() => reveal('__note')}>{noteMasked ? t('reveal') : t('hide')}</button>}
            </div>
          </div>
          <div class="actions">
            <button type="button" data-sohoa="delete" disabled={busy} onClick={() => void remove()}>{t('delete')}</button>
            {editable && <button type="button" data-sohoa="save" disabled={busy} onClick={() => void save()}>{t('save')}</button>}
            {editable && <button type="submit" class="primary" data-sohoa="confirm" disabled={busy}>{t('confirm')}</button>}
            {draft.status === 'failed' && <button type="button" class="primary" data-sohoa="retry" disabled={busy} onClick={() => void retry()}>{t('retry')}</button>}
          </div>
        </form>
      )}
    </div>
  );
}
