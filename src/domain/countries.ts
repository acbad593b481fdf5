// The package's own module, not its Node entry, which would load and register all its 80 locales.
import isoCountries from 'i18n-iso-countries/index.js';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import ru from 'i18n-iso-countries/langs/ru.json' with { type: 'json' };
import zh from 'i18n-iso-countries/langs/zh.json' with { type: 'json' };
import { countries as countryFacts } from 'countries-list';
import { z } from 'zod';
import { foldName } from './fold.ts';
import { coded } from './issue-codes.ts';
import { CONTINENTS, type Continent } from './continents.ts';

// Static JSON imports, so Node and the web app's bundler load the same three locales.
for (const locale of [en, zh, ru]) isoCountries.registerLocale(locale);

export type CountryCode = string;
export type UiLang = 'zh' | 'en' | 'ru';

export { CONTINENTS, type Continent };

export const CONTINENT_LABELS: Record<Continent, Record<UiLang, string>> = {
  AF: { zh: '非洲', en: 'Africa', ru: 'Африка' },
  AN: { zh: '南极洲', en: 'Antarctica', ru: 'Антарктида' },
  AS: { zh: '亚洲', en: 'Asia', ru: 'Азия' },
  EU: { zh: '欧洲', en: 'Europe', ru: 'Европа' },
  NA: { zh: '北美洲', en: 'North America', ru: 'Северная Америка' },
  OC: { zh: '大洋洲', en: 'Oceania', ru: 'Океания' },
  SA: { zh: '南美洲', en: 'South America', ru: 'Южная Америка' },
};

const CODES = new Set(Object.keys(isoCountries.getAlpha2Codes()));

export function isCountryCode(code: string): boolean {
  return CODES.has(code);
}

export const CountryCodeSchema = z
  .string()
  .refine((v) => CODES.has(v), coded('country_code', 'not an ISO 3166-1 alpha-2 country code (such as CN, RU, US)'));

/**
 * countries-list gives one continent per country; for Russia it gives Asia, where
 * the UN's M49 regions, and most partner statistics, put it in Europe.
 */
const CONTINENT_OVERRIDES: Record<string, Continent> = { RU: 'EU' };

export function continentOf(code: CountryCode): Continent | null {
  if (CONTINENT_OVERRIDES[code]) return CONTINENT_OVERRIDES[code];
  const facts = (countryFacts as Record<string, { continent: string } | undefined>)[code];
  return facts ? (facts.continent as Continent) : null;
}

const displayNames = new Map<string, Intl.DisplayNames>();

/** Where the office's usage differs from ICU's everyday name. */
const NAME_OVERRIDES: Partial<Record<UiLang, Record<string, string>>> = { zh: { TW: '中国台湾' } };

/** The country's everyday name (China, not People's Republic of China), from the platform's ICU data. */
export function countryName(code: CountryCode, lang: UiLang): string {
  const override = NAME_OVERRIDES[lang]?.[code];
  if (override) return override;
  let names = displayNames.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    displayNames.set(lang, names);
  }
  return names.of(code) ?? isoCountries.getName(code, lang) ?? code;
}

/** Names the ISO lists do not know: constituent countries, old or misspelt names, disputed places. */
const COUNTRY_ALIASES: Record<string, CountryCode> = {
  // Short names the ISO lists lack, as the Chinese press writes them.
  澳洲: 'AU',
  英格兰: 'GB',
  苏格兰: 'GB',
  威尔士: 'GB',
  南韩: 'KR',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  'united kingdom': 'GB',
  uk: 'GB',
  rok: 'KR',
  'republic of korea': 'KR',
  'great britain': 'GB',
  'georgia country': 'GE',
  'republic of ireland': 'IE',
  'northern cyprus': 'CY',
  moldova: 'MD',
  moldavia: 'MD',
  syria: 'SY',
  laos: 'LA',
  brunei: 'BN',
  surinam: 'SR',
  madagaskar: 'MG',
  grece: 'GR',
  kazakhstah: 'KZ',
  island: 'IS',
  'east timor': 'TL',
  micronesia: 'FM',
  'federated states of micronesia': 'FM',
  'west bank': 'PS',
  palestine: 'PS',
  'falkland islands': 'FK',
  'sao tome and principe': 'ST',
  'bosnia and hercegovina': 'BA',
  'aland islands': 'AX',
  reunion: 'RE',
  martinique: 'MQ',
  guadeloupe: 'GP',
  'french guiana': 'GF',
  mayotte: 'YT',
  kosovo: 'XK',
  'ivory coast': 'CI',
  'cape verde': 'CV',
  'american samoa': 'AS',
  'faroe islands': 'FO',
  'united states': 'US',
  usa: 'US',
  russia: 'RU',
  'south korea': 'KR',
  'north korea': 'KP',
  vietnam: 'VN',
  taiwan: 'TW',
  iran: 'IR',
  bolivia: 'BO',
  venezuela: 'VE',
  tanzania: 'TZ',
  'czech republic': 'CZ',
  turkey: 'TR',
  'democratic republic of the congo': 'CD',
  congo: 'CG',
  'vatican city': 'VA',
  swaziland: 'SZ',
  burma: 'MM',
  ussr: 'RU',
  'soviet union': 'RU',
  yugoslavia: 'RS',
  'east germany': 'DE',
  'west germany': 'DE',
  czechoslovakia: 'CZ',
};

