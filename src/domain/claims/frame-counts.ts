import { claim, countDateOf, placesOf, type Rule } from './sentence.ts';
import type { ExtractedClaim, FigureClaim } from './types.ts';

type Counts = Omit<FigureClaim, 'kind' | 'asOf'>;

/** Words of a network: partner places, pairs, members. */
const NETWORK = {
  zh: /友好|友城|姐妹|结好|成员|已与(?:全球|世界)?\s*\d+\s*个/,
  en: /\b(?:sister|twin|friend|partner|pairs?|members?|recruited)\w*/i,
};

/** One count and what it counts, each read on its own so that a partial list still gives what it states. */
const COUNTS: Record<'zh' | 'en', [RegExp, keyof Counts][]> = {
  zh: [
    [/(\d+)\s*个国家/g, 'countries'],
    [/(\d+)\s*对的?(?:友好|友城|姐妹)/g, 'pairs'],
    [/(?:总数|数量)[^，。]{0,4}?(?:增至|达到|达|为)\s*(\d+)\s*个/g, 'places'],
    // '与近20个外国城市建立友好交流城市关系': cities counted by the one rank the sentence gives them.
    // The cities of 'N个国家的M个城市' are the whole network, whatever rank word follows.
    [
      /(?<!国家(?:和地区)?的\s*)(\d+)\s*个(?:外国|国外|海外|国际)?城市(?:建立|缔结|结为|结成)(?:了|为)?友好交流城市(?:关系)?(?![和及与或、])/g,
      'friendlyExchangeCities',
    ],
    [
      /(?<!国家(?:和地区)?的\s*)(\d+)\s*个(?:外国|国外|海外|国际)?城市(?:建立|缔结|结为|结成)(?:了|为)?(?:友好城市|姐妹城市)(?:关系)?(?![和及与或、])/g,
      'sisterCities',
    ],
    // '南通已与13国22城结为友好城市': countries and cities in short.
    [/(\d+)\s*国\s*\d+\s*城/g, 'countries'],
    [/\d+\s*国\s*(\d+)\s*城/g, 'places'],
    // '国际友好和友好交流城市共37个': both ranks counted together.
    [/友好(?:城市)?(?:和|及|与)友好交流城市(?:共|总数)?(?:达到|达|为|有)?\s*(\d+)\s*个/g, 'places'],
    [/(\d+)\s*个(?:外国|国外|海外|国际)?(?:城市|省市|地区|省州)/g, 'places'],
    // '成为西安市第39个国际友好城市': the 39th partner makes 39, of its rank when the words name one.
    [/第\s*(\d+)\s*个(?:国际)?友好交流城市/g, 'friendlyExchangeCities'],
    [/第\s*(\d+)\s*个(?:国际)?(?:友好城市|姐妹城市)/g, 'sisterCities'],
    [/第\s*(\d+)\s*个(?:国际)?(?:友城|伙伴城市)/g, 'places'],
    // '使哈尔滨市的国际友好城市达到25个', '国际友城大家庭成员升至82个': a network's count after the words it counts.
    // '国际友好城市', like 国际友城, names the whole network; two ranks counted together ('…和友好交流城市总数增至73个') are read above.
    [
      /(?<![和及与、])友好交流(?:关系)?城市(?:(?!总数|数量)[^，。\d]){0,6}?(?:增至|增加到|达到|达|升至|突破)\s*(\d+)\s*(?:个|座|对)/g,
      'friendlyExchangeCities',
    ],
    [
      /(?<![国际和及与、])(?:友好城市|姐妹城市)(?:(?!总数|数量)[^，。\d]){0,6}?(?:增至|增加到|达到|达|升至|突破)\s*(\d+)\s*(?:个|座|对)/g,
      'sisterCities',
    ],
    [/(?:国际友好城市|友城)(?:(?!总数|数量)[^，。\d]){0,6}?(?:增至|增加到|达到|达|升至|突破)\s*(\d+)\s*(?:个|座|对)/g, 'places'],
    // '缔结国际友城23对、友好交流城市20对': 友城 beside the other rank is the sister cities.
    [/友好交流城市\s*(\d+)\s*(?:个|对)/g, 'friendlyExchangeCities'],
    [/(?:友城|友好城市)\s*(\d+)\s*(?:个|对)(?=[、，,和及]\s*友好交流城市)/g, 'sisterCities'],
    [/(\d+)\s*(?:个|对)友好交流城市/g, 'friendlyExchangeCities'],
    [/(\d+)\s*(?:个|对)(?:友好城市|友城|姐妹城市)/g, 'sisterCities'],
    [/(\d+)\s*(?:个)?成员/g, 'members'],
  ],
  en: [
    [/\b(\d[\d,]*)\s+countries\b/g, 'countries'],
    [/\b(\d[\d,]*)\s+pairs\b/g, 'pairs'],
    [/\b(\d[\d,]*)\s+(?:[A-Z][\w.-]*\s+){0,2}(?:[Ss]ister|[Tt]win)\s+[Cc]ities\b/g, 'sisterCities'],
    [/\b(\d[\d,]*)\s+friendly[- ]exchange\s+cities\b/g, 'friendlyExchangeCities'],
    [/\b(\d[\d,]*)\s+(?:[A-Z][\w.-]*\s+)?(?:partner\s+|friendship\s+)?(?:cities|places)\b/g, 'places'],
    [/\b(\d[\d,]*)\s+members\b/g, 'members'],
    // 'to become Fort Worth’s eighth sister city', 'the 39th friendship city': the Nth partner makes N.
    [
      /\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))\s+(?:sister|twin)\s+cit(?:y|ies)\b/gi,
      'sisterCities',
    ],
    [
      /\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))\s+(?:friendship|partner)\s+cit(?:y|ies)\b/gi,
      'places',
    ],
  ],
};

