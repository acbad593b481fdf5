import type { Command } from 'commander';
import { pickName } from '../../domain/common.ts';
import { CONTINENT_LABELS, type Continent } from '../../domain/countries.ts';
import { PARTNERSHIP_TYPE_WORDS } from '../../domain/labels.ts';
import { formatPreciseDate } from '../../domain/precise-date.ts';
import { SentenceLangSchema } from '../../domain/sentence.ts';
import { PARTNERSHIP_TYPES, type PartnershipType } from '../../records/partnership/partnership.schema.ts';
import {
  publishedLine,
  statsFigures,
  statsPartners,
  StatsPartnersRequestSchema,
  StatsRequestSchema,
  type StatsFigures,
  type StatsPartners,
} from '../../services/stats.service.ts';
import { homeOption, jsonOption, langOption, parseOptions } from '../options.ts';
import { withRegistry } from '../run.ts';

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

export function registerStats(program: Command): void {
  const stats = program
    .command('stats')
    .description('partner places and countries of a home place as of a date, with the press sentence and the latest published figure');
  homeOption(stats, { required: true });
  stats.option('--as-of <date>', 'the day to count as of (YYYY-MM-DD); today by default');
  langOption(stats);
  stats.option('--include-districts', "count the ties of the home place's districts too", false);
  jsonOption(stats, 'print the figures as JSON').action(
    async (options: { home: string; asOf?: string; lang: string; includeDistricts: boolean; json: boolean }, command: Command) => {
      const request = parseOptions(StatsRequestSchema, { home: options.home, asOf: options.asOf, lang: options.lang });
      const result = await withRegistry(command.optsWithGlobals(), (ctx) =>
        statsFigures(ctx, { ...request, includeDistricts: options.includeDistricts }),
      );
      process.stdout.write(options.json ? `${JSON.stringify(result, null, 2)}\n` : `${formatStats(result, request.lang)}\n`);
    },
  );
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

export function registerStatsPartners(program: Command): void {
  const command = program.command('stats-partners').description('the partner places a home place counts as of a date, by name, one a line');
  homeOption(command, { required: true });
  command.option('--as-of <date>', 'the day to count as of (YYYY-MM-DD); today by default');
  command.option('--offset <n>', 'skip this many partners', '0');
  command.option('--limit <n>', 'at most this many partners; all by default');
  langOption(command);
  command.option('--include-districts', "count the ties of the home place's districts too", false);
  jsonOption(command, 'print the page as JSON').action(
    async (
      options: { home: string; asOf?: string; offset: string; limit?: string; lang: string; includeDistricts: boolean; json: boolean },
      command: Command,
    ) => {
      const { lang, ...request } = parseOptions(StatsPartnersRequestSchema.extend({ lang: SentenceLangSchema.default('en') }), {
        home: options.home,
        asOf: options.asOf,
        offset: options.offset,
        limit: options.limit,
        lang: options.lang,
      });
      const result = await withRegistry(command.optsWithGlobals(), (ctx) =>
        statsPartners(ctx, { ...request, includeDistricts: options.includeDistricts }),
      );
      process.stdout.write(options.json ? `${JSON.stringify(result, null, 2)}\n` : `${formatPartners(result, lang)}\n`);
    },
  );
}
