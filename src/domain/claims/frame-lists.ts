import { tieDateOf } from './frames.ts';
import { claim, placesOf, type PlaceRef, type Rule, type Sentence } from './sentence.ts';
import { isCountry } from './story.ts';
import type { ExtractedClaim } from './types.ts';
import { areasIn, tieStated, tieTypeWords } from './vocabulary.ts';
import { ZH_TITLE_RUN } from './recognise/titles.ts';

/**
 * Ties listed in one sentence: one place with several ('绍兴市分别与新西兰陶波市、塞尔维亚苏博蒂察市签订了
 * 友好交流关系协议书', '并分别与韩国友城大邱市、斐济友城苏瓦市…', the subject then the story's), each
 * with its own year when the list gives one, or pairs in turn ('Tustin, California and Heyuan,
 * Guangdong province, and Yorba Linda, California, and Tongchuan, Shaanxi province signed
 * sister-city agreements'); and the partners that 'followed' a tie the story told. One claim a tie,
 * over the words that name its partner.
 */

/** Where a list of partners starts: '(分别)与', 'with', 'including', 'such as', a colon, 'between A and …'. */
const WITH = {
  zh: /(?:分别)?(?:与|(?<![共协相合赞认陪])同(?![时年样期意等步]))|包括|[:：]/g,
  en: /\bwith\b|\bincluding\b|\bsuch as\b|:|\bbetween\s+(?=\S+\s+and\b)/gi,
};
/** What stands between two partners of a list, once a country or a rank before the next is set aside. */
const BETWEEN = {
  zh: /^[市县区州省]?[、，,和及]+(?:以及)?$|^[市县区州省]?以及$/,
  en: /^(?:\s*[,;])?\s+(?:and\s+)?(?:the\s+)?$|^\s*[,;]\s*$/i,
};
/** A country, a province or a rank before a partner ('新西兰', '韩国友城'): its aside. */
const ASIDE = /[\p{Script=Han}]{0,6}?(?:友城|友好城市|友好交流城市)$|[\p{Script=Han}]{2,5}$/u;
/** A partner's person, by title and name, right after it in a Chinese list: '主席让·旺莱朗贝尔格'. */
const SIGNER = new RegExp(`^(?:${ZH_TITLE_RUN})[\\p{Script=Han}·]{1,12}?(?=[、，,和及]|以及)`, 'u');
/** A sentence that goes on with the story's subject: '并分别与…', 'It also signed with …'. */
const GOES_ON = { zh: /^(?:并|还|又|同时|此外|另外)/, en: /^(?:it|the city|they)\b|^also\b/i };

const end = (p: PlaceRef) => p.start + p.name.length;

/** The cities of a sentence in order: no countries, and no place that only says where the next or the one before is. */
function cities(s: Sentence, each = false): PlaceRef[] {
  const out: PlaceRef[] = [];
  const all = placesOf(s, Number.POSITIVE_INFINITY, each);
  for (const [i, p] of all.entries()) {
    if (isCountry(p)) continue;
    // '俄罗斯联邦莫斯科市', '广东省河源市'; 'Tustin, California'.
    if (s.lang === 'zh' && all[i + 1]?.start === end(p)) continue;
    // A place the registry lacks right after a comma says where the one before is ('Tustin, California').
    const before = out.at(-1);
    if (s.lang === 'en' && before && p.id === null && /^\s*,\s*$/.test(s.text.slice(end(before), p.start))) continue;
    // 'Shenzhen, Guangdong province': a province says where the city before it is.
    if (
      s.lang === 'en' &&
      before &&
      /^\s*,\s*$/.test(s.text.slice(end(before), p.start)) &&
      /^\s+(?:province|state)\b/i.test(s.text.slice(end(p)))
    )
      continue;
    out.push(p);
  }
  return out;
}

