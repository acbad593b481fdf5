import type { Paragraph } from '../text/ingest.ts';
import type { Gazetteer } from './gazetteer.ts';
import { rankFigures, withoutRankClauses } from './frame-counts.ts';
import { tiesFollowed, tiesListed, tiesOfPartners } from './frame-lists.ts';
import { frames, heldThen, tieDateOf } from './frames.ts';
import { chineseRelativeDates, englishRelativeDates, englishStoryDates } from './recognise/dates.ts';
import { tagWords } from './recognise/jieba.ts';
import { normalise } from './recognise/normalise.ts';
import { chinesePeople, englishPeople, type PersonFound } from './recognise/people.ts';
import { chinesePlaces, englishPlaces, type PlaceFound } from './recognise/places.ts';
import { claim, countDateOf, dateOf, distinct, documentTitles, ownPlaces, placesOf, type Rule, type Sentence, whole } from './sentence.ts';
import { sentences } from './sentences.ts';
import { CONTINUES, tiePair } from './story.ts';
import { type DateMention, findDates } from './text-dates.ts';
import type { ExtractedClaim, FigureClaim, Mention, Normalised } from './types.ts';
import { areasIn, countsIn, tieStated } from './vocabulary.ts';

const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));

/** Network figures: 已与全球58个国家的93个城市, 93 cities in 58 countries, 24 sister cities and 69 friendly exchange cities. */
const figures: Rule = (s) => {
  const out: ExtractedClaim[] = [];
  const patterns: [RegExp, (m: RegExpMatchArray) => Omit<Extract<Normalised, { kind: 'figure' }>, 'kind'>][] =
    s.lang === 'zh'
      ? [
          [/(\d+)个国家(?:和地区)?的(\d+)个(?:城市|省市地区|省市|地区)/, (m) => ({ countries: num(m[1]), places: num(m[2]) })],
          [/(?:包括)?(\d+)对友城和(\d+)对友好交流城市/, (m) => ({ sisterCities: num(m[1]), friendlyExchangeCities: num(m[2]) })],
          [/友好城市(\d+)个[、，,]\s*友好交流城市(\d+)个/, (m) => ({ sisterCities: num(m[1]), friendlyExchangeCities: num(m[2]) })],
          // '友好城市和友好交流关系城市数量已分别达到13个': each of the two counts.
          [
            /友好城市和友好交流(?:关系)?城市[^，。]{0,10}?分别(?:达到|为|是|有)\s*(\d+)\s*个(?:[和、]\s*(\d+)\s*个)?/,
            (m) => ({ sisterCities: num(m[1]), friendlyExchangeCities: num(m[2] ?? m[1]) }),
          ],
        ]
      : [
          [
            /(\d+) (?:cities|places|partner cities)(?: and regions)? (?:in|across|from) (?:(?:over|more than|nearly|almost|about|around|some) )?(\d+) countries/i,
            (m) => ({ places: num(m[1]), countries: num(m[2]) }),
          ],
          [
            /(\d+) sister cities and (\d+) friendly[- ]exchange cities/i,
            (m) => ({ sisterCities: num(m[1]), friendlyExchangeCities: num(m[2]) }),
          ],
        ];
  const text = withoutRankClauses(s.text, s.lang);
  for (const [re, read] of patterns) {
    const m = re.exec(text);
    if (m) out.push(claim(s, m.index, m.index + m[0].length, { kind: 'figure', ...read(m), asOf: countDateOf(s) }));
  }
  return out;
};

/** A tie between two places, with the rank the words give, its date and the areas it names. */
const relationships: Rule = (s) => {
  const places = ownPlaces(s);
  const words = tieStated(s.text, s.lang);
  if (places.length !== 2 || !words) return [];
  if (figures(s).length) return [];
  return [
    whole(s, {
      kind: 'relationship',
      placeIds: [places[0]!, places[1]!],
      type: words.type,
      typeWords: words.words,
      date: tieDateOf(s),
      areas: areasIn(s.text, s.lang),
    }),
  ];
};

