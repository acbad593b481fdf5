import { PARTNERSHIP_TYPE_WORDS } from '../../domain/labels.ts';
import { compareFact } from '../../domain/facts.ts';
import { addDays } from '../../domain/anniversaries.ts';
import { earliestDay, latestDay } from '../../domain/precise-date.ts';
import type { Verdict } from '../../domain/claims/types.ts';
import type { FigureData } from '../../records/figure/figure.schema.ts';
import { figures, places } from '../records.service.ts';
import type { Stored } from '../generic-record.service.ts';
import { networkStats } from '../stats.service.ts';
import { countriesNamedIn, countryCodeFrom } from '../../domain/countries.ts';
import {
  combine,
  dateIn,
  dayOf,
  evidenceOf,
  joinNotes,
  nameIn,
  noteIn,
  type CheckContext,
  type Checker,
  sentenceOf,
  remember,
  type Evidence,
  type Note,
  type NoteLang,
} from './evidence.ts';

type Field = 'places' | 'countries' | 'sisterCities' | 'friendlyExchangeCities';
const SISTER = PARTNERSHIP_TYPE_WORDS.sister_city;
const EXCHANGE = PARTNERSHIP_TYPE_WORDS.friendly_exchange_city;
const LABEL: Record<NoteLang, Record<Field, string>> = {
  // The order in which a claim's figures are checked and noted.
  en: { places: 'cities', countries: 'countries', sisterCities: SISTER.enPlural, friendlyExchangeCities: EXCHANGE.enPlural },
  zh: { places: '个城市', countries: '个国家', sisterCities: `个${SISTER.zh}`, friendlyExchangeCities: `个${EXCHANGE.zh}` },
};

/** '93 cities', '93个城市'. */
const count = (n: number | null | undefined, field: Field, lang: NoteLang) =>
  lang === 'zh' ? `${n}${LABEL.zh[field]}` : `${n} ${LABEL.en[field]}`;

/**
 * The place a figure is of: one the sentence names that has published figures of its own ('广州市已与
 * 67个国家的104个城市建立了友好关系' is Guangzhou's, 'between cities of China and 134 countries'
 * China's), else the home place.
 */
async function subjectOf(c: CheckContext, sentence: string, whole: string, counted: string): Promise<string | null> {
  const homes = await remember(c, 'figure-homes', async () => {
    const ids = [...new Set((await figures.list(c.ctx)).map((f) => f.homePlaceId))];
    return (await places.getMany(c.ctx, ids)).map((p) => ({
      id: p.id,
      country: p.country,
      names: Object.values(p.names).flatMap((name) => (name ? [name, name.replace(/市$/u, '')] : [])),
      between: countriesBetween(p.names.en),
    }));
  });
  // The pairs between countries: 'China and the U.S. have formed 284 pairs', '220 Japanese cities and 73 ROK cities'.
  const inSentence = countriesNamedIn(whole);
  const inCount = countriesNamedIn(counted);
  const pairs = homes.filter((h) => h.between?.every((code) => inSentence.has(code) || inCount.has(code)));
  if (pairs.length > 0) {
    // The count's own words name its other countries ('73 ROK cities'); else the sentence names them all ('with Japan, ROK').
    const own = pairs
      .filter((h) => h.between!.filter((code) => code !== h.country).every((code) => inCount.has(code)))
      .sort((a, b) => a.between!.length - b.between!.length);
    return (own[0] ?? [...pairs].sort((a, b) => b.between!.length - a.between!.length)[0])!.id;
  }
  const text = sentence.toLowerCase();
  const named = homes.filter((h) => h.id !== c.homeId && h.names.some((name) => name.length >= 2 && text.includes(name.toLowerCase())));
  return named.length === 1 ? named[0]!.id : null;
}

/** The countries a place that holds the pairs between countries is named by ('China–Japan and ROK (all pairs)'); null for any other place. */
function countriesBetween(name: string | undefined): string[] | null {
  const parts = (name ?? '')
    .replace(/\(.*?\)/g, '')
    .split(/\s*(?:–|—|&|\band\b)\s*/)
    .map((x) => x.trim())
    .filter(Boolean);
  const codes = parts.map((x) => countryCodeFrom(x));
  return parts.length >= 2 && codes.every((x): x is string => x !== null) ? codes : null;
}

