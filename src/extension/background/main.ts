// Service worker entry. Keeps no state in memory that IndexedDB cannot rebuild:
// on every wake it resumes unfinished extractions and flushes the outbox.
import browser from 'webextension-polyfill';
import { listen } from '../shared/messaging.ts';
import { acceptUploads } from './uploads.ts';
import { flushOutbox, OUTBOX_ALARM, retryNow } from './outbox.ts';
import { resumeExtractions } from './offscreen-client.ts';
import { reviewHandlers } from './review.ts';

listen(reviewHandlers);
acceptUploads();

browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === OUTBOX_ALARM) void flushOutbox();
});
// A new registry URL or token: what waited for the official's fix goes out now.
browser.storage.onChanged.addListener((changes, area) => {
  if ((area === 'local' || area === 'managed') && ('registryUrl' in changes || 'registryToken' in changes)) void retryNow();
});
browser.runtime.onInstalled.addListener((details) => {
  if (details.reason === 'install') void browser.runtime.openOptionsPage();
});

void resumeExtractions().catch(() => undefined);
void flushOutbox().catch(() => undefined);
