import { stringify } from 'csv-stringify/sync';
import { CSV_COLUMNS } from '../services/import-export/partnerships-csv.ts';
import type { SourceInput } from '../records/source/source.schema.ts';

type Row = Record<string, string>;

/**
 * The ten partners of `data/partners-2025.csv` in the columns of the office's partnerships
 * import, which the demo loads them through. A tie is counted from its founding date, so the
 * status is active; the quote of each row is cited after the import, on the founding date.
 */
export function importCsvOf(rows: readonly Row[]): string {
  const records = rows.map((row) => ({
    home: row.shenzhen_side === 'Futian' ? 'Futian' : 'Shenzhen',
    home_country: 'CN',
    partner: row.partner_name_en,
    partner_country: row.country_iso2,
    partner_kind: row.partner_kind,
    relation_type: row.relation_type,
    established: row.established,
    ended: '',
    status: 'active',
    cooperation_areas: row.cooperation_areas,
    source_url: row.source_url,
  }));
  return stringify(records, { header: true, columns: [...CSV_COLUMNS] });
}

/** City-centre coordinates (the canton's: Bern), the usual positions, for the map. */
export const COORDINATES_2025: Record<string, { lat: number; lng: number }> = {
  Haifa: { lat: 32.794, lng: 34.99 },
  Almere: { lat: 52.371, lng: 5.222 },
  Vilnius: { lat: 54.687, lng: 25.28 },
  Gwangyang: { lat: 34.941, lng: 127.696 },
  Porto: { lat: 41.15, lng: -8.611 },
  'Canton of Bern': { lat: 46.948, lng: 7.447 },
  'Mexico City': { lat: 19.433, lng: -99.133 },
  Bangkok: { lat: 13.756, lng: 100.502 },
  'Hai Phong': { lat: 20.845, lng: 106.688 },
  Oakville: { lat: 43.467, lng: -79.687 },
};

/** What is known of the page each row of partners-2025.csv cites, by partner: the import finds them by address. */
export const ROW_SOURCES_2025: Record<string, Omit<SourceInput, 'url'>> = {
  Haifa: {
    kind: 'article',
    title: 'Shenzhen Foreign Affairs Office: Haifa and Shenzhen, partners since 2012',
    publisher: 'Shenzhen Foreign Affairs Office',
    languages: ['zh'],
  },
  Almere: {
    kind: 'web_page',
    title: 'Shenzhen government, sister cities: Almere (copy)',
    publisher: 'Shenzhen Municipal People’s Government',
    languages: ['en'],
    note: 'A copy of the sz.gov.cn English sister-city page.',
  },
  Vilnius: {
    kind: 'web_page',
    title: 'Shenzhen government, friendship cities: Vilnius',
    publisher: 'Shenzhen Municipal People’s Government',
    languages: ['en'],
  },
  Gwangyang: { kind: 'article', title: 'Korean press on Gwangyang’s sister city Shenzhen', publisher: 'newspic.kr', languages: ['ko'] },
  Porto: {
    kind: 'article',
    title: 'Porto: the Vice-President of China visits the Jardins do Palácio',
    publisher: 'Câmara Municipal do Porto',
    languages: ['en'],
  },
  'Canton of Bern': {
    kind: 'article',
    title: 'Bern allies itself with Shenzhen (inside-it.ch, 16 February 2015)',
    publisher: 'inside-it.ch',
    published: '2015-02-16',
    languages: ['de'],
  },
  'Mexico City': {
    kind: 'article',
    title: 'Mexico City’s head of government signs a memorandum of understanding with the mayor of Shenzhen',
    publisher: 'Azul Cristal FM',
    published: '2015-06-30',
    languages: ['es'],
  },
  Bangkok: {
    kind: 'article',
    title: 'Shenzhen Foreign Affairs Office: Bangkok, ten years of the tie in 2025',
    publisher: 'Shenzhen Foreign Affairs Office',
    languages: ['zh'],
  },
  'Hai Phong': {
    kind: 'article',
    title: 'Shenzhen Foreign Affairs Office: Hai Phong and Shenzhen’s exchange plans',
    publisher: 'Shenzhen Foreign Affairs Office',
    languages: ['zh'],
  },
  Oakville: {
    kind: 'article',
    title: 'Futian District signs a friendly exchange memorandum with Oakville',
    publisher: 'Futian District People’s Government',
    published: '2017-08',
    languages: ['en'],
  },
};

