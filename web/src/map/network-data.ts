import { geoEqualEarth, geoEqualEarthRaw } from 'd3-geo';
import type { NetworkMap } from '@domain/network/network-map.ts';

/**
 * The map's one projection: Equal Earth (as on the portal's home map), into flat coordinates in
 * which the whole world is about 540 units wide, y pointing down. Places are projected once here;
 * the map only pans and zooms these coordinates.
 */
export const projection = geoEqualEarth().scale(100).translate([0, 0]);

/** The network ready to draw: typed arrays built straight from the columns. */
export interface NetworkData {
  count: number;
  ids: string[];
  names: string[];
  namesZh: (string | null)[];
  countries: string[];
  /** Whether the place is one of the registry's own (it has a page), not only the network's. */
  registry: boolean[];
  /** Partners per place, as the server counts them. */
  degree: Uint32Array;
  /** x, y per place in the projection's coordinates; NaN for a place without coordinates. */
  xy: Float32Array;
  /** Every tie: a, b per tie. */
  ties: Uint32Array;
  tieCount: number;
  /** The ties that can be drawn (both places have coordinates), in order. */
  drawable: Uint32Array;
  /** For each place, its ties (indices into `ties`), in compressed rows: `tiesOf[tieStart[i] .. tieStart[i + 1])`. */
  tieStart: Uint32Array;
  tiesOf: Uint32Array;
  /** Position of an id, or -1. */
  indexOf: (id: string) => number;
}

export const located = (d: NetworkData, i: number) => i >= 0 && i < d.count && !Number.isNaN(d.xy[2 * i]!);

export function decodeNetwork(json: NetworkMap): NetworkData {
  const p = json.places;
  const count = p.id.length;
  const xy = new Float32Array(count * 2);
  // The raw projection, as `projection` applies it (scale, and y pointing down), without its per-point machinery.
  const k = projection.scale();
  const radians = Math.PI / 180;
  for (let i = 0; i < count; i++) {
    const lng = p.lng[i];
    const lat = p.lat[i];
    if (lng === null || lat === null || lng === undefined || lat === undefined) {
      xy[2 * i] = xy[2 * i + 1] = NaN;
      continue;
    }
    const [x, y] = geoEqualEarthRaw(lng * radians, lat * radians);
    xy[2 * i] = x * k;
    xy[2 * i + 1] = -y * k;
  }
  const ties = Uint32Array.from(json.ties);
  const tieCount = ties.length / 2;
  const drawable = new Uint32Array(tieCount);
  let drawn = 0;
  const ends = new Uint32Array(count);
  for (let t = 0; t < tieCount; t++) {
    const a = ties[2 * t]!;
    const b = ties[2 * t + 1]!;
    ends[a]!++;
    ends[b]!++;
    if (!Number.isNaN(xy[2 * a]!) && !Number.isNaN(xy[2 * b]!)) drawable[drawn++] = t;
  }
  const tieStart = new Uint32Array(count + 1);
  for (let i = 0; i < count; i++) tieStart[i + 1] = tieStart[i]! + ends[i]!;
  const fill = tieStart.slice(0, count);
  const tiesOf = new Uint32Array(2 * tieCount);
  for (let t = 0; t < tieCount; t++) {
    tiesOf[fill[ties[2 * t]!]!++] = t;
    tiesOf[fill[ties[2 * t + 1]!]!++] = t;
  }
  return {
    count,
    ids: p.id,
    names: p.name,
    namesZh: p.nameZh,
    countries: p.country,
    registry: p.registry,
    degree: Uint32Array.from(p.degree),
    xy,
    ties,
    tieCount,
    drawable: drawable.subarray(0, drawn),
    tieStart,
    tiesOf,
    // Asked a few times per visit (the home place, search hits): a scan costs less than a map of 17,000 ids.
    indexOf: (id) => p.id.indexOf(id),
  };
}

export const NETWORK_MAP_URL = '/api/network/map';

let pending: Promise<NetworkMap> | null = null;

/** The map's data, fetched once per page load (the server answers a repeat with 304 from its ETag). */
function networkMapJson(): Promise<NetworkMap> {
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

let decoded: { json: NetworkMap; data: NetworkData } | null = null;

/** The network decoded, once it is here; null before. */
export const decodedNetwork = (): NetworkData | null => decoded?.data ?? null;

/** The map's data, decoded once per page load (and at once when the visit starts on the map). */
export function networkData(): Promise<NetworkData> {
  return networkMapJson().then((json) => {
    if (decoded?.json !== json) decoded = { json, data: decodeNetwork(json) };
    return decoded.data;
  });
}

/** The other end of tie `t` from place `i`. */
export const otherEnd = (d: NetworkData, t: number, i: number) => (d.ties[2 * t] === i ? d.ties[2 * t + 1]! : d.ties[2 * t]!);

/** The partners of place `i`, located or not. */
export function partnersOf(d: NetworkData, i: number): number[] {
  const out: number[] = [];
  for (let k = d.tieStart[i]!; k < d.tieStart[i + 1]!; k++) out.push(otherEnd(d, d.tiesOf[k]!, i));
  return out;
}

/** A place's name in the language asked for, falling back to the standard name. */
export const placeName = (d: NetworkData, i: number, lang: 'zh' | 'en') => (lang === 'zh' ? (d.namesZh[i] ?? d.names[i]!) : d.names[i]!);