const SIGNING = {
  zh: /(?:签署|签订|签字|缔结|续签).{0,24}?(?:备忘录|协议|协定|意向书|议定书|宪章|公报|声明)|(?:签署|签订|续签)了?《[^》]{1,80}》|签约|交换.{0,10}?(?:备忘录|协议|文本)|《[^》]{0,40}(?:备忘录|协议书?|协定|意向书|议定书)》/,
  en: /\b(?:sign(?:ed|ing|s)?|ink(?:ed)?|renew(?:ed|al|ing)?)\b.{0,80}?\b(?:MOUs?|MoUs?|memorand(?:um|a)|agreements?|letters? of intent|accords?|charters?|treat(?:y|ies)|protocols?|declarations?|pacts?)\b|\b(?:MOUs?|memorand(?:um|a)|agreements?|accords?|charters?|treat(?:y|ies)|protocols?|declarations?)\b.{0,80}?\b(?:(?:was|were|will be|would be|(?:is|are) to be|to be) (?:signed|inked|exchanged|renewed)|signed by)\b/i,
};

/** Words after a name that make its bearer the one speaking of a signing, not one who signed: '元康修说', 'Wilson said'. */
const SPEAKS = { zh: /^\s*(?:说|表示|指出|介绍|称|在致辞中|致辞)/, en: /^\s*(?:said|says|noted|told|recalled)\b/ };

/**
 * When a signing happened: the dates of the clause that tells it ('…以来，分别于2007年11月28日和2012年
 * 11月28日签订加强交流协议' is two signings, not the tie's 2002), else the sentence's.
 */
function signingDates(s: Sentence, at: number, length: number): (string | null)[] {
  // A signing someone sets out to make ('leaves tomorrow to sign …', '将赴…签署') is dated by its ceremony, not by the journey.
  if (PLANNED[s.lang].test(s.text.slice(Math.max(0, at - 12), at))) return [null];
  const before = s.text.slice(0, at).search(/[，,；;][^，,；;]*$/u);
  const after = s.text.slice(at).search(/[，,；;。]/u);
  const from = Math.max(0, before);
  const to = after < 0 ? s.text.length : at + after;
  // A year in the document's name after the verb ('签署了2012年度友好交流协议书') is not when it was signed.
  const named = (d: { start: number; end: number }) => d.start > at && d.end <= at + length;
  const own = [...new Set(s.dates.filter((d) => d.start >= from && d.end <= to && !named(d)).map((d) => d.date))];
  if (own.length) return own;
  const rest = s.dates.filter((d) => !named(d));
  // 'This visit' is the text's own time, not a date the story told before ('此次来湘，鹿儿岛又与长沙签订…').
  return [rest[0]?.date ?? (NOW_TOLD[s.lang].test(s.text) ? null : s.carriedDate)];
}

/** Words that make a signing one to come: 'to sign', '将签署'. */
const PLANNED = { zh: /(?:将|拟|准备|计划|前往|赴)[^，,。]{0,12}$/, en: /\bto\s+$/i };

/** Words that set a sentence in the text's own time: 'this visit', '此次'. */
const NOW_TOLD = { zh: /此次|这次|本次|今天|今日/, en: /\bthis (?:visit|trip|time|week)\b|\btoday\b/i };

/** A signing: the parties and signatories named, and its date; 'the two mayors signed …' is between the story's places. */
const agreements: Rule = (s) => {
  const m = SIGNING[s.lang].exec(s.text);
  if (!m) return [];
  const parties = [...distinct(s.mentions, 'place'), ...distinct(s.mentions, 'organisation')];
  const speakers = new Set(s.mentions.filter((p) => p.kind === 'person' && SPEAKS[s.lang].test(s.text.slice(p.end))).map((p) => p.id));
  const people = distinct(s.mentions, 'person').filter((id) => !speakers.has(id));
  const dates = signingDates(s, m.index, m[0].length);
  if (parties.length + people.length === 0) {
    const pair = CONTINUES[s.lang].test(s.text) ? tiePair(s) : null;
    if (!pair || pair.some((p) => p.id === null)) return [];
    return dates.map((date) => whole(s, { kind: 'agreement', placeIds: pair.map((p) => p.id!), personIds: [], date }));
  }
  return dates.map((date) => whole(s, { kind: 'agreement', placeIds: parties, personIds: people, date }));
};

/** In a sentence that upgrades a tie, the tie is read at its new rank: the old rank it names is not what it claims. */
function upgradedTies(claims: ExtractedClaim[]): ExtractedClaim[] {
  const up = claims.find((c) => c.normalised.kind === 'upgrade')?.normalised;
  if (up?.kind !== 'upgrade') return claims;
  return claims.map((c) =>
    c.normalised.kind === 'relationship'
      ? { ...c, normalised: { ...c.normalised, type: up.toType, typeWords: null, date: c.normalised.date ?? up.date } }
      : c,
  );
}

