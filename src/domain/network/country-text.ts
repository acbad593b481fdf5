import { countryCodeFrom, type CountryCode } from '../countries.ts';
import { foldName } from '../names.ts';

/**
 * What a country string of the twin-town lists names: an ISO code, the other codes it
 * might mean (a bare 'Georgia' is the country or the US state), and the part of the
 * country it named ('Scotland' of 'Scotland, United Kingdom'), kept as written.
 */
export interface CountryReading {
  code: CountryCode;
  alternatives: CountryCode[];
  subdivision: string | null;
}

/** Strings that name two countries; the coordinates decide, the first is the default. */
const AMBIGUOUS: Record<string, CountryCode[]> = { georgia: ['GE', 'US'] };

const read = new Map<string, CountryReading | null>();

/** Reads a country string; null when it names no country Amity knows. */
export function readCountry(raw: string): CountryReading | null {
  // A file repeats a few hundred country strings tens of thousands of times.
  if (!read.has(raw)) read.set(raw, readUncached(raw));
  const hit = read.get(raw)!;
  return hit && { ...hit, alternatives: [...hit.alternatives] };
}

function readUncached(raw: string): CountryReading | null {
  const text = raw.trim().replace(/^in\s+/i, '');
  if (!text) return null;
  const ambiguous = AMBIGUOUS[foldName(text)];
  if (ambiguous) return { code: ambiguous[0]!, alternatives: ambiguous.slice(1), subdivision: null };
  const whole = countryCodeFrom(text);
  if (whole) {
    const subdivision = ['GB'].includes(whole) && foldName(text) !== 'united kingdom' ? text : null;
    return { code: whole, alternatives: [], subdivision };
  }
  const comma = text.lastIndexOf(',');
  if (comma > 0) {
    const part = text.slice(0, comma).trim();
    const country = countryCodeFrom(text.slice(comma + 1));
    // A territory with a code of its own ('Réunion, France') keeps that code.
    const territory = countryCodeFrom(part);
    if (territory && territory !== country)
      return { code: territory, alternatives: country && country !== territory ? [country] : [], subdivision: null };
    if (country) return { code: country, alternatives: [], subdivision: part };
  }
  return null;
}