/** The partners listed right after `at`, each parted from the one before only by list words and its aside. */
function listedAfter(s: Sentence, all: PlaceRef[], at: number): { place: PlaceRef; from: number }[] {
  const out: { place: PlaceRef; from: number }[] = [];
  for (const p of all.filter((x) => x.start >= at)) {
    const last = out.at(-1);
    // 'with the City of Shenzhen': the words that make a name a city's are not a gap.
    const gap = s.text
      .slice(last ? end(last.place) : at, p.start)
      .replace(s.lang === 'en' ? /\b(?:the\s+)?(?:City|Town|Municipality) of\s+$/ : /$^/, '');
    // '与阿拉斯城市共同体主席让·旺莱朗贝尔格、维也纳新城市市长伯恩哈德·米勒…': the person who signed for the partner before is its aside.
    const signer = s.lang === 'zh' && last ? (SIGNER.exec(gap)?.[0] ?? '') : '';
    const rest = gap.slice(signer.length);
    const aside = s.lang === 'zh' ? (ASIDE.exec(rest)?.[0] ?? '') : '';
    // A partner's own aside after it: its year or country in brackets, '(1986)', '（美国，1986年）', ', USA'.
    const between = rest
      .slice(0, rest.length - aside.length)
      .replace(/[（(][^）)]{0,40}[）)]/gu, '')
      // '…, USA', '… in the United States of America': a country aside, of one to five words.
      .replace(s.lang === 'en' ? /^(?:,|\s+in)\s*(?:the\s+)?(?:[A-Z][\w.'’]*(?:\s+of)?\s*){1,5}(?=,|;|\s+and\b)/ : /$^/, '');
    if (last ? !BETWEEN[s.lang].test(between) : gap.length > 12) break;
    out.push({ place: p, from: p.start - aside.length });
  }
  return out;
}

function tie(
  s: Sentence,
  from: number,
  to: number,
  a: PlaceRef,
  b: PlaceRef,
  words: NonNullable<ReturnType<typeof tieStated>>,
  date?: string | null,
): ExtractedClaim {
  return claim(s, from, to, {
    kind: 'relationship',
    placeIds: [a.id, b.id],
    placeNames: [a.name, b.name],
    type: words.type,
    typeWords: words.words,
    date: date === undefined ? tieDateOf(s) : date,
    areas: areasIn(s.text, s.lang),
  });
}

/**
 * The date a listed partner's own aside gives it ('Houston (1986)', '休斯敦（1986年）'); `undefined`
 * when the list gives its partners no dates of their own, and the sentence's date is theirs.
 */
function ownDate(s: Sentence, place: PlaceRef, next: number): string | null | undefined {
  const own = s.dates.find((d) => d.start >= end(place) && d.start < next);
  if (own) return own.date;
  // A year alone in brackets, which English date reading leaves to its context: 'Houston (1986)'.
  const year = /^\s*(?:,\s*(?:[A-Z][\w.]*\s*){1,3})?[（(][^）)]{0,30}?((?:19|20)\d{2})[^）)]{0,10}[）)]/u.exec(
    s.text.slice(end(place), next),
  );
  if (year) return year[1]!;
  const dated = s.dates.filter((d) => d.start >= place.start).length;
  return dated > 1 ? null : undefined;
}

export const tiesListed: Rule = (s) => {
  const words = tieStated(s.text, s.lang);
  if (!words) return [];
  const all = cities(s, true);
  // Each '与' and the partners after it, each clause with its own rank: '深圳与爱丁堡市互为友好城市，与伦敦金融城及苏格兰地区互为友好交流城市'.
  const lists: {
    subject: PlaceRef;
    partners: { place: PlaceRef; from: number; to: number; date: string | null | undefined }[];
    words: NonNullable<typeof words>;
  }[] = [];
  let subject: PlaceRef | undefined;
  let from = 0;
  const starts = [...s.text.matchAll(WITH[s.lang])];
  for (const [k, m] of starts.entries()) {
    // An English list runs to the next one: 'with Shenzhen, Guangdong province, before establishing friendly relations with Shanghai in 2015'.
    const listEnd = starts[k + 1]?.index ?? s.text.length;
    const partners = listedAfter(s, all, m.index + m[0].length);
    if (partners.length === 0) continue;
    // An English list ends with 'and' before its last: 'with Shenzhen, Guangdong before …' lists one city.
    if (
      s.lang === 'en' &&
      partners.length > 1 &&
      !/\band\b/.test(s.text.slice(end(partners.at(-2)!.place), partners.at(-1)!.place.start))
    ) {
      partners.splice(1);
    }
    // 'between Shenzhen and Kigali in Rwanda, Mindelo in Cape Verde …': the first named is the subject.
    if (/^between/i.test(m[0]) && partners.length > 1) {
      const [first, ...rest] = partners;
      if (!/^\s+and\s+$/.test(s.text.slice(end(first!.place), rest[0]!.place.start).replace(/^\s+in\s+(?:[A-Z][\w.]*\s*){1,3}/, ' ')))
        continue;
      subject = first!.place;
      partners.splice(0, 1);
    } else {
      // A Chinese clause that goes on ('…进行访问，并与…签署') has the sentence's subject, not the last place of the clause before.
      const clause = s.lang === 'zh' ? Math.max(...['，', ',', '；', ';'].map((b) => s.text.lastIndexOf(b, m.index))) + 1 : 0;
      const goesOn = s.lang === 'zh' && GOES_ON.zh.test(s.text.slice(clause));
      subject =
        all.filter((p) => p.start >= Math.max(from, goesOn ? clause : 0) && p.start < m.index).at(-1) ??
        (goesOn ? all.find((p) => p.start < clause) : undefined) ??
        subject ??
        (GOES_ON[s.lang].test(s.text) && s.previous ? cities(s.previous)[0] : undefined) ??
        // 'There are sister city ties only with Lomé and Luxor', in a text about its own city.
        s.home ??
        undefined;
    }
    if (!subject) continue;
    const clauseEnd = m.index + s.text.slice(m.index).search(/[，,；;。]|$/);
    // An English clause states its rank before 'with' ('…; and a friendship city relationship with the City of Shenzhen').
    const own = tieStated(s.text.slice(s.lang === 'en' ? from : m.index, clauseEnd), s.lang) ?? (lists.length === 0 ? words : null);
    from = end(partners.at(-1)!.place);
    if (!own) continue;
    // Each tie over the words that name its partner and, in Chinese, the rest of its clause, where its rank is said.
    const others = partners
      .filter(({ place: p }) => p.name !== subject!.name && (p.id === null || p.id !== subject!.id))
      .map(({ place, from: at }, i, all) => ({
        place,
        from: at,
        to: s.lang === 'zh' ? Math.max(clauseEnd, end(place)) : end(place),
        date: ownDate(s, place, all[i + 1]?.place.start ?? (s.lang === 'zh' ? clauseEnd : listEnd)),
      }));
    if (others.length) lists.push({ subject, partners: others, words: own });
  }
  if (lists.length >= 2 || lists.some((l) => l.partners.length >= 2)) {
    return lists.flatMap((l) => l.partners.map(({ place, from, to, date }) => tie(s, from, to, l.subject, place, l.words, date)));
  }
  // Pairs in turn: four cities or more, 'A and B, and C and D'.
  // The pairs are the sentence's subject: a place after its verb is where they signed ('in Chicago').
  const verb = s.text.search(/\b(?:signed|sign|became|become|established|formed|inked|are|were|have|has|will)\b/i);
  const named = all.filter((p) => verb < 0 || p.start < verb);
  if (s.lang === 'en' && named.length >= 4 && named.length % 2 === 0) {
    const pairs: [PlaceRef, PlaceRef][] = [];
    for (let i = 0; i < named.length; i += 2) {
      const [a, b] = [named[i]!, named[i + 1]!];
      if (!/\band\b/.test(s.text.slice(end(a), b.start))) return [];
      pairs.push([a, b]);
    }
    return pairs.map(([a, b]) => tie(s, a.start, end(b), a, b, words));
  }
  return [];
};