/** Ties listed in a sentence that signs them: one signing a tie, each with the sentence's signatories. */
function signedEach(s: Sentence, ties: ExtractedClaim[]): ExtractedClaim[] {
  if (ties.length < 2 || !SIGNING[s.lang].test(s.text)) return [];
  const people = distinct(s.mentions, 'person');
  const out: ExtractedClaim[] = [];
  for (const t of ties) {
    const n = t.normalised;
    if (n.kind !== 'relationship' || n.placeIds.some((id) => id === null)) return [];
    out.push({ ...t, normalised: { kind: 'agreement', placeIds: n.placeIds as string[], personIds: people, date: dateOf(s) } });
  }
  return out;
}

const ZH_TITLES =
  '副市长|常务副市长|市长|部长|副部长|局长|副局长|主任|副主任|书记|秘书长|主席|副主席|议长|大使|总领事|省长|总理|会长|董事长|总裁|校长|委员';
const ZH_TITLE = new RegExp(`(?:${ZH_TITLES})$`);
const ZH_TITLE_AFTER = new RegExp(`^(?:${ZH_TITLES})`);
const EN_TITLE_BEFORE =
  /((?:(?:Executive |First )?(?:Vice|Deputy)[ -])?(?:Mayor|Minister|Governor|President|Chairman|Secretary(?:-General)?|Director(?:-General)?|Ambassador|Consul[- ]General|Lord Provost|Lord Mayor|Head))\s+$/;
/** A title, then perhaps a given name the gazetteer does not hold, before a known surname: 'Minister Sergei Cheryomin'. */
const EN_TITLE_GIVEN_NAME =
  /((?:(?:Executive |First )?(?:Vice|Deputy)[ -])?(?:Mayor|Minister|Governor|President|Chairman|Secretary(?:-General)?|Director(?:-General)?|Ambassador|Consul[- ]General|Lord Provost|Lord Mayor|Head))\s+([A-Z][a-z]+)\s+$/;
const EN_TITLE_AFTER =
  /^,\s+((?:the\s+)?(?:(?:executive |first )?(?:vice|deputy)[ -])?(?:mayor|minister|governor|president|chairman|secretary(?:-general)?|director(?:-general)?|ambassador|consul[- ]general|lord provost|head|chief)\b[^,.;]*?)(?=,|\.|;| (?:who|marking|said|says|and signed)\b|$)/i;

/** How far before or after a name its title is looked for, in characters. */
const TITLE_REACH = 80;

