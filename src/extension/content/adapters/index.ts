// Adapter registry: the first adapter whose `matches` accepts the page is used;
// the generic one accepts every page, so it goes last.
import type { PortalAdapter } from './adapter.ts';
import { genericAdapter } from './generic.ts';

export const adapters: PortalAdapter[] = [genericAdapter];

export function adapterFor(url: URL): PortalAdapter {
  return adapters.find((a) => a.matches(url)) ?? genericAdapter;
}
