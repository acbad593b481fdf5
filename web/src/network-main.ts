import { networkData } from './map/network-data.ts';
import { earlyMapBox } from './map/network-early.ts';
import { sketchNetwork } from './map/network-sketch.ts';

/**
 * The entry of a visit that starts on /network (web/network.html): the map's first frame is drawn
 * in 2D from its data (network-sketch.ts), in a box at the spot the page will give it, before any
 * other code runs. Then the WebGL map starts under it and, once it has drawn the same frame, takes
 * its place; only then the rest of the app (React, the catalogues, the router) runs and renders
 * the page around it, which takes the drawn map into its own box. The WebGL map's and the app's
 * code are fetched meanwhile (the server names them in the page's Link header).
 */
const box = earlyMapBox();
const data = networkData();
const sketch = data.then(
  (d) => sketchNetwork(box, d),
  () => null,
);
const drawn = sketch.then(async (first) => {
  const { startNetworkDeck } = await import('./map/network-deck.ts');
  await new Promise<void>((resolve) => {
    const deck = startNetworkDeck(box, { onReady: () => resolve(), onError: () => resolve() }, first !== null);
    data.then(
      (d) => deck.setData(d),
      () => resolve(),
    );
  });
  first?.remove();
});
// The page's module, then the app's start: when React first renders, the page is already there
// and renders in the same pass (see networkPageModule).
void drawn.then(() => import('./pages/public/network.tsx')).finally(() => import('./main.tsx'));
