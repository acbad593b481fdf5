import { formatPreciseDate, precisionOf, type PreciseDate } from './precise-date.ts';
import type { Words } from './labels.ts';

/**
 * What each figure about a home place's network counts, and one line for each pair of figures a
 * reader meets side by side that differ, in Chinese and English. Every page, the API, the command
 * line and the annual report take these lines from here, so a figure means one thing everywhere:
 *
 * - partners: places abroad with a tie that counts on the day (active or dormant), any rank,
 *   the home place's own ties, or with its districts' when `includeDistricts`;
 * - ranked: those of them whose rank (sister or friendly exchange city) a source states: the
 *   figure of the press sentence;
 * - published: the latest figure the office published, which counts ties the registry has no
 *   public source for yet;
 * - world: the ties the world map draws for the place, from Wikipedia's lists of twin towns as
 *   well as the registry.
 */
export interface FigureCounts {
  places: number;
  countries: number;
  ranked: { places: number; countries: number };
  includeDistricts: boolean;
  /** The same count over the other scope: with the districts when they are left out, and without when they are in. */
  otherScope: { places: number; countries: number } | null;
  published: { asOf: PreciseDate; places: number | null; countries: number | null } | null;
}

/** Why the registry's partners and the press sentence's cities differ, or null when they agree. */
function rankedNote(f: FigureCounts): Words | null {
  if (f.places === f.ranked.places && f.countries === f.ranked.countries) return null;
  const unranked = f.places - f.ranked.places;
  return {
    zh: `伙伴共${f.places}个、分布在${f.countries}个国家，包括关系类型尚无来源说明的${unranked}个；上面一句只计来源写明为友好城市或友好交流城市的${f.ranked.places}个（${f.ranked.countries}个国家）。`,
    en: `Partners: all ${f.places} places (in ${f.countries} countries) with a tie that counts, ${unranked} of them of a rank no source states; the sentence counts only the ${f.ranked.places} (in ${f.ranked.countries} countries) a source names as sister or friendly exchange cities.`,
  };
}

/** Why the count with the districts differs from the home place's own. */
function scopeNote(f: FigureCounts): Words | null {
  const other = f.otherScope;
  if (!other || other.places === f.places) return null;
  const [own, withDistricts] = f.includeDistricts ? [other, f] : [f, other];
  return {
    zh: `市本级伙伴${own.places}个；连同各区自己的友好关系共${withDistricts.places}个（${withDistricts.countries}个国家），年度报告按后者统计。`,
    en: `The city's own partners: ${own.places}; with its districts' own ties, ${withDistricts.places} (in ${withDistricts.countries} countries), which the annual report counts.`,
  };
}

/** Why the office's published figure differs from the registry's count. */
function publishedNote(f: FigureCounts): Words | null {
  const p = f.published;
  if (!p || p.places === null || p.places === f.places) return null;
  const zhDate = formatPreciseDate(p.asOf, 'zh');
  const enDate = `${precisionOf(p.asOf) === 'day' ? 'on' : 'in'} ${formatPreciseDate(p.asOf, 'en')}`;
  if (p.places < f.places) {
    return {
      zh: `${zhDate}公布的${p.places}个是当时的数字；登记册还计入此后建立或找到来源的关系，目前${f.places}个。`,
      en: `The ${p.places} published ${enDate} were counted then; the registry also counts the ties made or sourced since, ${f.places} so far.`,
    };
  }
  return {
    zh: `${zhDate}公布的${p.places}个包括登记册尚未找到公开来源的关系；登记册只收录有来源可查的关系，目前${f.places}个。`,
    en: `The ${p.places} published ${enDate} include ties for which the registry has found no public source yet; the registry holds only ties with a source, ${f.places} so far.`,
  };
}

/** One line for each pair of figures shown together that differ, in both languages. */
export function figureNotes(f: FigureCounts): { zh: string[]; en: string[] } {
  const notes = [rankedNote(f), scopeNote(f), publishedNote(f)].filter((n): n is Words => n !== null);
  return { zh: notes.map((n) => n.zh), en: notes.map((n) => n.en) };
}

/** Why the world map's ties of the home place differ from the registry's partners. */
export function worldMapNote(city: { zh: string; en: string }, onMap: number, inRegistry: number): Words {
  return {
    zh: `${city.zh}在地图上有${onMap}条友好关系，在登记册中有${inRegistry}个伙伴：地图合并了维基百科的友好城市列表，其中有登记册尚无来源的关系，同一伙伴也可能因名称不同出现两次。`,
    en: `${city.en} has ${onMap} ties on this map and ${inRegistry} partners in the registry: the map adds Wikipedia's lists of twin towns, which name ties the registry has no source for, and may show one partner twice under two spellings.`,
  };
}