/**
 * A network figure against the published figures (other than the text's own) and the registry's
 * count. A component a source does not give may follow from ones it does: 93 places less 24
 * sister cities is 69 friendly exchange cities.
 */
export const checkFigure: Checker<'figure'> = async (c, claim) => {
  const homeId = (await subjectOf(c, sentenceOf(c, claim), sentenceOf(c, claim, true), claim.text)) ?? c.homeId;
  if (!homeId) return { verdict: 'unknown', note: { zh: '没有可供统计的本市', en: 'no home place to count for' }, evidence: [] };
  const home = await places.get(c.ctx, homeId);
  const published = (await figures.list(c.ctx, { filters: [{ column: 'home_place_id', op: '=', value: homeId }] })).filter(
    (f) => f.sourceId !== c.sourceId,
  );
  const given = claim.normalised;
  // A count of sister cities is one of every partner between two countries (where the pairs are counted), and in
  // English, where no source counts that rank ('Anhui has 95 sister cities'). A country's sister pairs are its partner places.
  const ofAll =
    given.places === undefined &&
    given.pairs === undefined &&
    (countriesBetween(home.names.en) !== null || (claim.lang === 'en' && published.every((f) => f.sisterCities === null)));
  const n = {
    ...given,
    places: given.places ?? given.pairs ?? (ofAll ? given.sisterCities : undefined),
    sisterCities: ofAll ? undefined : given.sisterCities,
  };
  // A figure speaks of its own date ('截至2022年9月') or else of the text's.
  const period = n.asOf ?? c.asOf;
  const day = dayOf(c, n.asOf);
  const ofPeriod = (f: Stored<FigureData>) => compareFact(f.asOf, period) !== 'conflict';
  const all = published
    .filter((f) => latestDay(f.asOf) <= day || compareFact(f.asOf, day) !== 'conflict')
    .sort(
      (a, b) =>
        Number(ofPeriod(b)) - Number(ofPeriod(a)) ||
        latestDay(b.asOf).localeCompare(latestDay(a.asOf)) ||
        // Figures published the same day (one per scope: Japan's, Korea's) in a fixed order.
        JSON.stringify([a.places, a.countries, a.sisterCities, a.friendlyExchangeCities]).localeCompare(
          JSON.stringify([b.places, b.countries, b.sisterCities, b.friendlyExchangeCities]),
        ),
    );
  // A count the text gives ahead of the day it comes true ('arrive on Sunday … to become Fort Worth’s eighth sister
  // city'): failing any published before, one published within the month after.
  const soon = published
    .filter((f) => earliestDay(f.asOf) > day && earliestDay(f.asOf) <= addDays(day, 31))
    .sort((a, b) => earliestDay(a.asOf).localeCompare(earliestDay(b.asOf)));
  /** The latest figure giving the field; of several published that day, the one that says what the claim says. */
  const latest = (field: Field, claimed?: number) => {
    const first = all.find((f) => f[field] !== null) ?? soon.find((f) => f[field] !== null);
    const sameDay = first ? all.find((f) => f[field] === claimed && f.asOf === first.asOf) : undefined;
    return sameDay ?? first ?? (field === 'places' ? totalOfRanks(claimed) : undefined);
  };
  /** A source that counts partners only by rank ('39个友好城市') gives their sum as its count of places. */
  const totalOfRanks = (claimed?: number) => {
    const ranked = all
      .filter((f) => f.sisterCities !== null || f.friendlyExchangeCities !== null)
      .map((f) => ({ ...f, places: (f.sisterCities ?? 0) + (f.friendlyExchangeCities ?? 0) }));
    const first = ranked[0];
    return (first && ranked.find((f) => f.places === claimed && f.asOf === first.asOf)) ?? first;
  };
  const stats = await remember(c, `stats:${homeId}:${day}`, () => networkStats(c.ctx, { home: homeId, asOf: day }));
  const registry: Record<Field, number> = {
    places: stats.places,
    countries: stats.countries,
    sisterCities: stats.byType.sister_city,
    friendlyExchangeCities: stats.byType.friendly_exchange_city,
  };
  const used = new Set<Stored<FigureData>>();
  const verdicts: Verdict[] = [];
  const notes: Note[] = [];
  const said = (f: Stored<FigureData>, lang: NoteLang) =>
    lang === 'zh' ? `${dateIn(f.asOf, 'zh')}公布` : `published ${dateIn(f.asOf, 'en')}`;

  for (const field of Object.keys(LABEL.en) as Field[]) {
    const claimed = n[field];
    if (claimed === undefined) continue;
    const p = latest(field, claimed);
    if (p && p[field] === claimed) {
      used.add(p);
      verdicts.push('supported');
      notes.push(
        noteIn((l) =>
          l === 'zh' ? `${count(claimed, field, l)}：与${said(p, l)}的数字一致` : `${count(claimed, field, l)}: as ${said(p, l)}`,
        ),
      );
      continue;
    }
    const other: Field | null =
      field === 'sisterCities' ? 'friendlyExchangeCities' : field === 'friendlyExchangeCities' ? 'sisterCities' : null;
    const total = latest('places');
    const part = other ? latest(other) : undefined;
    if (other && total && part && total.places! - part[other]! === claimed) {
      used.add(total).add(part);
      verdicts.push('supported');
      notes.push(
        noteIn((l) =>
          l === 'zh'
            ? `${count(claimed, field, l)}：${said(total, l)}的${count(total.places, 'places', l)}减去${said(part, l)}的${count(part[other], other, l)}`
            : `${count(claimed, field, l)}: the ${count(total.places, 'places', l)} ${said(total, l)} less the ${count(part[other], other, l)} ${said(part, l)}`,
        ),
      );
      continue;
    }
    if (p) {
      used.add(p);
      // A figure published for the same period contradicts; an older one may have been overtaken.
      const same = ofPeriod(p);
      verdicts.push(same ? 'contradicted' : 'ambiguous');
      notes.push(
        noteIn((l) =>
          l === 'zh'
            ? `${count(claimed, field, l)}：${same ? '同期' : '此前最近'}公布的数字为${p[field]}（${said(p, l)}）；登记册本身记录${registry[field]}`
            : `${count(claimed, field, l)}: the figure ${same ? 'published for the same time' : 'last published before'} says ${p[field]} (${said(p, l)}); the registry itself holds ${registry[field]}`,
        ),
      );
      continue;
    }
    verdicts.push(registry[field] === claimed ? 'supported' : 'unknown');
    notes.push(
      noteIn((l) =>
        l === 'zh'
          ? `${count(claimed, field, l)}：没有公布的数字；登记册记录${registry[field]}`
          : `${count(claimed, field, l)}: no published figure; the registry holds ${registry[field]}`,
      ),
    );
  }
  const gap = noteIn((l) =>
    l === 'zh'
      ? `截至${dateIn(day, l)}，登记册记录${nameIn(home.names, l)}在${stats.countries}个国家的${stats.places}个伙伴城市。`
      : `The registry records ${stats.places} of ${nameIn(home.names, l)}'s partner places in ${stats.countries} countries as of ${dateIn(day, l)}.`,
  );
  const evidence: Evidence[] = [];
  for (const f of used)
    evidence.push(
      await evidenceOf(
        c,
        'figure',
        f.id,
        noteIn((l) => (l === 'zh' ? `${dateIn(f.asOf, l)}公布的数字` : `Published figure of ${dateIn(f.asOf, l)}`)),
        f.quote ? { zh: f.quote, en: f.quote } : null,
      ),
    );
  const joined = joinNotes(notes);
  return { verdict: combine(verdicts), note: { zh: `${joined.zh}。${gap.zh}`, en: `${joined.en}. ${gap.en}` }, evidence };
};