/** A person with the title the text gives: 副市长王守睿, Vice Mayor Wang Shourui, Sergey Cheremin, minister of … */
const people: Rule = (s) => {
  const out: ExtractedClaim[] = [];
  const named = s.mentions.filter((x) => x.kind === 'person');
  for (const m of named) {
    // A title sits right beside the name, and no further than the names beside it: 'A、总领事B', 'A, Secretary B'.
    const previous = named.findLast((x) => x.end <= m.start);
    const next = named.find((x) => x.start >= m.end);
    const from = Math.max(0, m.start - TITLE_REACH, previous?.end ?? 0);
    const to = Math.min(m.end + TITLE_REACH, next?.start ?? s.text.length);
    const before = s.text.slice(from, m.start).replace(/^[、，,和与及\s]+/, '');
    const after = s.text.slice(m.end, to);
    let title: string | null = null;
    let start = m.start;
    let end = m.end;
    if (s.lang === 'zh') {
      // '和' is left out: it joins words inside names (对外经济和国际联络局).
      const segment = before.split(/[，,。；;]|与|代表|由|同/).at(-1) ?? '';
      const following = ZH_TITLE_AFTER.exec(after);
      if (ZH_TITLE.test(segment.trim())) {
        title = segment.trim();
        start = m.start - segment.length + (segment.length - segment.trimStart().length);
      } else if (following) {
        title = following[0];
        end = m.end + following[0].length;
      }
    } else {
      const pre = EN_TITLE_BEFORE.exec(before) ?? EN_TITLE_GIVEN_NAME.exec(before);
      const near = EN_TITLE_AFTER.exec(after);
      // A title that runs to the end of what was read may run on: read it whole, up to the next name.
      const post =
        near && near[0].length === after.length && after.length === TITLE_REACH
          ? EN_TITLE_AFTER.exec(s.text.slice(m.end, next?.start))
          : near;
      // A title that runs into the next name is that name's: 'Muriel Bower, Deputy Secretary Karen Richardson'.
      const intoNext = post !== null && next !== undefined && m.end + post[0].length >= next.start;
      if (post && !intoNext) {
        title = post[1]!.replace(/^the\s+/i, '').trim();
        end = m.end + post[0].length;
      } else if (pre) {
        title = pre[1]!;
        start = m.start - pre[0].length;
      }
    }
    if (title) {
      const then = heldThen(s, start, m.start);
      out.push(
        claim(s, start, end, {
          kind: 'person',
          personId: m.id,
          title,
          titleLang: s.lang,
          viaAlias: m.viaAlias,
          written: m.text,
          ...(then ? { date: then } : {}),
        }),
      );
    }
  }
  // A title before an English name the gazetteer does not hold: the checker looks the name up by its
  // spellings. (Chinese titles and names the gazetteer lacks are read by the tagger, in `frames.ts`.)
  if (s.lang === 'zh') return out;
  const unnamed = new RegExp(
    `${EN_TITLE_BEFORE.source.replace(/\\s\+\$$/, '')}\\s+((?:[A-Z][a-zà-ž'’]+)(?:[ -][A-Z][a-zà-ž'’]+|-[a-zà-ž]+){1,3})`,
    'g',
  );
  for (const m of s.text.matchAll(unnamed)) {
    const name = m[2]!;
    const at = m.index + m[0].length - name.length;
    if (s.mentions.some((x) => x.start < at + name.length && at < x.end)) continue;
    out.push(
      claim(s, m.index, m.index + m[0].length, {
        kind: 'person',
        personId: '',
        title: m[1]!,
        titleLang: s.lang,
        viaAlias: true,
        written: name,
      }),
    );
  }
  return out;
};

const LIST_SEPARATOR = { zh: /、|以及|及|和/, en: /,\s*(?:and\s+)?|\s+and\s+(?=the\s|[A-Z])/ };

/**
 * The items of a list of sites, from `from` to `to` in the sentence: each known name is one
 * item even when it holds 'and'; the rest is split at commas and conjunctions.
 */
function siteItems(s: Sentence, from: number, to: number): { start: number; end: number; site: Mention | null }[] {
  const known = s.mentions.filter((m) => m.start >= from && m.end <= to && (m.kind === 'organisation' || m.kind === 'place'));
  const items: { start: number; end: number; site: Mention | null }[] = [];
  let cursor = from;
  const gap = (end: number) => {
    let at = cursor;
    for (const piece of s.text.slice(cursor, end).split(LIST_SEPARATOR[s.lang])) {
      const start = s.text.indexOf(piece, at);
      at = start + piece.length;
      const trimmed = piece.trim().replace(/^the\s+/i, '');
      // A site the registry does not know is still a claim, if it reads as a name.
      const looksLikeName = s.lang === 'zh' || /^[\p{Lu}\d]/u.test(trimmed);
      if (trimmed.length >= 2 && looksLikeName && !/^(and|the|等)$/i.test(trimmed)) {
        const begin = s.text.indexOf(trimmed, start);
        items.push({ start: begin, end: begin + trimmed.length, site: null });
      }
    }
  };
  for (const m of known) {
    gap(m.start);
    items.push({ start: m.start, end: m.end, site: m });
    cursor = m.end;
  }
  gap(to);
  return items;
}

/** Words that make a named thing an event: a meeting, an exhibition, a forum. */
const EVENT_WORDS = {
  zh: /会|展|论坛|节|仪式|峰会|对话|洽谈|会晤|活动/,
  en: /\b(?:meetings?|exhibitions?|forums?|festivals?|conferences?|concerts?|fairs?|dialogues?|ceremony|summit|talks|expo)\b/i,
};

interface VisitYear {
  index: number;
  words: string;
  year: string;
}

const ZH_FIRST_VISIT = /(?:首次|第一次)(?:访问|到访|来访)/;
const ZH_YEAR = /(\d{4})年/g;
const ZH_YEAR_OF_FIRST_VISIT = /(\d{4})年(?:首次|第一次)(?:访问|到访|来访)/;

