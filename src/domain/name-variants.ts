import { countryCodeFrom } from './countries.ts';

/**
 * Other ways of writing the same name that registries and queries use: a place's
 * state or country after it, 'St.' for 'Saint', British and American spellings,
 * and German umlauts written out. Each gives the name as the other side would write it.
 */
const US_STATES: Record<string, string> = {
  AL: 'alabama',
  AK: 'alaska',
  AZ: 'arizona',
  AR: 'arkansas',
  CA: 'california',
  CO: 'colorado',
  CT: 'connecticut',
  DE: 'delaware',
  FL: 'florida',
  GA: 'georgia',
  HI: 'hawaii',
  ID: 'idaho',
  IL: 'illinois',
  IN: 'indiana',
  IA: 'iowa',
  KS: 'kansas',
  KY: 'kentucky',
  LA: 'louisiana',
  ME: 'maine',
  MD: 'maryland',
  MA: 'massachusetts',
  MI: 'michigan',
  MN: 'minnesota',
  MS: 'mississippi',
  MO: 'missouri',
  MT: 'montana',
  NE: 'nebraska',
  NV: 'nevada',
  NH: 'new hampshire',
  NJ: 'new jersey',
  NM: 'new mexico',
  NY: 'new york',
  NC: 'north carolina',
  ND: 'north dakota',
  OH: 'ohio',
  OK: 'oklahoma',
  OR: 'oregon',
  PA: 'pennsylvania',
  RI: 'rhode island',
  SC: 'south carolina',
  SD: 'south dakota',
  TN: 'tennessee',
  TX: 'texas',
  UT: 'utah',
  VT: 'vermont',
  VA: 'virginia',
  WA: 'washington',
  WV: 'west virginia',
  WI: 'wisconsin',
  WY: 'wyoming',
  DC: 'district of columbia',
};
const STATE_NAMES = new Set(Object.values(US_STATES));

/** The country a qualifier names: a US state or a country; null for anything else. */
function countryOfQualifier(text: string): string | null {
  const t = text.trim();
  if (t.toUpperCase() in US_STATES || STATE_NAMES.has(t.toLowerCase())) return 'US';
  return countryCodeFrom(t);
}

/** The country that a name's qualifier names ('Houston TX' → US, 'Moscow, Russia' → RU), or null. */
export function qualifierCountry(text: string): string | null {
  const comma = /,\s*([^,]+)$/u.exec(text);
  if (comma) return countryOfQualifier(comma[1]!);
  const code = /\S\s+([A-Z]{2})$/u.exec(text.trim());
  return code && code[1]! in US_STATES ? 'US' : null;
}

/**
 * The name without what places it: 'Vienne (département)' → 'Vienne', 'Houston, Texas'
 * and 'Houston TX' → 'Houston', 'Moscow, Russia' → 'Moscow'. Null when nothing is to strip.
 */
export function withoutQualifiers(text: string): string | null {
  let out = text.replace(/\s*[(（][^)）]*[)）]\s*/gu, ' ').trim();
  const comma = /^(.+?)\s*,\s*([^,]+)$/u.exec(out);
  if (comma && countryOfQualifier(comma[2]!)) out = comma[1]!;
  const code = /^(.+\S)\s+([A-Z]{2})$/u.exec(out);
  if (code && code[2]! in US_STATES) out = code[1]!;
  return out && out !== text.trim() ? out : null;
}

const WORD_FORMS: Record<string, string> = {
  st: 'saint',
  sankt: 'saint',
  ste: 'sainte',
  mt: 'mount',
  ft: 'fort',
};

const SPELLINGS: [RegExp, string][] = [
  [/isation(s?)$/, 'ization$1'],
  [/(cent|theat|met)re(s?)$/, '$1er$2'],
  [/programme(s?)$/, 'program$1'],
  [/defence$/, 'defense'],
];

/** A folded name with one spelling of each word: 'st petersburg' → 'saint petersburg', 'organisation' → 'organization'. */
export function normalizeWords(folded: string): string {
  return folded
    .split(' ')
    .map((word) => {
      const w = WORD_FORMS[word] ?? word;
      return SPELLINGS.reduce((acc, [pattern, replacement]) => acc.replace(pattern, replacement), w);
    })
    .join(' ');
}

/** German umlauts written out, as in Nuernberg for Nürnberg; null without umlauts. */
export function umlautsWrittenOut(text: string): string | null {
  if (!/[äöüÄÖÜ]/u.test(text)) return null;
  return text.replace(/[äöüÄÖÜ]/gu, (c) => ({ ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' })[c] ?? c);
}
