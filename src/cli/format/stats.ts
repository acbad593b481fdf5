import { pickName } from '../../domain/common.ts';
import { CONTINENT_LABELS, type Continent } from '../../domain/countries.ts';
import { PARTNERSHIP_TYPE_WORDS } from '../../domain/labels.ts';
import { formatPreciseDate } from '../../domain/precise-date.ts';
import { PARTNERSHIP_TYPES, type PartnershipType } from '../../records/partnership/partnership.schema.ts';
import { publishedLine, type StatsFigures, type StatsPartners } from '../../services/stats.service.ts';

/** A type as the count beside it reads: 友好城市 12, sister cities 12. */
const typeCount = (type: PartnershipType, lang: 'zh' | 'en') =>
  lang === 'zh' ? PARTNERSHIP_TYPE_WORDS[type].zh : PARTNERSHIP_TYPE_WORDS[type].enPlural;

const TEXT = {
  zh: {
    asOf: (d: string) => `截至${d}`,
    partners: (n: number, c: number) => `伙伴：${n}个，分布在${c}个国家`,
    continents: '按大洲',
    years: '按年份（累计）',
    undated: '日期不明、未计入',
    suspended: '已暂停、自暂停之日起不计入',
    districts: '含所辖各区',
    none: '没有公布的数字',
    via: '经',
  },
  en: {
    asOf: (d: string) => `as of ${d}`,
    partners: (n: number, c: number) => `Partner places: ${n} in ${c} countries`,
    continents: 'By continent',
    years: 'By year (cumulative)',
    undated: 'Not counted, date unknown',
    suspended: 'Suspended, not counted from the day of suspension',
    districts: 'with its districts',
    none: 'no published figure',
    via: 'through',
  },
} as const;

export function formatStats(r: StatsFigures, lang: 'zh' | 'en'): string {
  const t = TEXT[lang];
  const sep = lang === 'zh' ? '、' : ', ';
  const colon = lang === 'zh' ? '：' : ': ';
  const home = pickName(r.homeNames, lang);
  const lines = [
    `${home} — ${t.asOf(formatPreciseDate(r.asOf, lang))}${r.includeDistricts ? ` (${t.districts})` : ''}`,
    t.partners(r.places, r.countries),
    `  ${PARTNERSHIP_TYPES.map((type) => `${typeCount(type, lang)} ${r.byType[type]}`).join(' · ')}`,
    `${t.continents}${colon}${Object.entries(r.byContinent)
      .map(([c, n]) => `${CONTINENT_LABELS[c as Continent][lang]} ${n}`)
      .join(sep)}`,
    `${t.years}${colon}${r.byYear
      .filter((y, i, all) => i === 0 || y.total !== all[i - 1]!.total)
      .map((y) => `${y.year} ${y.total}`)
      .join(' · ')}`,
    '',
    r.sentence,
    publishedLine(r, lang) ?? t.none,
    ...r.notes[lang],
  ];
  if (r.undated.length) {
    lines.push('', `${t.undated} (${r.undated.length})${colon}${r.undated.map((u) => pickName(u.partner.names, lang)).join(sep)}`);
  }
  if (r.suspended.length) {
    lines.push(
      `${t.suspended} (${r.suspended.length})${colon}${r.suspended.map((u) => `${pickName(u.partner.names, lang)}${u.since ? ` (${formatPreciseDate(u.since, lang)})` : ''}`).join(sep)}`,
    );
  }
  return lines.join('\n');
}

/** One partner a line: its name, country, type of tie and founding date, and the district whose tie it is. */
export function formatPartners(r: StatsPartners, lang: 'zh' | 'en'): string {
  return r.items
    .map((p) =>
      [
        pickName(p.partner.names, lang),
        p.partner.country,
        PARTNERSHIP_TYPE_WORDS[p.type][lang === 'zh' ? 'zh' : 'en'],
        p.established ? formatPreciseDate(p.established, lang) : '—',
        ...(p.via ? [`${TEXT[lang].via} ${pickName(p.via.names, lang)}`] : []),
      ].join('\t'),
    )
    .join('\n');
}
