// Tells open extension pages (the popup) that something changed.
import browser from 'webextension-polyfill';
import type { Broadcast } from '../shared/messages.ts';

export function broadcast(message: Broadcast): void {
  // Rejects when no page is open to listen; that is fine.
  browser.runtime.sendMessage(message).catch(() => undefined);
}
