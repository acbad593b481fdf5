import { startNetworkDeck } from './map/network-deck.ts';
import { networkData } from './map/network-data.ts';
import { earlyMapBox } from './map/network-early.ts';

/**
 * The entry of a visit that starts on /network (web/network.html): the map is drawn first, with
 * its data, in a box at the spot the page will give it, and only then the rest of the app (React,
 * the catalogues, the router) runs and renders the page around it, which takes the drawn map into
 * its own box. The app's code is fetched meanwhile (the server names it in the page's Link
 * header); it runs after the map's first frame so that it does not hold that frame up.
 */
const drawn = new Promise<void>((resolve) => {
  const deck = startNetworkDeck(earlyMapBox(), { onReady: () => resolve(), onError: () => resolve() });
  networkData().then(
    (data) => deck.setData(data),
    () => resolve(),
  );
});
// The page's module, then the app's start: when React first renders, the page is already there
// and renders in the same pass (see networkPageModule).
void drawn.then(() => import('./pages/public/network.tsx')).finally(() => import('./main.tsx'));