/** A sentence that carries the story's ties on without rank words: 'Haifa followed in 2012, and Almere in May 2016'. */
const FOLLOWED = { zh: /^(?:随后|此后|其后)[^，,。]{0,12}(?:是|为|有)/, en: /\b(?:followed|came next|were next|was next)\b/i };

/**
 * The partners a sentence adds to the tie the sentence before told: each with the same place and
 * rank, and the date written after it.
 */
export const tiesFollowed: Rule = (s) => {
  if (!FOLLOWED[s.lang].test(s.text) || tieStated(s.text, s.lang) || !s.previous) return [];
  const words = tieTypeWords(s.previous.text, s.lang);
  const before = cities(s.previous);
  if (!words || before.length === 0) return [];
  const subject = before.find((p) => s.home !== null && (p.id === s.home.id || p.name === s.home.name)) ?? before[0]!;
  const own = cities(s).filter((p) => p.name !== subject.name && (p.id === null || p.id !== subject.id));
  return own.map((p, i) => {
    const next = own[i + 1]?.start ?? s.text.length;
    const date = s.dates.find((d) => d.start >= end(p) && d.start < next);
    return claim(s, p.start, date ? date.end : end(p), {
      kind: 'relationship',
      placeIds: [subject.id, p.id],
      placeNames: [subject.name, p.name],
      type: words.type,
      typeWords: words.words,
      date: date?.date ?? null,
      areas: [],
    });
  });
};

/** A list closed by what its places are to the text's city: '荷兰蒂尔堡市、芬兰萨塔昆塔地区…等友好城市代表团'. */
const PARTNERS_SUCH_AS = /等(?:国际)?(?:友好城市|友好交流城市|友城|姐妹城市)/u;

/**
 * Partners named as a list of the text's city's partners ('会见了荷兰蒂尔堡市、芬兰萨塔昆塔地区、…美国布法罗市等
 * 友好城市代表团'): each a tie with the text's city, at the rank the closing words give, undated.
 */
export const tiesOfPartners: Rule = (s) => {
  if (s.lang !== 'zh' || !s.home) return [];
  const closing = PARTNERS_SUCH_AS.exec(s.text);
  if (!closing) return [];
  const words = tieStated(closing[0], 'zh');
  if (!words) return [];
  const home = s.home;
  const all = cities(s).filter((p) => p.start < closing.index);
  for (const first of all) {
    const aside = ASIDE.exec(s.text.slice(Math.max(0, first.start - 8), first.start))?.[0] ?? '';
    const partners = listedAfter(s, all, first.start - aside.length);
    const last = partners.at(-1);
    if (partners.length < 2 || !last || !/^[市区县州省]?$/u.test(s.text.slice(end(last.place), closing.index))) continue;
    return partners
      .filter(({ place }) => place.name !== home.name && (place.id === null || place.id !== home.id))
      .map(({ place, from }) => tie(s, from, end(place), home, place, words, null));
  }
  return [];
};