/**
 * Sources the research notes name for the conflicts they list, but whose address they did not
 * keep: recorded by publisher and what they say, so the disagreement can be shown and weighed.
 */
export const NOTED_SOURCES: Record<string, SourceInput> = {
  macaonews: {
    kind: 'article',
    title: 'Macau News on Porto’s tie with Shenzhen',
    publisher: 'Macau News',
    note: 'Named in the research notes on partners-2025.csv (Porto: "macaonews says October 2018"); its address was not kept.',
  },
  hojeMacau: {
    kind: 'article',
    title: 'Hoje Macau on Porto and Shenzhen, “irmãs desde 2014”',
    publisher: 'Hoje Macau',
    languages: ['pt'],
    note: 'Named in the research notes on partners-2025.csv (Porto: "irmãs desde 2014"); its address was not kept.',
  },
  neuePresse: {
    kind: 'article',
    title: 'Neue Presse on Hanover’s letter of intent with Shenzhen, October 2015',
    publisher: 'Neue Presse (Hannover)',
    languages: ['de'],
    note: 'Named in the research notes: the letter of intent signed on Tuesday 27 October 2015; its address was not kept.',
  },
  haz: {
    kind: 'article',
    title: 'Hannoversche Allgemeine Zeitung on Hanover’s letter of intent with Shenzhen, October 2015',
    publisher: 'Hannoversche Allgemeine Zeitung',
    languages: ['de'],
    note: 'Named in the research notes: the letter of intent signed on Wednesday 28 October 2015; its address was not kept.',
  },
  szGovFrench: {
    kind: 'web_page',
    title: 'sz.gov.cn, French page on Shenzhen’s partner cities: Berlin',
    publisher: 'Shenzhen Municipal People’s Government',
    languages: ['fr'],
    note: 'Named in the research notes: a memorandum with Berlin on 16 May 2008; its address was not kept.',
  },
  partnerReport: {
    kind: 'article',
    title: 'A report calling the Canton of Bern Shenzhen’s “Friendship City”',
    note: 'Named in the research notes on partners-2025.csv (Canton of Bern); its publisher and address were not kept.',
  },
};

/** A value a source gives for a fact of a tie, against the registry's or another source's. */
export interface TieClaim {
  partner: string;
  field: 'established' | 'type';
  value: string;
  /** A key of NOTED_SOURCES, or the URL of a row of partners-2025.csv. */
  source: string;
  quote: string | null;
  note: string;
}

/** The new conflicts of the research notes, as claims the facts panel sets side by side. */
export const CLAIMS_2025: TieClaim[] = [
  { partner: 'Porto', field: 'established', value: '2018-10', source: 'macaonews', quote: null, note: 'October 2018' },
  { partner: 'Porto', field: 'established', value: '2014', source: 'hojeMacau', quote: 'irmãs desde 2014', note: 'sisters since 2014' },
  {
    partner: 'Hanover',
    field: 'established',
    value: '2015-10-27',
    source: 'neuePresse',
    quote: null,
    note: 'a letter of intent, Tuesday 27 October 2015',
  },
  {
    partner: 'Hanover',
    field: 'established',
    value: '2015-10-28',
    source: 'haz',
    quote: null,
    note: 'a letter of intent, Wednesday 28 October 2015: a day after the Neue Presse’s',
  },
  { partner: 'Berlin', field: 'established', value: '2008-05-16', source: 'szGovFrench', quote: null, note: 'a memorandum' },
  {
    partner: 'Canton of Bern',
    field: 'type',
    value: 'sister_city',
    source: 'https://www.inside-it.ch/post/bern-verbuendet-sich-mit-shenzhen-20150216',
    quote: 'seit vergangenem Freitag Schwesterregionen',
    note: 'the partner’s own term (Schwesterregionen); Shenzhen’s rank for the tie is not stated',
  },
  {
    partner: 'Canton of Bern',
    field: 'type',
    value: 'friendly_exchange_city',
    source: 'partnerReport',
    quote: 'Friendship City',
    note: 'read as a friendship (friendly exchange) city, as the notes read Shenzhen’s friendship list',
  },
];
