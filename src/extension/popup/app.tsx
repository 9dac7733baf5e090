// Review UI (Art. 7.2-7.3): the list of captured documents and, for one of
// them, the fields to check, correct and confirm.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { errorText, t } from '../shared/i18n.ts';
import { loadSettings, maskingPolicy } from '../shared/settings.ts';
import { DEFAULT_POLICY, type PiiPolicy } from '../../core/pii/policy.ts';
import { toSafeError, encodeError } from '../shared/errors.ts';
import { ItemList } from './item-list.tsx';
import { ItemDetail } from './item-detail.tsx';
import { useItems } from './use-items.ts';

export function App() {
  const { items, error, reload } = useItems();
  const [openId, setOpenId] = useState<string | null>(null);
  const [needsSetup, setNeedsSetup] = useState(false);
  // Nothing personal is drawn before the agency's policy is known: it may mask more than the defaults.
  const [policy, setPolicy] = useState<PiiPolicy | null>(null);

  useEffect(() => {
    loadSettings().then(({ settings }) => {
      setNeedsSetup(!settings.officialName || !settings.agencyCode);
      setPolicy(maskingPolicy(settings));
    }, () => { setNeedsSetup(true); setPolicy(DEFAULT_POLICY); });
  }, []);

  return (
    <>
      <header>
        <h1>{t('extName')}</h1>
        {openId && <button type="button" data-sohoa="back" onClick={() => setOpenId(null)}>{t('back')}</button>}
        <a href="#" data-sohoa="open-options" onClick={(e) => { e.preventDefault(); void browser.runtime.openOptionsPage(); }}>{t('options')}</a>
      </header>
      <main>
        {needsSetup && <p class="banner" data-sohoa="setup-needed">{t('setupNeeded')}</p>}
        {error != null && <p class="banner error" role="alert">{errorText(encodeError(toSafeError(error)))}</p>}
        {policy && (openId
          ? <ItemDetail id={openId} policy={policy} onClose={() => { setOpenId(null); reload(); }} />
          : <ItemList items={items} policy={policy} onOpen={setOpenId} />)}
      </main>
    </>
  );
}
