import type { Tier } from './name-match.ts';

/** What, besides names, tells two records of one kind apart. */
export interface RecordFacts {
  country?: string | null;
  parentId?: string | null;
  placeId?: string | null;
}

const NAME_REASONS: Record<Tier, string> = {
  name: 'names match',
  alias: 'a name matches an alias',
  transliteration: 'names match after transliteration',
  words: 'names share their words',
  phonetic: 'names sound alike',
  fuzzy: 'names differ by one letter',
};

/**
 * Why two records whose names matched are likely the same, or null when their other
 * facts say they are not: places in different countries or inside different places,
 * organisations in different places.
 */
export function duplicateReason(a: RecordFacts, b: RecordFacts, tier: Tier, distance = 0): string | null {
  const names = tier === 'fuzzy' && distance > 1 ? `names differ by ${distance} letters` : NAME_REASONS[tier];
  if (a.country !== undefined || b.country !== undefined) {
    if (a.country !== b.country) return null;
    if (a.parentId && b.parentId && a.parentId !== b.parentId) return null;
    return `same country, ${names}`;
  }
  if (a.placeId && b.placeId) return a.placeId === b.placeId ? `same place, ${names}` : null;
  return names;
}
