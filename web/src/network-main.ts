import { startNetworkDeck } from './map/network-deck.ts';
import { networkData } from './map/network-data.ts';

/**
 * The entry of a visit that starts on /network (web/network.html): the map's WebGL (device and
 * shaders) and its data start at once, while the rest of the app (React, the catalogues, the
 * router) loads beside them; the page takes the waiting map when it renders.
 */
startNetworkDeck();
networkData().catch(() => undefined);
// The page's module, which loads the app's with it, then the app's start: when React first renders,
// the page is already there and renders in the same pass (see networkPageModule).
void import('./pages/public/network.tsx').finally(() => import('./main.tsx'));