/**
 * '首次访问…2019年' or '2019年首次访问': the first of either in the sentence. A sentence holds no
 * '。' before its end, so a year after the first '首次访问' is a year after any: each part is
 * looked for once, and a long sentence is read a fixed number of times.
 */
function zhFirstVisit(text: string): VisitYear | null {
  const visit = ZH_FIRST_VISIT.exec(text);
  let before: VisitYear | null = null;
  if (visit) {
    ZH_YEAR.lastIndex = visit.index + visit[0].length;
    const year = ZH_YEAR.exec(text);
    if (year) before = { index: visit.index, words: text.slice(visit.index, year.index + year[0].length), year: year[1]! };
  }
  const after = ZH_YEAR_OF_FIRST_VISIT.exec(text);
  if (after && (!before || after.index < before.index)) return { index: after.index, words: after[0], year: after[1]! };
  return before;
}

function enFirstVisit(text: string): VisitYear | null {
  const m = /\b(?:first|previous|last)?\s*visit\b[^.]{0,30}?\bin\s+((?:19|20)\d{2})\b/i.exec(text);
  return m ? { index: m.index, words: m[0], year: m[1]! } : null;
}

/** Sites a delegation visits, events it attends, and a person's visit in a year. */
const events: Rule = (s) => {
  const out: ExtractedClaim[] = [];
  const siteList =
    s.lang === 'zh' ? /参观(?:了)?(.+?)(?:等|。|$)/.exec(s.text) : /\bvisit(?:s|ed|ing)?\s+(?:the\s+)?([A-Z].+?)(?:\.|;|$)/.exec(s.text);
  if (siteList) {
    const from = siteList.index + siteList[0].indexOf(siteList[1]!);
    // 'visited Shenzhen on December 2 to explore …': the list ends where the sentence goes on.
    const goesOn = s.lang === 'en' ? siteList[1]!.search(/,?\s(?:on|to|during|for|from|with|where|while|after|before)\s/) : -1;
    const to = from + (goesOn > 0 ? goesOn : siteList[1]!.length);
    const items = siteItems(s, from, to);
    // One place alone is where the visit went, told as a visit, not a site on its programme.
    const destination = items.length === 1 && items[0]!.site?.kind === 'place';
    for (const item of destination ? [] : items) {
      out.push(
        claim(s, item.start, item.end, {
          kind: 'event',
          what: 'site_visit',
          siteId: item.site?.id,
          siteKind: item.site?.kind,
          name: s.text.slice(item.start, item.end),
          date: dateOf(s),
        }),
      );
    }
  }
  const named =
    s.lang === 'zh'
      ? [...s.text.matchAll(/出席(.+?)(?=[，,。]|并|$)/g), ...s.text.matchAll(/开展(.+?)等/g)]
      : [
          ...s.text.matchAll(/\battend(?:s|ed)?\s+the\s+((?:[A-Z][\w’'-]*|and|of|for|the|on)(?:\s+(?:[A-Z][\w’'-]*|and|of|for|the|on))*)/g),
          ...s.text.matchAll(/\bsuch as\s+(.+?)(?:\.|$)/g),
        ];
  for (const m of named) {
    const listStart = m.index + m[0].indexOf(m[1]!);
    let cursor = listStart;
    for (const raw of s.lang === 'zh' ? m[1]!.split('、') : m[1]!.split(/\s+and\s+(?=the\s)|,\s*/)) {
      const item = raw
        .trim()
        .replace(/^the\s+/i, '')
        .replace(/\s+(?:and|of|the|for|on)$/i, '');
      if (item.length < 4 || !EVENT_WORDS[s.lang].test(item)) continue;
      const at = s.text.indexOf(item, cursor);
      if (at < 0) continue;
      cursor = at + item.length;
      out.push(claim(s, at, at + item.length, { kind: 'event', what: 'named_event', name: item, date: dateOf(s) }));
    }
  }
  const visitYear = s.lang === 'zh' ? zhFirstVisit(s.text) : enFirstVisit(s.text);
  const person = s.mentions.find((x) => x.kind === 'person');
  if (visitYear && person) {
    out.push(
      claim(s, visitYear.index, visitYear.index + visitYear.words.length, {
        kind: 'event',
        what: 'person_visit',
        personId: person.id,
        name: visitYear.words,
        date: visitYear.year,
      }),
    );
  }
  return out;
};

