import { z } from 'zod';
import type { Names } from './common.ts';
import { pickName } from './common.ts';
import { PARTNERSHIP_TYPE_WORDS, type TypeWords } from './labels.ts';
import { formatPreciseDate, type PreciseDate } from './precise-date.ts';
import type { NetworkFigures } from './stats.ts';

/** The languages Amity writes its sentences, reports and printed words in. */
export const SentenceLangSchema = z.enum(['zh', 'en']);
export type SentenceLang = 'zh' | 'en';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const SISTER = PARTNERSHIP_TYPE_WORDS.sister_city;
const EXCHANGE = PARTNERSHIP_TYPE_WORDS.friendly_exchange_city;
/** '24 sister cities', '1 friendly exchange city'. */
const ranks = (n: number, words: TypeWords) => plural(n, words.en, words.enPlural);

/** The sentence press releases use, from the registry's own figures. */
export function networkSentence(home: Names, f: NetworkFigures, lang: SentenceLang, includeDistricts: boolean): string {
  const s = f.byType.sister_city;
  const e = f.byType.friendly_exchange_city;
  const other = f.places - f.ranked.places;
  if (lang === 'zh') {
    const name = pickName(home, 'zh');
    const scope = includeDistricts ? '（含所辖各区）' : '';
    let text = `${name}${scope}已与全球${f.ranked.countries}个国家的${f.ranked.places}个城市建立了${SISTER.zh}或${EXCHANGE.zh}关系，其中${SISTER.zh}${s}个、${EXCHANGE.zh}${e}个。`;
    if (other > 0) text += `另有${other}个伙伴城市的关系类型尚无来源说明。`;
    return text;
  }
  const name = pickName(home, 'en');
  const scope = includeDistricts ? ' (with its districts)' : '';
  let text =
    `${name}${scope} has established sister or friendship city ties with ${plural(f.ranked.places, 'city', 'cities')} in ` +
    `${plural(f.ranked.countries, 'country', 'countries')}: ${ranks(s, SISTER)} and ${ranks(e, EXCHANGE)}.`;
  if (other > 0) text += ` No source states the rank of ${plural(other, 'further partner', 'further partners')}.`;
  return text;
}

export interface PublishedComparison {
  asOf: PreciseDate;
  places: number | null;
  placesQualifier: 'exact' | 'more_than';
  countries: number | null;
  sisterCities: number | null;
  friendlyExchangeCities: number | null;
  difference: { places: number | null; countries: number | null; sisterCities: number | null; friendlyExchangeCities: number | null };
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** One line that sets the latest published figure beside the registry's count. */
export function comparisonSentence(p: PublishedComparison, lang: SentenceLang): string {
  const d = p.difference;
  if (lang === 'zh') {
    const parts = [
      p.places !== null ? `${p.places}${p.placesQualifier === 'more_than' ? '余' : ''}个城市` : null,
      p.countries !== null ? `${p.countries}个国家` : null,
      p.sisterCities !== null ? `${SISTER.zh}${p.sisterCities}个` : null,
      p.friendlyExchangeCities !== null ? `${EXCHANGE.zh}${p.friendlyExchangeCities}个` : null,
    ].filter(Boolean);
    const gaps = [
      d.places !== null ? `城市${signed(d.places)}` : null,
      d.countries !== null ? `国家${signed(d.countries)}` : null,
      d.sisterCities !== null ? `${SISTER.zh}${signed(d.sisterCities)}` : null,
      d.friendlyExchangeCities !== null ? `${EXCHANGE.zh}${signed(d.friendlyExchangeCities)}` : null,
    ].filter(Boolean);
    return `截至${formatPreciseDate(p.asOf, 'zh')}公布的数字：${parts.join('、')}；登记册与之相差：${gaps.join('、')}。`;
  }
  const parts = [
    p.places !== null ? `${p.placesQualifier === 'more_than' ? 'over ' : ''}${plural(p.places, 'city', 'cities')}` : null,
    p.countries !== null ? plural(p.countries, 'country', 'countries') : null,
    p.sisterCities !== null ? ranks(p.sisterCities, SISTER) : null,
    p.friendlyExchangeCities !== null ? ranks(p.friendlyExchangeCities, EXCHANGE) : null,
  ].filter(Boolean);
  const gaps = [
    d.places !== null ? `cities ${signed(d.places)}` : null,
    d.countries !== null ? `countries ${signed(d.countries)}` : null,
    d.sisterCities !== null ? `${SISTER.enPlural} ${signed(d.sisterCities)}` : null,
    d.friendlyExchangeCities !== null ? `${EXCHANGE.enPlural} ${signed(d.friendlyExchangeCities)}` : null,
  ].filter(Boolean);
  return `Published as of ${formatPreciseDate(p.asOf, 'en')}: ${parts.join(', ')}; the registry differs by ${gaps.join(', ')}.`;
}
