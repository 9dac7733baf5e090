// UI strings come from public/_locales (Vietnamese default, English second).
import browser from 'webextension-polyfill';
import { decodeError } from './errors.ts';

export function t(key: string, subs?: string | string[]): string {
  return browser.i18n.getMessage(key, subs) || key;
}

/** Text of an error string produced by the background (see errors.ts). */
export function errorText(encoded: string): string {
  const { key, args } = decodeError(encoded);
  return browser.i18n.getMessage(key, args) || browser.i18n.getMessage('err_internal');
}

export function uiLanguage(): 'vi' | 'en' {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('vi') ? 'vi' : 'en';
}