/** Joining a body: the verb, and the body's name as written when the registry does not hold it. */
const JOINS = {
  zh: /加入(?:了)?|成为|是(?=[^，。]{0,20}成员)/,
  en: /\b(?:join(?:ed|s|ing)?|(?:became|become|becomes|becoming) (?:a )?(?:full |formal |new )?member of|(?:is|are|was) (?:a|an|one of the|among the) (?:founding )?members?(?: cit(?:y|ies))?(?: of)?)\b/i,
};
const BODY_NAME = {
  zh: /^(?:了)?([^，。；、]{2,30}?(?:组织|联合会|协会|联盟|网络|理事会|论坛))(?:的)?(?:正式)?(?:成员|会员)?/,
  en: /^\s+(?:the\s+)?([A-Z][\w'’&-]*(?:\s+(?:of|for|and|the|on|[A-Z][\w'’&-]*))*(?:\s+\([A-Z]+\))?)/,
};

/** X joined organisation Y; Y as written when the registry lacks it: 贵阳市加入世界城市和地方政府组织. */
const memberships: Rule = (s) => {
  const verb = JOINS[s.lang].exec(s.text);
  if (!verb) return [];
  const before = s.mentions.filter((m) => m.end <= verb.index);
  const member = [...before].reverse().find((m) => m.kind === 'organisation') ?? [...before].reverse().find((m) => m.kind === 'place');
  const after = verb.index + verb[0].length;
  // 'Macao is one of the member cities.': of the body the sentence before named.
  const organisation =
    s.mentions.find((m) => m.start >= verb.index && m.kind === 'organisation') ??
    (/member|成员/i.test(verb[0] + s.text.slice(after, after + 20))
      ? s.previous?.mentions.findLast((m) => m.kind === 'organisation')
      : undefined);
  if (member && organisation) {
    return [
      claim(s, member.start, organisation.end, {
        kind: 'membership',
        memberId: member.id,
        memberKind: member.kind,
        organisationId: organisation.id,
      }),
    ];
  }
  const place = member ? null : placesOf(s, 1).findLast((p) => p.start < verb.index);
  if (organisation && place) {
    // A member the registry does not hold, of a body it does: 'Macao is one of the member cities.'
    return [
      claim(s, place.start, Math.max(after, organisation.start > place.start ? organisation.end : after), {
        kind: 'membership',
        memberId: place.id,
        memberKind: 'place',
        organisationId: organisation.id,
        ...(place.id ? {} : { memberName: place.name }),
      }),
    ];
  }
  const body = organisation ? null : BODY_NAME[s.lang].exec(s.text.slice(after));
  if (!body || !(member ?? place)) return [];
  const from = member?.start ?? place!.start;
  return [
    claim(s, from, after + body[0].length, {
      kind: 'membership',
      memberId: member?.id ?? place!.id,
      memberKind: member?.kind ?? 'place',
      organisationId: null,
      memberName: member?.text ?? place!.name,
      organisationName: body[1]!.trim(),
    }),
  ];
};

/** A mechanism, its member places, the year it was set up and its size in words. */
const mechanisms: Rule = (s) => {
  const mechanism = s.mentions.find((m) => m.kind === 'mechanism');
  if (!mechanism) return [];
  const { cities, countries } = countsIn(s.text, s.lang);
  const year = s.dates.find((d) => /^\d{4}$/.test(d.date))?.date;
  return [
    whole(s, {
      kind: 'mechanism',
      mechanismId: mechanism.id,
      memberIds: distinct(s.mentions, 'place'),
      year: year ? Number(year) : null,
      cities,
      countries,
    }),
  ];
};

const RULES: Rule[] = [figures, relationships, agreements, people, events, memberships, mechanisms, ...frames];

/** Dates as written, then those written against the publication day or the story's year; the first found of two that overlap wins. */
function datesIn(
  text: string,
  lang: 'zh' | 'en',
  contextYear: number | null,
  published: string | null,
  storyYear: number | null,
): DateMention[] {
  const written = findDates(text, contextYear);
  const relative =
    lang === 'zh'
      ? chineseRelativeDates(text, published, storyYear)
      : [...englishStoryDates(text, storyYear), ...englishRelativeDates(text, published)];
  const extra = relative.filter((r) => !written.some((d) => r.start < d.end && d.start < r.end));
  return [...written, ...extra].sort((a, b) => a.start - b.start);
}

/** Kinds a sentence states once over a stretch: a second reading of the same words is the same claim. */
const ONCE_PER_STRETCH = new Set(['figure', 'event', 'membership', 'relationship']);

