// Live list of items: reloads when the background broadcasts a change and
// tracks extraction progress events.
import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Broadcast, ItemSummary } from '../shared/messages.ts';
import { send } from '../shared/messaging.ts';

export function useItems(): { items: ItemSummary[] | null; error: unknown; reload: () => void } {
  const [items, setItems] = useState<ItemSummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const reload = useCallback(() => {
    send('items/list', {}).then((list) => { setItems(list); setError(null); }, setError);
  }, []);
  useEffect(() => {
    reload();
    const onMessage = (m: unknown) => {
      const b = m as Broadcast;
      if (b?.sohoa !== 1 || !('event' in b)) return undefined;
      if (b.event === 'items/changed') reload();
      if (b.event === 'progress') setItems((list) => list?.map((i) => (i.id === b.id ? { ...i, progress: b.progress } : i)) ?? null);
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, [reload]);
  return { items, error, reload };
}
