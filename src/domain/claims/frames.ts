import { eventFrames } from './frame-events.ts';
import { EN_TITLE, ZH_TITLE_RUN } from './recognise/titles.ts';
import { claim, dateOf, ownPlaces, placesOf, type PlaceRef, type Rule, type Sentence, whole, withoutTitles } from './sentence.ts';
import { CONTINUES, tiePair } from './story.ts';
import type { ExtractedClaim } from './types.ts';
import { areasIn, tieStated } from './vocabulary.ts';

/** Words that date a title to the sentence's own time: 时任市长, the then mayor. */
const THEN = { zh: /时任|当时的?/, en: /\bthen\b/i };

/**
 * The date a title is claimed at: the sentence's, when the words before a name say the title was
 * held then, or when the sentence tells of a year before the text's ('Mayor Li Hao visited Houston
 * in 1986'); else none, the text's own date.
 */
export function heldThen(s: Sentence, from: number, to: number): string | null {
  if (THEN[s.lang].test(s.text.slice(Math.max(0, from - 6), to))) return dateOf(s);
  const past = s.dates.find((d) => s.year !== null && Number(d.date.slice(0, 4)) < s.year);
  return past && !FORMER[s.lang].test(s.text.slice(Math.max(0, from - 12), to)) ? past.date : null;
}

/** A title said to be held no more: its holder is named by it at no date of the sentence's. */
const FORMER = { zh: /前任|原|前/, en: /\b(?:former|ex-|late)\b/i };

/** A person the recognisers found beside a title: the registry's record when its name is one, else the name as written. */
const titledPeople: Rule = (s) => {
  const found = s.people();
  const out: ExtractedClaim[] = [];
  for (const p of found) {
    const end = p.nameStart + p.name.length;
    const over = s.mentions.filter((m) => m.start < end && p.nameStart < m.end);
    if (over.some((m) => m.kind !== 'person')) continue;
    const person = over[0];
    const then = heldThen(s, p.start, p.nameStart);
    out.push(
      claim(s, p.start, p.end, {
        kind: 'person',
        personId: person?.id ?? '',
        title: p.title,
        titleLang: s.lang,
        viaAlias: person?.viaAlias ?? true,
        written: person?.text ?? p.name,
        ...(then ? { date: then } : {}),
      }),
    );
  }
  return out;
};

const ELECTED = {
  zh: new RegExp(`(他|她|\\p{Script=Han}{2,4}?)(?:于|在)?((?:19|20)\\d{2})年(?:当选|就任|出任|上任)(?:为)?(${ZH_TITLE_RUN})`, 'u'),
  en: new RegExp(
    `\\b(he|she|[A-Z][\\p{Ll}’'-]+)\\s+(?:was|had been|has been)\\s+(?:re-?)?elected\\s+(?:as\\s+)?((?:the\\s+)?(?:${EN_TITLE})(?:\\s+of(?:\\s+the)?(?:\\s+[A-Z][\\p{Ll}.]*){1,4})?)\\s+in\\s+((?:19|20)\\d{2})\\b`,
    'iu',
  ),
};

/** The person a pronoun or a surname stands for: the last of the story's people, or the one of that surname. */
function storyPerson(s: Sentence, word: string): { id: string; text: string } | null {
  const pronoun = /^(?:he|she)$/i.test(word);
  let back: Sentence | null = s;
  for (let i = 0; back && i < 4; i++, back = back.previous) {
    const named = back.mentions.filter((m) => m.kind === 'person' && (i > 0 || pronoun || m.text !== word));
    const match = pronoun ? named.at(-1) : named.findLast((m) => m.text.endsWith(word) && m.text !== word);
    if (match) return { id: match.id, text: match.text };
  }
  return null;
}

/** A person elected or taking office in a year: '他2015年当选市长', 'since he was elected mayor of Houston in 2015'. */
const electedPeople: Rule = (s) => {
  const m = ELECTED[s.lang].exec(s.text);
  if (!m) return [];
  const [word, title, year] = s.lang === 'zh' ? [m[1]!.replace(/^(?:这是|这也是|此为)/, ''), m[3]!, m[2]!] : [m[1]!, m[2]!, m[3]!];
  const pronoun = /^(?:he|she|他|她)$/i.test(word);
  const known = word ? storyPerson(s, pronoun ? 'he' : word) : null;
  if (!known && (pronoun || word.length < 2)) return [];
  return [
    claim(s, m.index!, m.index! + m[0].length, {
      kind: 'person',
      personId: known?.id ?? '',
      title: title.replace(/^the\s+/i, ''),
      titleLang: s.lang,
      viaAlias: !known,
      written: known?.text ?? word,
      date: year,
    }),
  ];
};

