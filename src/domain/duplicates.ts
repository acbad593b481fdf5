import type { Tier } from './name-match.ts';

/** What, besides names, tells two records of one kind apart. */
export interface RecordFacts {
  country?: string | null;
  parentId?: string | null;
  placeId?: string | null;
}

type ReasonLang = 'en' | 'zh';

const NAME_REASONS: Record<ReasonLang, Record<Tier, string>> = {
  en: {
    name: 'names match',
    alias: 'a name matches an alias',
    transliteration: 'names match after transliteration',
    words: 'names share their words',
    phonetic: 'names sound alike',
    fuzzy: 'names differ by one letter',
  },
  zh: {
    name: '名称相同',
    alias: '名称与别名相同',
    transliteration: '转写后名称相同',
    words: '名称中的词相同',
    phonetic: '名称读音相近',
    fuzzy: '名称相差一个字母',
  },
};

const SAME = {
  en: { country: 'same country, ', place: 'same place, ', letters: (n: number) => `names differ by ${n} letters` },
  zh: { country: '同一国家，', place: '同一地点，', letters: (n: number) => `名称相差${n}个字母` },
};

/**
 * Why two records whose names matched are likely the same, or null when their other
 * facts say they are not: places in different countries or inside different places,
 * organisations in different places.
 */
export function duplicateReason(a: RecordFacts, b: RecordFacts, tier: Tier, distance = 0, lang = 'en'): string | null {
  const l: ReasonLang = lang === 'zh' ? 'zh' : 'en';
  const names = tier === 'fuzzy' && distance > 1 ? SAME[l].letters(distance) : NAME_REASONS[l][tier];
  if (a.country !== undefined || b.country !== undefined) {
    if (a.country !== b.country) return null;
    if (a.parentId && b.parentId && a.parentId !== b.parentId) return null;
    return `${SAME[l].country}${names}`;
  }
  if (a.placeId && b.placeId) return a.placeId === b.placeId ? `${SAME[l].place}${names}` : null;
  return names;
}