let byName: Map<string, CountryCode> | null = null;

/** Every ISO name (official and alias) in English, Chinese and Russian, folded. */
function nameIndex(): Map<string, CountryCode> {
  if (byName) return byName;
  byName = new Map();
  for (const lang of ['en', 'zh', 'ru']) {
    for (const [code, names] of Object.entries(isoCountries.getNames(lang, { select: 'all' }))) {
      for (const name of names) {
        const key = foldName(name);
        if (key && !byName.has(key)) byName.set(key, code);
      }
    }
  }
  return byName;
}

/**
 * An ISO code from a code or a country name in English, Chinese or Russian, in any case and with
 * or without diacritics ('Côte d'Ivoire', 'cote d ivoire'), or a name the ISO lists lack
 * ('Scotland', 'Ivory Coast', 'USSR'); null when unknown.
 */
export function countryCodeFrom(text: string): CountryCode | null {
  const trimmed = text.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed) && CODES.has(trimmed.toUpperCase())) return trimmed.toUpperCase();
  const folded = foldName(trimmed);
  if (!folded) return null;
  const code = COUNTRY_ALIASES[folded] ?? nameIndex().get(folded) ?? nameIndex().get(folded.replace(/ /g, ''));
  return code && CODES.has(code) ? code : null;
}

/** The English adjectives of the countries a press text most often names an official by: 'the Serbian Embassy'. */
const DEMONYMS: Record<string, CountryCode> = {
  american: 'US',
  australian: 'AU',
  austrian: 'AT',
  belgian: 'BE',
  brazilian: 'BR',
  british: 'GB',
  bulgarian: 'BG',
  canadian: 'CA',
  chinese: 'CN',
  croatian: 'HR',
  czech: 'CZ',
  danish: 'DK',
  dutch: 'NL',
  egyptian: 'EG',
  finnish: 'FI',
  french: 'FR',
  german: 'DE',
  greek: 'GR',
  hungarian: 'HU',
  indian: 'IN',
  indonesian: 'ID',
  irish: 'IE',
  israeli: 'IL',
  italian: 'IT',
  japanese: 'JP',
  korean: 'KR',
  malaysian: 'MY',
  mexican: 'MX',
  norwegian: 'NO',
  pakistani: 'PK',
  polish: 'PL',
  portuguese: 'PT',
  russian: 'RU',
  serbian: 'RS',
  singaporean: 'SG',
  spanish: 'ES',
  swedish: 'SE',
  swiss: 'CH',
  thai: 'TH',
  turkish: 'TR',
  vietnamese: 'VN',
};

/**
 * The country a short text names, by its name in English, Chinese or Russian or its English
 * adjective: '塞尔维亚驻华大使馆公使衔参赞叶琳娜' and 'Minister Counselor of Serbian Embassy' are RS;
 * null when it names none or several.
 */
export function countryNamedIn(text: string): CountryCode | null {
  const found = countriesNamedIn(text);
  return found.size === 1 ? [...found][0]! : null;
}

/** Every country a text names, by name or English adjective ('220 Japanese cities and 73 ROK cities': JP and KR). */
export function countriesNamedIn(written: string): Set<CountryCode> {
  const text = written.replace(/\bU\.S\.(?:A\.)?/g, 'United States');
  const found = new Set<CountryCode>();
  if (/\p{Script=Han}/u.test(text)) {
    for (let i = 0; i < text.length; i++) {
      for (let n = 7; n >= 2; n--) {
        const code = i + n <= text.length ? countryCodeFrom(text.slice(i, i + n)) : null;
        if (code) {
          found.add(code);
          i += n - 1;
          break;
        }
      }
    }
  } else {
    const words = text.match(/\p{Lu}[\p{L}'’-]*/gu) ?? [];
    for (let i = 0; i < words.length; i++) {
      const demonym = DEMONYMS[words[i]!.toLowerCase()];
      if (demonym) found.add(demonym);
      for (let n = 3; n >= 1; n--) {
        const code = i + n <= words.length ? countryCodeFrom(words.slice(i, i + n).join(' ')) : null;
        if (code) {
          found.add(code);
          break;
        }
      }
    }
  }
  return found;
}

/** A country's formal name without its form of state: 'the State of Israel', "People's Republic of China". */
export const FORM_OF_STATE =
  /^(?:the\s+)?(?:(?:People['’]s|Federal|Islamic|Democratic|Socialist|United)\s+)*(?:State|Republic|Kingdom|Commonwealth|Federation|Principality|Grand Duchy)\s+of\s+(?:the\s+)?/i;

/** The country a name gives with its form of state ('the Commonwealth of Dominica'), which no city's name has; else null. */
export function formalCountry(name: string): CountryCode | null {
  return FORM_OF_STATE.test(name) ? countryCodeFrom(name.replace(FORM_OF_STATE, '')) : null;
}

export function allCountryCodes(): CountryCode[] {
  return [...CODES].sort();
}
