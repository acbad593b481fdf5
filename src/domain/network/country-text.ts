import { countryCodeFrom, isCountryCode, type CountryCode } from '../countries.ts';
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

/** Names the ISO lists do not know: constituent countries, old or misspelt names, disputed places. */
const ALIASES: Record<string, CountryCode> = {
  england: 'GB', scotland: 'GB', wales: 'GB', 'northern ireland': 'GB', 'united kingdom': 'GB', uk: 'GB', 'great britain': 'GB',
  'georgia country': 'GE', 'republic of ireland': 'IE', 'northern cyprus': 'CY', moldova: 'MD', moldavia: 'MD',
  syria: 'SY', laos: 'LA', brunei: 'BN', surinam: 'SR', madagaskar: 'MG', grece: 'GR', kazakhstah: 'KZ',
  island: 'IS', 'east timor': 'TL', micronesia: 'FM', 'federated states of micronesia': 'FM', 'west bank': 'PS',
  palestine: 'PS', 'falkland islands': 'FK', 'sao tome and principe': 'ST', 'bosnia and hercegovina': 'BA',
  'aland islands': 'AX', reunion: 'RE', martinique: 'MQ', guadeloupe: 'GP', 'french guiana': 'GF', mayotte: 'YT',
  kosovo: 'XK', 'ivory coast': 'CI', 'cape verde': 'CV', 'american samoa': 'AS', 'faroe islands': 'FO',
  'united states': 'US', usa: 'US', russia: 'RU', 'south korea': 'KR', 'north korea': 'KP', vietnam: 'VN',
  taiwan: 'TW', iran: 'IR', bolivia: 'BO', venezuela: 'VE', tanzania: 'TZ', 'czech republic': 'CZ', turkey: 'TR',
  'democratic republic of the congo': 'CD', congo: 'CG', 'vatican city': 'VA', swaziland: 'SZ', burma: 'MM',
  'ussr': 'RU', 'soviet union': 'RU', yugoslavia: 'RS', 'east germany': 'DE', 'west germany': 'DE', czechoslovakia: 'CZ',
};

/** Strings that name two countries; the coordinates decide, the first is the default. */
const AMBIGUOUS: Record<string, CountryCode[]> = { georgia: ['GE', 'US'] };

function single(text: string): CountryCode | null {
  const folded = foldName(text);
  if (!folded) return null;
  if (ALIASES[folded]) return ALIASES[folded]!;
  const code = countryCodeFrom(text);
  return code && isCountryCode(code) ? code : null;
}

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
  const whole = single(text);
  if (whole) {
    const subdivision = ['GB'].includes(whole) && foldName(text) !== 'united kingdom' ? text : null;
    return { code: whole, alternatives: [], subdivision };
  }
  const comma = text.lastIndexOf(',');
  if (comma > 0) {
    const part = text.slice(0, comma).trim();
    const country = single(text.slice(comma + 1));
    // A territory with a code of its own ('Réunion, France') keeps that code.
    const territory = single(part);
    if (territory && territory !== country) return { code: territory, alternatives: country && country !== territory ? [country] : [], subdivision: null };
    if (country) return { code: country, alternatives: [], subdivision: part };
  }
  return null;
}
