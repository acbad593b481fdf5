/**
 * Where the world map is drawn on a visit that starts on /network, before the app and its page
 * are there (network-main.ts): a box laid over the spot the page's map will take, which the page
 * removes when it takes the map into its own box. The spot is the one the page's box had on the
 * last visit in a window of the same size; else it is worked out from the page's stylesheet
 * (main, network.css) for the default type size.
 */
const STORAGE_KEY = 'amity.networkMapBox';

interface Spot {
  /** The window's size the spot was seen in. */
  width: number;
  height: number;
  left: number;
  top: number;
  boxWidth: number;
  boxHeight: number;
}

const windowSize = () => ({ width: document.documentElement.clientWidth, height: window.innerHeight });

function remembered(): Spot | null {
  try {
    const spot = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Spot | null;
    const now = windowSize();
    return spot && spot.width === now.width && spot.height === now.height ? spot : null;
  } catch {
    return null;
  }
}

/** The spot of `.network-canvases` in the page as styled: main 78rem wide with 1.2rem padding, the panel's 18rem column from 60rem on, the map min(70vh, 40rem) high, a 1px border. */
function estimated(): Spot {
  const { width, height } = windowSize();
  const rem = 16;
  const main = Math.min(width, 78 * rem);
  const content = main - 2 * 1.2 * rem;
  const wide = width >= 60 * rem;
  const outer = wide ? content - 18 * rem - rem : content;
  const outerHeight = Math.max(22 * rem, Math.min(0.7 * height, 40 * rem));
  return {
    width,
    height,
    left: (width - main) / 2 + 1.2 * rem + 1,
    // The header, the title with its line of figures and the filters above the map.
    top: wide ? 288 : 400,
    boxWidth: outer - 2,
    boxHeight: outerHeight - 2,
  };
}

/** A box for the map at its spot, put in the page now. */
export function earlyMapBox(): HTMLElement {
  const spot = remembered() ?? estimated();
  const box = document.createElement('div');
  box.className = 'network-early';
  box.setAttribute('aria-hidden', 'true');
  Object.assign(box.style, {
    left: `${spot.left}px`,
    top: `${spot.top}px`,
    width: `${spot.boxWidth}px`,
    height: `${spot.boxHeight}px`,
  });
  document.body.append(box);
  return box;
}

/** Keeps where the page's map box is, for the next visit's early box. */
export function rememberMapBox(box: HTMLElement): void {
  const r = box.getBoundingClientRect();
  const spot: Spot = {
    ...windowSize(),
    left: r.left + window.scrollX,
    top: r.top + window.scrollY,
    boxWidth: r.width,
    boxHeight: r.height,
  };
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(spot));
  } catch {
    // A browser that keeps nothing draws the next early map at the estimated spot.
  }
}
