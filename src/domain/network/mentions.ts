import type { Coordinates } from '../common.ts';
import { readCountry } from './country-text.ts';
import type { Gazetteer } from './gazetteer.ts';
import { inBox, validCoordinates } from './geo.ts';
import { readPlace, type PlaceText } from './place-text.ts';
import type { CoordinateFlag, Unresolved } from './report.ts';

/** One side of a row as the file gives it. */
export interface SideText {
  name: string;
  country: string;
  lat: number | null;
  lng: number | null;
}

/** A distinct way the file names a place: the same text, country and coordinates on any number of rows. */
export interface Mention {
  text: PlaceText;
  country: string;
  subdivision: string | null;
  /** Coordinates the importer trusts: null when absent or flagged. */
  coordinates: Coordinates | null;
  flags: Omit<CoordinateFlag, 'row' | 'side'>[];
  /** Where the file names it: row and side. */
  seen: { row: number; side: 1 | 2 }[];
}

export type MentionResult = { mention: Mention } | { problem: Omit<Unresolved, 'row'> };

/** Territories listed under the country that governs them ('Kourou, France' lies in French Guiana). */
const TERRITORIES: Record<string, string[]> = {
  FR: ['GF', 'GP', 'MQ', 'RE', 'YT', 'PM', 'NC', 'PF', 'WF', 'BL', 'MF'],
  GB: ['GI', 'JE', 'GG', 'IM', 'FK', 'BM', 'KY', 'VG', 'AI', 'MS', 'TC', 'SH'],
  US: ['PR', 'GU', 'AS', 'VI', 'MP'],
  NL: ['AW', 'CW', 'SX', 'BQ'],
  DK: ['FO', 'GL'],
  FI: ['AX'],
  NO: ['SJ'],
  AU: ['NF', 'CX', 'CC'],
  NZ: ['CK', 'NU', 'TK'],
  CN: ['HK', 'MO'],
};

function countryOf(side: SideText, text: PlaceText): { code: string; subdivision: string | null; alternatives: string[] } | null {
  const direct = readCountry(side.country);
  if (direct) return direct;
  if (side.country.trim()) return null;
  // An empty country: the name may end in one ('Varna, Bulgaria') or be a territory ('Falkland Islands').
  const fromName = (text.qualifier && readCountry(text.qualifier)) || readCountry(text.raw);
  if (fromName) {
    if (text.qualifier && readCountry(text.qualifier)) text.qualifier = null;
    return fromName;
  }
  return null;
}

/** Reads one side: its country, its qualifiers, and whether its coordinates can be believed. */
export function readSide(side: SideText, g: Gazetteer): MentionResult {
  const text = readPlace(side.name);
  if (!text.name) return { problem: { reason: 'missing_name', detail: 'a side of the row names no place' } };
  const hasPoint = side.lat !== null && side.lng !== null;
  const point = hasPoint && validCoordinates(side.lat!, side.lng!) ? { lat: side.lat!, lng: side.lng! } : null;
  let country = countryOf(side, text);
  if (!country && point && !side.country.trim()) {
    const near = g.near(point, 25)[0];
    if (near) country = { code: near.country, subdivision: null, alternatives: [] };
  }
  if (!country) {
    return side.country.trim()
      ? { problem: { reason: 'unknown_country', detail: `'${side.country}' (for '${side.name}') is no country Amity knows` } }
      : { problem: { reason: 'missing_country', detail: `'${side.name}' has no country, and nothing else on the row tells it` } };
  }
  const mention: Mention = { text, country: country.code, subdivision: country.subdivision, coordinates: null, flags: [], seen: [] };
  if (hasPoint && !point) {
    mention.flags.push({ reason: 'invalid_coordinates', detail: `${side.lat},${side.lng} is not a point on Earth` });
  } else if (point && point.lat === 0 && point.lng === 0) {
    mention.flags.push({ reason: 'zero_coordinates', detail: '0,0 is where a missing position lands' });
  } else if (point) {
    checkCountry(mention, point, country.alternatives, g);
  }
  return { mention };
}

function checkCountry(m: Mention, p: Coordinates, alternatives: string[], g: Gazetteer): void {
  const box = g.box(m.country);
  if (!box || inBox(box, p, 1.5)) {
    m.coordinates = p;
    return;
  }
  const other = [...alternatives, ...(TERRITORIES[m.country] ?? [])].find((c) => {
    const b = g.box(c);
    return b !== null && inBox(b, p, 0.5);
  });
  if (other) {
    m.country = other;
    m.coordinates = p;
    return;
  }
  const swapped = { lat: p.lng, lng: p.lat };
  if (Math.abs(p.lng) <= 90 && inBox(box, swapped, 0.5)) {
    m.flags.push({ reason: 'swapped_coordinates', detail: `${p.lat},${p.lng} lies in ${m.country} only read as ${p.lng},${p.lat}` });
    m.coordinates = swapped;
    return;
  }
  m.flags.push({ reason: 'far_from_country', detail: `${p.lat},${p.lng} lies outside ${m.country}` });
}
