import { eventFrames } from './frame-events.ts';
import { chinesePeople, englishPeople } from './recognise/people.ts';
import { claim, dateOf, placesOf, type PlaceRef, type Rule, whole } from './sentence.ts';
import { CONTINUES, tiePair } from './story.ts';
import type { ExtractedClaim } from './types.ts';
import { areasIn, tieTypeWords } from './vocabulary.ts';

/** A person the recognisers found beside a title: the registry's record when its name is one, else the name as written. */
const titledPeople: Rule = (s) => {
  const found = s.lang === 'zh' ? chinesePeople(s.text, s.tokens) : englishPeople(s.text);
  const out: ExtractedClaim[] = [];
  for (const p of found) {
    const end = p.nameStart + p.name.length;
    const over = s.mentions.filter((m) => m.start < end && p.nameStart < m.end);
    if (over.some((m) => m.kind !== 'person')) continue;
    const person = over[0];
    out.push(
      claim(s, p.start, p.end, {
        kind: 'person',
        personId: person?.id ?? '',
        title: p.title,
        titleLang: s.lang,
        viaAlias: person?.viaAlias ?? true,
        written: person?.text ?? p.name,
      }),
    );
  }
  return out;
};

/** Counts of ties are figures, not a tie. */
const COUNTED = { zh: /\d+\s*(?:个|对|座)/, en: /\b\d+\s+(?:cities|pairs|places|partners|sister)/i };

/**
 * A tie whose places the registry does not both hold, or that the sentence names only once:
 * '两市正式缔结友好城市' after a sentence naming Houston and Shenzhen.
 */
const tiesInContext: Rule = (s) => {
  const words = tieTypeWords(s.text, s.lang);
  if (!words || COUNTED[s.lang].test(s.text)) return [];
  const known = new Set(s.mentions.filter((m) => m.kind === 'place').map((m) => m.id));
  if (known.size === 2) return [];
  const pair = tiePair(s);
  if (!pair) return [];
  const date = dateOf(s) ?? (CONTINUES[s.lang].test(s.text) ? (s.previous?.dates[0]?.date ?? null) : null);
  return [
    whole(s, {
      kind: 'relationship',
      placeIds: [pair[0].id, pair[1].id],
      placeNames: [pair[0].name, pair[1].name],
      type: words.type,
      typeWords: words.words,
      date,
      areas: areasIn(s.text, s.lang),
    }),
  ];
};

const ZH_NUMBER: Record<string, number> = { 十: 10, 二十: 20, 三十: 30, 四十: 40, 五十: 50, 六十: 60, 七十: 70 };
const EN_NUMBER: Record<string, number> = {
  ten: 10,
  fifteen: 15,
  twenty: 20,
  'twenty-five': 25,
  thirty: 30,
  forty: 40,
  'forty-five': 45,
  fifty: 50,
  sixty: 60,
  seventy: 70,
};
const ANNIVERSARY = {
  zh: /(\d{1,3}|[二三四五六七]?十)\s*(?:周年|年)/,
  en: /\b(\d{1,3})(?:st|nd|rd|th)\s+anniversary\b|\b(\d{1,3}|ten|fifteen|twenty|twenty-five|thirty|forty|forty-five|fifty|sixty|seventy)[ -]years?\s+(?:of|since)\b|\bin the (\d{1,3}) years of\b/i,
};
const ZH_TIE_YEARS = /结好|建立|缔结|友好|友城|姐妹|关系|合作|成立/;
/** An anniversary of what is not a tie between places: 中俄建交75周年, diplomatic relations. */
const NOT_A_TIE = { zh: /建交|建国|建市|建党|诞辰/, en: /\bdiplomatic\b|\bindependence\b|\bbirth/i };
const EN_TIE_YEARS = /sister|twin|friend|partner|relation|ties?\b|cooperat/i;

/** '结好35周年', 'the 30th anniversary of … sister city relations', 'sixty years of friendship': the year the tie began. */
const anniversaries: Rule = (s) => {
  const m = ANNIVERSARY[s.lang].exec(s.text);
  if (!m) return [];
  const raw = m[1] ?? m[2] ?? m[3]!;
  const years = /^\d+$/.test(raw) ? Number(raw) : (ZH_NUMBER[raw] ?? EN_NUMBER[raw.toLowerCase()] ?? 0);
  if (years < 1 || years > 200) return [];
  const around = s.text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 60);
  if (NOT_A_TIE[s.lang].test(around)) return [];
  if (s.lang === 'en' && !EN_TIE_YEARS.test(around) && !s.mentions.some((x) => x.kind === 'organisation')) return [];
  if (s.lang === 'zh' && !ZH_TIE_YEARS.test(s.text.slice(Math.max(0, m.index - 20), m.index + m[0].length + 4))) return [];
  if (s.lang === 'zh' && !m[0].includes('周年') && !/结好|友好/.test(s.text.slice(Math.max(0, m.index - 12), m.index))) return [];
  const pair = tiePair(s);
  const own = placesOf(s, 1);
  // A year that the years lead from to the text's own is the tie's start (自1979年 … 45周年), else the anniversary's.
  const said = Number((dateOf(s) ?? '').slice(0, 4)) || null;
  const inYear = said === null ? s.year : s.year !== null && said + years <= s.year + 1 ? said + years : said;
  const names: [PlaceRef | null, PlaceRef | null] = pair ?? [own[0] ?? null, null];
  return [
    claim(s, 0, s.text.length, {
      kind: 'anniversary',
      placeIds: [names[0]?.id ?? null, names[1]?.id ?? null],
      placeNames: [names[0]?.name ?? '', names[1]?.name ?? ''],
      years,
      inYear,
      impliesEstablished: inYear ? String(inYear - years) : null,
    }),
  ];
};

const UPGRADE = {
  zh: /(?:从|由)?(友好交流城市|友好交流关系)?[^，。]{0,6}?(?:正式)?升级为(友好城市|姐妹城市)/,
  en: /\bupgrad(?:e|ed|ing)\b[^.]{0,60}?\b(?:to|into)\s+(?:a\s+)?(sister[- ]cit(?:y|ies)|friendship[- ]cit(?:y|ies))/i,
};

/** A tie moved to the higher rank: 深圳和巴塞罗那从友好交流城市正式升级为友好城市. */
const upgrades: Rule = (s) => {
  const m = UPGRADE[s.lang].exec(s.text);
  if (!m) return [];
  const pair = tiePair(s);
  if (!pair) return [];
  return [
    whole(s, {
      kind: 'upgrade',
      placeIds: [pair[0].id, pair[1].id],
      placeNames: [pair[0].name, pair[1].name],
      fromType: 'friendly_exchange_city',
      toType: 'sister_city',
      date: dateOf(s),
    }),
  ];
};

/** The frames read over a sentence and the one before it. */
export const frames: Rule[] = [titledPeople, tiesInContext, anniversaries, upgrades, ...eventFrames];
