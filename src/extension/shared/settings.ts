// Configuration: enterprise policy (storage.managed, deployed by IT) wins over
// what the official saved in the options page (storage.local), which wins over
// defaults. The registry token is a secret: local only, never synced.
import browser from 'webextension-polyfill';
import { z } from 'zod';
import { agencyCodePattern } from '../../core/result/schema.ts';
import { checkTemplate, DEFAULT_CODE_TEMPLATE } from '../../core/result/code-template.ts';
import { createPolicy, type PiiPolicy } from '../../core/pii/policy.ts';

/** The agency's masking policy overrides (JSON); '' means the defaults. */
function policyOrThrow(json: string): PiiPolicy {
  return createPolicy(json.trim() === '' ? undefined : JSON.parse(json));
}

export const settingsSchema = z.object({
  registryUrl: z.string().url().refine((u) => /^https?:\/\//.test(u), 'http(s) only'),
  registryToken: z.string(),
  officialName: z.string().trim(),
  officialRole: z.string().trim(),
  agencyCode: z.string().trim().refine((c) => c === '' || agencyCodePattern.test(c), 'agency code must look like 000.00.12.H12'),
  codeTemplate: z.string().refine((t) => checkTemplate(t).ok, 'invalid code template'),
  piiPolicy: z.string().refine((p) => { try { policyOrThrow(p); return true; } catch { return false; } }, 'invalid PII policy'),
});

export type Settings = z.infer<typeof settingsSchema>;
export type SettingKey = keyof Settings;

export const defaultSettings: Settings = {
  registryUrl: 'http://127.0.0.1:8787',
  registryToken: '',
  officialName: '',
  officialRole: '',
  agencyCode: '',
  codeTemplate: DEFAULT_CODE_TEMPLATE,
  piiPolicy: '',
};

const keys = Object.keys(defaultSettings) as SettingKey[];

async function managed(): Promise<Partial<Settings>> {
  try {
    // Throws where no policy schema/values exist (e.g. unmanaged browsers).
    return pick(await browser.storage.managed.get(keys));
  } catch {
    return {};
  }
}

function pick(raw: Record<string, unknown>): Partial<Settings> {
  const out: Partial<Settings> = {};
  for (const k of keys) if (typeof raw[k] === 'string') (out as Record<string, string>)[k] = raw[k] as string;
  // Policy may deploy the masking policy as a JSON object.
  if (raw.piiPolicy && typeof raw.piiPolicy === 'object') out.piiPolicy = JSON.stringify(raw.piiPolicy);
  return out;
}

export interface LoadedSettings {
  settings: Settings;
  /** Keys fixed by enterprise policy: the options page shows them read-only. */
  locked: SettingKey[];
}

export async function loadSettings(): Promise<LoadedSettings> {
  const [local, policy] = await Promise.all([browser.storage.local.get(keys).then(pick), managed()]);
  const merged = { ...defaultSettings, ...local, ...policy };
  return { settings: merged, locked: Object.keys(policy) as SettingKey[] };
}

/** The masking policy in force; an invalid stored policy falls back to the defaults (never to no masking). */
export function maskingPolicy(settings: Settings): PiiPolicy {
  try {
    return policyOrThrow(settings.piiPolicy);
  } catch {
    return createPolicy();
  }
}

export type SaveOutcome = { ok: true } | { ok: false; errors: Partial<Record<SettingKey, string>> };

export async function saveSettings(input: Settings): Promise<SaveOutcome> {
  const parsed = settingsSchema.safeParse(input);
  if (!parsed.success) {
    const errors: Partial<Record<SettingKey, string>> = {};
    for (const issue of parsed.error.issues) errors[issue.path[0] as SettingKey] = issue.message;
    return { ok: false, errors };
  }
  await browser.storage.local.set(parsed.data);
  return { ok: true };
}
