// Options: registry, the official (Art. 5: every result records who digitized
// it) and the code template. Values fixed by enterprise policy are read-only.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import { defaultSettings, loadSettings, saveSettings, type SettingKey, type Settings } from '../shared/settings.ts';

const FIELDS: { key: SettingKey; type?: 'text' | 'url' | 'password' | 'json'; help?: string }[] = [
  { key: 'officialName' },
  { key: 'officialRole' },
  { key: 'agencyCode', help: 'help_agencyCode' },
  { key: 'registryUrl', type: 'url', help: 'help_registryUrl' },
  { key: 'registryToken', type: 'password' },
  { key: 'codeTemplate', help: 'help_codeTemplate' },
  { key: 'piiPolicy', type: 'json', help: 'help_piiPolicy' },
];

function Options() {
  const [values, setValues] = useState<Settings>(defaultSettings);
  const [locked, setLocked] = useState<SettingKey[]>([]);
  const [errors, setErrors] = useState<Partial<Record<SettingKey, string>>>({});
  const [saved, setSaved] = useState(false);
  // Fields stay disabled until the stored values are in: typing into the
  // defaults and then having the load overwrite it would lose the official's edit.
  const [ready, setReady] = useState(false);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    loadSettings().then(
      ({ settings, locked: l }) => { setValues(settings); setLocked(l); setReady(true); },
      () => { setFailed(true); setReady(true); },
    );
  }, []);

  const edit = (key: SettingKey, value: string) => {
    setSaved(false);
    setValues((current) => ({ ...current, [key]: value }));
  };

  const save = async () => {
    setSaved(false);
    setFailed(false);
    try {
      const outcome = await saveSettings(values);
      setErrors(outcome.ok ? {} : outcome.errors);
      setSaved(outcome.ok);
    } catch {
      setFailed(true);
    }
  };

  return (
    <form onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <h1>{t('optionsTitle')}</h1>
      <fieldset disabled={!ready}>
        {FIELDS.map(({ key, type, help }) => (
          <div class="field" key={key}>
            <label for={`o-${key}`}>{t(`option_${key}`)}</label>
            {type === 'json' ? (
              <textarea
                id={`o-${key}`}
                rows={6}
                spellcheck={false}
                data-sohoa-option={key}
                value={values[key]}
                readOnly={locked.includes(key)}
                placeholder='{"fields": {"fieldTypes": {"personal_id": {"op": "partial", "keepStart": 0, "keepEnd": 3}}}}'
                onInput={(e) => edit(key, (e.currentTarget as HTMLTextAreaElement).value)}
              />
            ) : (
              <input
                id={`o-${key}`}
                // Preact's typings narrow input types per variant; all three used here are plain text inputs.
                type={(type ?? 'text') as 'text'}
                data-sohoa-option={key}
                value={values[key]}
                readOnly={locked.includes(key)}
                autocomplete="off"
                onInput={(e) => edit(key, (e.currentTarget as HTMLInputElement).value)}
              />
            )}
            {locked.includes(key) && <span class="help">{t('lockedByPolicy')}</span>}
            {help && <span class="help">{t(help)}</span>}
            {errors[key] && <span class="error" role="alert" data-sohoa-error={key}>{t(`invalid_${key}`)}</span>}
          </div>
        ))}
        <button type="submit" data-sohoa="save">{t('save')}</button>
        {saved && <span class="saved" role="status" data-sohoa="saved">{t('saved')}</span>}
        {failed && <span class="failed" role="alert" data-sohoa="settings-error">{t('err_settings_storage')}</span>}
      </fieldset>
    </form>
  );
}

render(<Options />, document.getElementById('app')!);
