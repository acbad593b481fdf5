import type { PlaceKind } from '../../records/place/place.schema.ts';

/**
 * What a place string of the twin-town lists says, its qualifiers taken apart:
 * `Bao'an (Shenzhen)` is Bao'an inside Shenzhen, `Dębica (rural gmina)` the rural
 * municipality rather than the town, `Berlin – Mitte` Mitte inside Berlin,
 * `Coventry, Connecticut` the Coventry of Connecticut, `Biel/Bienne` one place in two languages.
 */
export interface PlaceText {
  raw: string;
  /** The name without its qualifiers. */
  name: string;
  /** Other names the string gives for the same place. */
  alternatives: string[];
  /** A kind of unit ('rural gmina', 'district'): part of the place's identity. */
  unit: string | null;
  kind: PlaceKind;
  /** A place this one may lie inside; whether it is one is decided against the data (then it is a district unless `unit` says otherwise). */
  parent: string | null;
  /** Any other qualifier ('Saale', 'Connecticut'): it tells homonyms apart but is not a place Amity links to. */
  qualifier: string | null;
}

/** Qualifiers that name a kind of unit, and the kind of place each is in Amity. */
const UNITS: Record<string, PlaceKind> = {
  district: 'district',
  borough: 'district',
  'urban district': 'district',
  'city district': 'district',
  'rural gmina': 'other',
  gmina: 'other',
  'urban gmina': 'other',
  'urban-rural gmina': 'other',
  municipality: 'other',
  commune: 'other',
  communauté: 'other',
  microregion: 'other',
  amt: 'other',
  samtgemeinde: 'other',
  parish: 'other',
  'local government district': 'other',
  county: 'county',
  state: 'province',
  province: 'province',
  region: 'region',
  département: 'province',
  department: 'province',
  prefecture: 'province',
  town: 'city',
  city: 'city',
  village: 'city',
};

export function unitKind(unit: string): PlaceKind | null {
  return UNITS[unit.toLowerCase()] ?? null;
}

/** `Budapest XI`, `Vienna 1`, `Prague 20`: a numbered part of a city, whose city is the name before the number. */
const NUMBERED = /^(.+?)\s+([IVXLC]+|\d{1,2})$/;

export function numberedParent(name: string): string | null {
  const m = NUMBERED.exec(name);
  return m && m[1]!.length >= 3 ? m[1]! : null;
}

export function readPlace(raw: string): PlaceText {
  let text = raw.trim().replace(/\s+/g, ' ');
  const out: PlaceText = { raw, name: text, alternatives: [], unit: null, kind: 'city', parent: null, qualifier: null };

  const paren = /^(.*\S)\s*\(([^()]+)\)$/.exec(text);
  if (paren) {
    text = paren[1]!;
    const inside = paren[2]!.trim();
    const kind = unitKind(inside);
    if (kind) Object.assign(out, { unit: inside.toLowerCase(), kind });
    else out.parent = inside;
  }
  // A spaced en dash: the city or municipality first, the part of it second.
  const dash = text.split(' – ');
  if (dash.length === 2 && dash[0] && dash[1]) {
    out.parent ??= numberedParent(dash[0]) ?? dash[0];
    if (numberedParent(dash[0])) out.alternatives.push(dash[0]);
    text = dash[1];
  }
  const comma = text.indexOf(', ');
  if (comma > 0 && !out.parent) {
    out.qualifier = text.slice(comma + 2);
    text = text.slice(0, comma);
  }
  if (/^[^/]{2,}\/[^/]{2,}$/.test(text)) out.alternatives.push(...text.split('/').map((s) => s.trim()));
  out.parent ??= numberedParent(text);
  out.name = text;
  return out;
}
