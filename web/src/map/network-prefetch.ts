import type { ComponentType } from 'react';

/**
 * The way to the world map, kept small because the app's entry imports it: the path, the page's
 * component once loaded, and its code and data fetched before they are needed, when a visitor
 * points at the link to the map. A visit that starts on /network has its own entry
 * (network-main.ts), which starts both at once.
 */
export const NETWORK_PATH = '/network';

let loaded: ComponentType | null = null;

/** Called by the page's module as it is evaluated. */
export function networkPageLoaded(page: ComponentType): void {
  loaded = page;
}

/** The page's component if its module is already here (a visit that starts on /network loads it before React's first render). */
export const loadedNetworkPage = (): ComponentType | null => loaded;

/** Starts loading the page's code and its data without waiting for either. */
export function prefetchNetworkPage(): void {
  void import('../pages/public/network.tsx').catch(() => undefined);
  void import('./network-data.ts').then((m) => m.networkData()).catch(() => undefined);
}

if (typeof location !== 'undefined' && location.pathname === NETWORK_PATH) prefetchNetworkPage();