/** Counts of ties are figures, not a tie. */
const COUNTED = { zh: /\d+\s*(?:个|对|座)/, en: /\b\d+\s+(?:cities|pairs|places|partners|sister)/i };

/**
 * A tie whose places the registry does not both hold, or that the sentence names only once:
 * '两市正式缔结友好城市' after a sentence naming Houston and Shenzhen.
 */
const tiesInContext: Rule = (s) => {
  const words = tieStated(s.text, s.lang);
  if (!words || COUNTED[s.lang].test(s.text)) return [];
  if (ownPlaces(s).length === 2) return [];
  const pair = tiePair(s);
  if (!pair) return [];
  const date = tieYears(s)
    ? null
    : (tieDateOf(s) ?? (CONTINUES[s.lang].test(s.text) && !s.dates.length ? (s.previous?.dates[0]?.date ?? null) : null));
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

const ZH_DIGIT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** 五, 十, 二十五, 四十五: a Chinese count of years below a hundred. */
function zhNumber(raw: string): number {
  const [tens, ones] = raw.includes('十') ? raw.split('十') : ['', raw];
  const t = raw.includes('十') ? (tens ? (ZH_DIGIT[tens] ?? 0) : 1) : 0;
  return t * 10 + (ones ? (ZH_DIGIT[ones] ?? 0) : 0);
}
const EN_UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const EN_TENS: Record<string, number> = { ten: 10, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70 };
const EN_TEENS: Record<string, number> = {
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const EN_ORDINAL: Record<string, string> = {
  first: 'one',
  second: 'two',
  third: 'three',
  fifth: 'five',
  eighth: 'eight',
  ninth: 'nine',
  twelfth: 'twelve',
};
/** 'five', 'fifteen', 'forty-five', 'twenty-fifth', 'thirtieth': an English count of years below a hundred. */
function enNumber(raw: string): number {
  const [a, b] = raw.toLowerCase().split(/[- ]/);
  const base = (w: string) => EN_ORDINAL[w] ?? w.replace(/ieth$/, 'y').replace(/th$/, '');
  const one = (w: string) => EN_UNITS.indexOf(base(w));
  if (b !== undefined) return (EN_TENS[a!] ?? 0) + Math.max(0, one(b));
  const w = base(a!);
  return EN_TENS[w] ?? EN_TEENS[w] ?? Math.max(0, EN_UNITS.indexOf(w));
}
const EN_COUNT_WORD =
  '(?:twenty|thirty|forty|fifty|sixty|seventy)(?:-(?:one|two|three|four|five|six|seven|eight|nine|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine';
const EN_ORDINAL_WORD =
  '(?:(?:twenty|thirty|forty|fifty|sixty|seventy)-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth';
const ANNIVERSARY = {
  zh: /(?<![\d.])(\d{1,3}|[一二两三四五六七八九]?十[一二三四五六七八九]?|[一二两三四五六七八九])\s*(?:周年|年)/g,
  en: new RegExp(
    `\\b(?:(\\d{1,3})(?:st|nd|rd|th)|(${EN_ORDINAL_WORD}))\\s+anniversary\\b|\\b(\\d{1,3}|${EN_COUNT_WORD})[ -]years?[ -]anniversary\\b|\\b(\\d{1,3}|${EN_COUNT_WORD})[ -]years?[ -](?:old[ -])?(?:relationship|partnership|friendship|twinning|sister[- ]city)\\b|\\b(\\d{1,3}|${EN_COUNT_WORD})[ -]years?\\s+(?:of|since)\\b|\\bin the (\\d{1,3}) years of\\b`,
    'gi',
  ),
};
const ZH_TIE_YEARS = /结好|建立|缔结|友好|友城|姐妹|关系|合作|成立/;
/** An anniversary to come: next year's (the group), or one looked forward to. */
const AHEAD = {
  zh: /(明年)|即将|将迎来|期待|期盼|希望/,
  en: /\b(next year)\b|\bupcoming\b|\blook(?:s|ed|ing)? forward to\b|\bwill (?:mark|celebrate)\b/i,
};
/** An anniversary of what is not a tie between places: 中俄建交75周年, diplomatic relations. */
const NOT_A_TIE = { zh: /建交|建国|建市|建党|诞辰|两国/, en: /\bdiplomatic\b|\bindependence\b|\bbirth|\btwo countries\b/i };
/** 'the 150th anniversary of the founding of Houston': a place's own age, not a tie's. */
const A_PLACE_FOUNDED =
  /^\s+of\s+(?:the\s+)?(?:founding|establishment|incorporation)\s+of\s+(?:the\s+(?:city|town)\s+of\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*(?:[,.;]|$)/;
const EN_TIE_YEARS = /sister|twin|friend|partner|relation|ties?\b|cooperat/i;

/** The first count of years in the sentence that reads as a tie's age, and how many years it counts. */
function tieYears(s: Sentence): { m: RegExpMatchArray; years: number } | null {
  for (const m of s.text.matchAll(ANNIVERSARY[s.lang])) {
    const raw = m.slice(1).find((x) => x !== undefined)!;
    const years = /^\d+$/.test(raw) ? Number(raw) : s.lang === 'zh' ? zhNumber(raw) : enNumber(raw);
    if (years < 1 || years > 200) continue;
    const index = m.index!;
    const around = s.text.slice(Math.max(0, index - 30), index + m[0].length + 60);
    if (NOT_A_TIE[s.lang].test(around)) continue;
    // '《中日和平友好条约》缔结40周年': the years of a document named by its title.
    if (s.lang === 'zh' && /》(?:缔结|签署|签订|发表|颁布|生效)?$/.test(s.text.slice(Math.max(0, index - 6), index))) continue;
    if (s.lang === 'en' && A_PLACE_FOUNDED.test(s.text.slice(index + m[0].length))) continue;
    if (s.lang === 'en' && !EN_TIE_YEARS.test(around) && !s.mentions.some((x) => x.kind === 'organisation')) continue;
    // '结好30年', '结为友城这28年来', '43年来，两市…': years of a tie, not a year of the calendar.
    // '回顾44年的友城交往之路': years of a tie's exchanges.
    const lasting =
      (s.text[index + m[0].length] === '来' && /两市|两地|两城|双方|友城|友好/.test(s.text.slice(index, index + m[0].length + 20))) ||
      /^的(?:友城|友好|姐妹)/.test(s.text.slice(index + m[0].length)) ||
      // '与深圳市的合作已有 25 年之久'.
      (/^之久/.test(s.text.slice(index + m[0].length)) && /合作|友好|交往|伙伴/.test(s.text.slice(Math.max(0, index - 16), index)));
    if (s.lang === 'zh' && !lasting && !ZH_TIE_YEARS.test(s.text.slice(Math.max(0, index - 20), index + m[0].length + 8))) continue;
    if (
      s.lang === 'zh' &&
      !m[0].includes('周年') &&
      !lasting &&
      !/结好|友好|友城|结为|缔结/.test(s.text.slice(Math.max(0, index - 12), index))
    )
      continue;
    return { m, years };
  }
  return null;
}

/** Words of a tie renewed, celebrated or suspended: the sentence's date is that of the renewal or the suspension, not the tie's. */
const RENEWED = {
  zh: /续签|重签|重申|庆祝|纪念|暂停|中止|终止|冻结/,
  en: /\b(?:renew(?:s|ed|al|ing)?|reaffirm(?:s|ed|ing)?|re-?emphasi[sz](?:e|es|ed|ing)|celebrat(?:e|es|ed|ing|ion)|suspend(?:s|ed|ing)?|suspension|terminat(?:e|es|ed|ing)|froze|frozen|paus(?:e|es|ed|ing))\b/i,
};
/**
 * Chinese words that tell when a tie began: a verb of its making, or 'since'. A tie named only as
 * what a partner is ('应我市首个国际友城——日本大分市邀请') is not dated by its sentence.
 */
const FOUNDED = {
  zh: /结为|结成|缔结|建立|确立|签署|签订|签约|结好|成为|升级|携手|牵手|自|起|以来|始于/,
  // 'is leading a delegation to Cork's twin city of Shenzhen' in November 2024 tells a visit, not the tie's making.
  en: /\b(?:bec[oa]me|becomes|becoming|establish(?:ed|es|ing|ment)?|sign(?:ed|s|ing)?|twinned|twinning|forged|formed|entered|concluded|since|dat(?:ing|es|ed) (?:back|from)|founded|beg[au]n|started|agreed|formali[sz]ed|inked|paired|partnered|upgraded|elevated|first|official(?:ly)?|formal(?:ly)?)\b/i,
};
/** Words of what was done before the story's day. */
const ALREADY = { zh: /已经|早已|业已|已与|已同|已和/, en: /\b(?:already|has been|have been|had been)\b/i };
/** A date that is the present period of the text ('今年', 'this month'), which dates what the text reports, not a tie. */
const NOW = /^(?:今年|本年|本月|这个月|this (?:year|month))/i;

/**
 * The date a tie sentence gives its tie: none when the sentence counts its years (its date is the
 * anniversary's) or renews or celebrates the tie (its date is the ceremony's); never the text's own
 * present ('今年', 'this month').
 */
export const tieDateOf = (s: Sentence): string | null => {
  if (tieYears(s) || RENEWED[s.lang].test(s.text)) return null;
  const bare = withoutTitles(s.text);
  if (!FOUNDED[s.lang].test(bare) || (s.lang === 'zh' && !tieStated(bare, 'zh'))) return null;
  const own = s.dates.find((d) => !NOW.test(s.text.slice(d.start, d.end)));
  // '已经与中国的深圳和重庆结成了姐妹城市': a tie made already is not of the day the story tells.
  return own ? own.date : s.dates.length || ALREADY[s.lang].test(s.text) ? null : s.carriedDate;
};

/** '结好35周年', 'the 30th anniversary of … sister city relations', 'sixty years of friendship': the year the tie began. */
const anniversaries: Rule = (s) => {
  const found = tieYears(s);
  if (!found) return [];
  const { years } = found;
  const pair = tiePair(s);
  const own = placesOf(s, 1);
  // A year that the years lead from to the text's own is the tie's start (自1979年 … 45周年), else the anniversary's.
  const said = Number((dateOf(s) ?? '').slice(0, 4)) || null;
  const ahead = AHEAD[s.lang].exec(s.text);
  // 'next year' is the year after the text's; 'looks forward to celebrating' some year to come.
  const upcoming = !!ahead && said === null && s.year !== null && !ahead[1];
  const inYear = upcoming
    ? null
    : ahead?.[1] && s.year !== null && said === null
      ? s.year + 1
      : said === null
        ? s.year
        : s.year !== null && said + years <= s.year + 1
          ? said + years
          : said;
  const names: [PlaceRef | null, PlaceRef | null] = pair ?? [own[0] ?? null, null];
  return [
    claim(s, 0, s.text.length, {
      kind: 'anniversary',
      placeIds: [names[0]?.id ?? null, names[1]?.id ?? null],
      placeNames: [names[0]?.name ?? '', names[1]?.name ?? ''],
      years,
      inYear,
      impliesEstablished: inYear ? String(inYear - years) : null,
      ...(upcoming ? { upcoming } : {}),
    }),
  ];
};

const UPGRADE = {
  zh: /(?:从|由)?(友好交流城市|友好交流关系)?[^，。]{0,6}?(?:正式)?(?:升级|升格|提升|晋升)为(友好城市|姐妹城市|友城)/,
  en: /\b(?:upgrad|elevat|rais|promot)(?:e|ed|es|ing)\b[^.]{0,60}?\b(?:to|into)\s+(?:a\s+|the\s+|full\s+)*(sister[- ]cit(?:y|ies)|twin(?:ned)?[- ](?:cit(?:y|ies)|towns?)|friendship[- ]cit(?:y|ies))/i,
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
export const frames: Rule[] = [titledPeople, electedPeople, tiesInContext, anniversaries, upgrades, ...eventFrames];