/**
 * A clause that counts the partners of one rank and their countries: '其中与26个国家的29个城市结为友好城市',
 * '7 cities in 5 sister countries'. Its counts are of that rank, a figure of its own: the country
 * count of one rank is not the network's, and the registry keeps none to weigh it against.
 */
const RANK_CLAUSE = {
  zh: /(?<countries>\d+)\s*个国家(?:和地区)?的\s*(?<cities>\d+)\s*个(?:外国|国外)?城市(?:建立|缔结|结为|结成)了?(?<rank>友好交流城市|友好合作城市|友好城市|姐妹城市)(?![和及与或、]|关系城市)/g,
  en: /\b(?<cities>\d+) cities in (?<countries>\d+) (?<rank>sister|friendly (?:cooperation|exchange)|friendship) countries\b/gi,
};
const rankOf = (words: string): 'sisterCities' | 'friendlyExchangeCities' =>
  /^(?:友好城市|姐妹城市|sister)$/i.test(words) ? 'sisterCities' : 'friendlyExchangeCities';

/**
 * The clauses of one rank's counts in a sentence. A Chinese clause counts one rank only after the
 * whole network ('…86个城市建立了友好关系，其中与26个国家的29个城市结为友好城市'), or beside the other rank:
 * alone, '深圳已与58个国家的93个城市结为友好城市' counts every partner with the common word.
 */
function rankClauses(text: string, lang: 'zh' | 'en'): RegExpMatchArray[] {
  const all = [...text.matchAll(RANK_CLAUSE[lang])];
  if (lang === 'en') return all;
  return all.filter((m) => all.length > 1 || /其中|\d+\s*个(?:国家|城市)/.test(text.slice(0, m.index!)));
}

/** The sentence with its clauses of one rank's counts blanked, for the readers of the network's counts. */
export const withoutRankClauses = (text: string, lang: 'zh' | 'en'): string => {
  let out = text;
  for (const m of rankClauses(text, lang)) out = out.slice(0, m.index!) + ' '.repeat(m[0].length) + out.slice(m.index! + m[0].length);
  return out;
};

/** The counts of one rank each clause gives: one figure a clause. */
export const rankFigures: Rule = (s) =>
  rankClauses(s.text, s.lang).map((m) =>
    claim(s, m.index!, m.index! + m[0].length, {
      kind: 'figure',
      [rankOf(m.groups!.rank!)]: Number(m.groups!.cities),
      asOf: countDateOf(s),
    }),
  );

const ORDINALS = ['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];

/** A count as written: digits, or an English ordinal ('eighth' is 8). */
const countOf = (written: string): number => {
  const word = ORDINALS.indexOf(written.toLowerCase());
  return word >= 0 ? word + 2 : Number(written.replace(/,|st$|nd$|rd$|th$/gi, ''));
};

/**
 * Counts of a network the fixed figure patterns do not read: '深圳已与全球56个国家' cut short,
 * '中美之间284对友好省州、友好城市', '2315 pairs … and 134 countries', 'recruited 77 cities'.
 */
export const looseFigures: Rule = (s) => {
  if (!NETWORK[s.lang].test(s.text)) return [];
  const counts: Counts = {};
  let start = Number.POSITIVE_INFINITY;
  let end = 0;
  // A count given again with another value is another network's ('220 Japanese cities and 73 ROK cities'): a figure of its own.
  const more: ExtractedClaim[] = [];
  const text = withoutRankClauses(s.text, s.lang);
  // Where each number read stands: one number is one count, read by the first pattern that names what it counts.
  const read = new Set<number>();
  for (const [re, field] of COUNTS[s.lang]) {
    for (const m of text.matchAll(re)) {
      const at = m.index + m[0].indexOf(m[1]!);
      if (read.has(at)) continue;
      if (counts[field] !== undefined) {
        const n = countOf(m[1]!);
        if (Number.isFinite(n) && n !== counts[field] && (n < 1900 || n > 2100) && m.index > end) {
          read.add(at);
          more.push(claim(s, m.index, m.index + m[0].length, { kind: 'figure', [field]: n, asOf: countDateOf(s) }));
        }
        continue;
      }
      const n = countOf(m[1]!);
      // A year is not a count.
      if (!Number.isFinite(n) || (n >= 1900 && n <= 2100 && field !== 'pairs')) continue;
      read.add(at);
      counts[field] = n;
      start = Math.min(start, m.index);
      end = Math.max(end, m.index + m[0].length);
    }
  }
  if (!Object.keys(counts).length) return [];
  // The claim reads from the sentence's first place, the network's owner, when it comes before the counts.
  const owner = placesOf(s, 1).find((p) => p.start < start);
  const from = owner ? Math.min(owner.start, start) : start;
  const out: ExtractedClaim[] = [claim(s, from, end, { kind: 'figure', ...counts, asOf: countDateOf(s) }), ...more];
  return out;
};