/**
 * The same fact read twice in a sentence, by the fixed patterns and by a frame, is one claim: a
 * person by record or name, a figure, event, membership or tie by the words it rests on.
 */
function withoutRepeats(claims: ExtractedClaim[]): ExtractedClaim[] {
  const kept: ExtractedClaim[] = [];
  for (const c of claims) {
    const n = c.normalised;
    const repeat = kept.some((k) => {
      const o = k.normalised;
      const overlap = c.start < k.end && k.start < c.end;
      if (o.kind !== n.kind || !overlap) return false;
      if (n.kind === 'person' && o.kind === 'person') {
        const samePerson = (!!n.personId && o.personId === n.personId) || o.written.includes(n.written) || n.written.includes(o.written);
        // Two titles of one person are two claims ('Ambassador to China …, a former governor of Iowa').
        const a = n.title.toLowerCase();
        const b = o.title.toLowerCase();
        return samePerson && (a.includes(b) || b.includes(a));
      }
      return (
        ONCE_PER_STRETCH.has(n.kind) && !(n.kind === 'event' && o.kind === 'event' && o.what === 'site_visit' && n.what === 'site_visit')
      );
    });
    if (!repeat) kept.push(c);
    else if (n.kind === 'event' && n.what === 'named_event' && c.lang === 'zh') {
      // A sentence's event read whole holds a name read from a part of it ('出席了庆祝活动'): the whole is the claim.
      const part = kept.findIndex(
        (k) =>
          k.normalised.kind === 'event' &&
          k.normalised.what === 'named_event' &&
          k.start >= c.start &&
          k.end <= c.end &&
          k.end - k.start < c.end - c.start,
      );
      if (part >= 0) kept[part] = c;
    }
  }
  return kept;
}

/**
 * The counts one sentence gives of a network are one figure: '57个国家的90个省市地区…包括24对友城和
 * 66对友好交流城市' states the network once, whatever the patterns that read its parts. Counts that
 * differ (two networks, or two dates, in one sentence) stay apart.
 */
function oneFigure(claims: ExtractedClaim[], s: Sentence): ExtractedClaim[] {
  const figures = claims.filter((c): c is ExtractedClaim & { normalised: FigureClaim } => c.normalised.kind === 'figure');
  if (figures.length < 2) return claims;
  const counts: Partial<FigureClaim> = {};
  for (const f of figures) {
    for (const [key, value] of Object.entries(f.normalised) as [keyof FigureClaim, unknown][]) {
      if (key === 'kind' || value === undefined) continue;
      if (counts[key] !== undefined && counts[key] !== value) return claims;
      (counts as Record<string, unknown>)[key] = value;
    }
  }
  const start = Math.min(...figures.map((f) => f.start));
  const end = Math.max(...figures.map((f) => f.end));
  const one: ExtractedClaim = {
    ...figures[0]!,
    text: s.written.slice(start - s.offset, end - s.offset),
    start,
    end,
    normalised: { kind: 'figure', ...counts },
  };
  return [one, ...claims.filter((c) => c.normalised.kind !== 'figure')];
}

const HEADING_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const HEADING = new RegExp(
  `^(?:(${HEADING_MONTHS.join('|')})\\.?,?\\s+)?((?:19|20)\\d{2})$|^((?:19|20)\\d{2})\\s*年(?:\\s*(\\d{1,2})\\s*月)?$`,
  'i',
);

/** The date a paragraph that is only a year, or a month and a year, sets as a heading. */
function headingDate(text: string): string | null {
  const m = HEADING.exec(text.trim());
  if (!m) return null;
  const month = m[1] ? HEADING_MONTHS.indexOf(m[1].toLowerCase()) + 1 : m[4] ? Number(m[4]) : 0;
  const year = m[2] ?? m[3]!;
  return month >= 1 && month <= 12 ? `${year}-${String(month).padStart(2, '0')}` : year;
}

/** Whether a sentence may name places the registry lacks, worth the cost of finding them. */
const NEEDS_PLACES = {
  zh: /友好|友城|姐妹|结好|缔结|签署|签约|访问|加入|成员|周年|会见|会谈|率团|代表团/,
  en: /\b(?:sister|twin|friend|partner|sign|memorand|agreement|visit|member|join|anniversar|relationship|ties?|met|meets|delegation)\w*/i,
};

