import type { NetworkMap } from '@domain/network/network-map.ts';

/**
 * The world map's data and code, fetched as early as possible: when the app starts on
 * /network (in parallel with the page's own code, instead of after it), or when a visitor
 * points at the link to it. Kept in this small module, which the app's entry imports.
 */
export const NETWORK_PATH = '/network';
export const NETWORK_MAP_URL = '/api/network/map';

let pending: Promise<NetworkMap> | null = null;

/** The map's data, fetched once per page load (the server answers a repeat with 304 from its ETag). */
export function networkMapJson(): Promise<NetworkMap> {
  if (!pending) {
    // No custom headers: the request must match the server's preload of the same URL.
    pending = fetch(NETWORK_MAP_URL).then((res) => {
      if (!res.ok) throw new Error(`${NETWORK_MAP_URL}: ${res.status} ${res.statusText}`);
      return res.json() as Promise<NetworkMap>;
    });
    pending.catch(() => {
      pending = null;
    });
  }
  return pending;
}

/** Starts loading the page's code and its data without waiting for either. */
export function prefetchNetworkPage(): void {
  void import('../pages/public/network.tsx').catch(() => undefined);
  networkMapJson().catch(() => undefined);
}

if (typeof location !== 'undefined' && location.pathname === NETWORK_PATH) prefetchNetworkPage();