/**
 * Every checkable claim of a text, by fixed rules over its sentences: the registry's names as a
 * gazetteer, words and places tagged by a segmenter, dates in both languages (relative ones against
 * the publication day), and frames for figures, ties, signings, people, visits, anniversaries,
 * memberships and mechanisms. The same text always gives the same claims.
 */
export function extractClaims(
  paragraphs: readonly Paragraph[],
  gazetteer: Gazetteer,
  contextYear: number | null,
  published: string | null = null,
  home: { id: string; name: string; namedInText?: boolean } | null = null,
): ExtractedClaim[] {
  const homeRef = home ? { id: home.id, name: home.name, start: -1 } : null;
  // A home found by the text's own naming of it is its city from the first sentence on.
  let homeNamed = home?.namedInText === true;
  const out: ExtractedClaim[] = [];
  let offset = 0;
  // A story goes on across paragraphs of the same language: 'The two cities …' after a paragraph naming them.
  const last: Record<'zh' | 'en', Sentence | null> = { zh: null, en: null };
  // The year the story is at carries on too: '同年', 'the following year' at a paragraph's start.
  const storyAt: Record<'zh' | 'en', string | null> = { zh: null, en: null };
  // A timeline's heading ('1986', 'November, 2018'): the date of the entries under it, in either language.
  let heading: string | null = null;
  paragraphs.forEach((p, index) => {
    const lang = p.lang === 'zh' ? 'zh' : 'en';
    const normal = normalise(p.text);
    const headed = headingDate(normal.text);
    if (headed) {
      heading = headed;
      storyAt.zh = storyAt.en = headed;
    }
    const year = heading ? Number(heading.slice(0, 4)) : contextYear;
    let carried: string | null = heading;
    let carriedFar = false;
    let story: string | null = storyAt[lang];
    let previous: Sentence | null = last[lang];
    for (const span of sentences(normal.text, lang)) {
      const mentions = gazetteer.find(span.text);
      const storyYear = story ? Number(story.slice(0, 4)) : contextYear;
      // A year in a document's title ('《…2025至2030年友城合作备忘录》') dates nothing the sentence tells.
      const titled = documentTitles(span.text);
      const dates = datesIn(span.text, lang, year, published, storyYear).filter(
        (d) => !titled.some(([a, b]) => d.start >= a && d.start < b),
      );
      const tokens = lang === 'zh' ? tagWords(span.text) : [];
      let found: PlaceFound[] | undefined;
      const places = () =>
        (found ??= !NEEDS_PLACES[lang].test(span.text) ? [] : lang === 'zh' ? chinesePlaces(tokens) : englishPlaces(span.text, mentions));
      let named: PersonFound[] | undefined;
      const people = () => (named ??= lang === 'zh' ? chinesePeople(span.text, tokens) : englishPeople(span.text));
      const sentence: Sentence = {
        ...span,
        lang,
        paragraph: index,
        offset,
        normal,
        written: p.text,
        mentions,
        dates,
        tokens,
        places,
        people,
        year: contextYear,
        carriedDate: carried,
        carriedFar,
        previous,
        home: null,
      };
      // Only a text that names its city speaks of it when it names one partner alone.
      if (homeRef !== null && mentions.some((m) => m.kind === 'place' && m.id === homeRef.id)) homeNamed = true;
      if (homeNamed) sentence.home = homeRef;
      // Ties listed in one sentence are one claim each; the other rules would read one tie of them.
      const ownList = tiesListed(sentence);
      const listed = [...ownList, ...(ownList.length ? [] : tiesOfPartners(sentence)), ...tiesFollowed(sentence)];
      const signings = signedEach(sentence, listed);
      const read = upgradedTies(RULES.flatMap((rule) => rule(sentence))).filter(
        (c) => !(listed.length > 0 && c.normalised.kind === 'relationship') && !(signings.length > 0 && c.normalised.kind === 'agreement'),
      );
      out.push(...oneFigure([...withoutRepeats(read), ...listed, ...signings], sentence), ...rankFigures(sentence));
      const day = dates.find((d) => d.date.length === 10)?.date;
      carriedFar = !day && carried !== heading;
      carried = day ?? carried;
      story = dates.at(-1)?.date ?? story;
      previous = sentence;
    }
    last[lang] = previous;
    storyAt[lang] = story;
    offset += p.text.length + 2;
  });
  return out;
}
