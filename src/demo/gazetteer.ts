import type { AliasInput } from '../domain/common.ts';

/**
 * Standard names and coordinates of the demo's places. The partner table gives
 * English names and some Chinese ones; the other Chinese, Russian and local names
 * are the usual exonyms, chosen as the office's standard names. Coordinates are
 * city centres to about 0.01°.
 */
export interface GazetteerEntry {
  names: Record<string, string>;
  lat: number;
  lng: number;
  aliases?: AliasInput[];
}

/** Partner places, keyed by `partner_name_en` in partners.csv (or the name events.csv uses). */
export const PARTNER_PLACES: Record<string, GazetteerEntry> = {
  Houston: { names: { en: 'Houston', zh: '休斯敦', ru: 'Хьюстон' }, lat: 29.76, lng: -95.37 },
  Brescia: { names: { en: 'Brescia', zh: '布雷西亚', ru: 'Брешиа', it: 'Brescia' }, lat: 45.54, lng: 10.22 },
  Brisbane: { names: { en: 'Brisbane', zh: '布里斯班', ru: 'Брисбен' }, lat: -27.47, lng: 153.03 },
  Poznań: { names: { en: 'Poznań', zh: '波兹南', ru: 'Познань', pl: 'Poznań' }, lat: 52.41, lng: 16.93 },
  'Vienne (département)': {
    names: { en: 'Vienne', zh: '维埃纳省', ru: 'Вьенна', fr: 'Vienne' },
    lat: 46.58,
    lng: 0.34,
    aliases: [
      { name: 'Vienne (département)', lang: 'en', origin: 'source' },
      { name: 'Département de la Vienne', lang: 'fr' },
    ],
  },
  Lomé: { names: { en: 'Lomé', zh: '洛美', ru: 'Ломе', fr: 'Lomé' }, lat: 6.13, lng: 1.22 },
  'Nuremberg Region': {
    names: { en: 'Nuremberg', zh: '纽伦堡', ru: 'Нюрнберг', de: 'Nürnberg' },
    lat: 49.45,
    lng: 11.08,
    aliases: [
      { name: 'Nuremberg Region', lang: 'en', origin: 'source' },
      { name: 'Europäische Metropolregion Nürnberg', lang: 'de' },
    ],
  },
  Tsukuba: { names: { en: 'Tsukuba', zh: '筑波', ru: 'Цукуба', ja: 'つくば市' }, lat: 36.08, lng: 140.08 },
  Luxor: { names: { en: 'Luxor', zh: '卢克索', ru: 'Луксор', ar: 'الأقصر' }, lat: 25.69, lng: 32.64 },
  Plovdiv: { names: { en: 'Plovdiv', zh: '普罗夫迪夫', ru: 'Пловдив', bg: 'Пловдив' }, lat: 42.14, lng: 24.75 },
  Edinburgh: { names: { en: 'Edinburgh', zh: '爱丁堡', ru: 'Эдинбург' }, lat: 55.95, lng: -3.19 },
  Barcelona: {
    names: { en: 'Barcelona', zh: '巴塞罗那', ru: 'Барселона', ca: 'Barcelona' },
    lat: 41.39,
    lng: 2.17,
    aliases: [{ name: 'Barcelone', lang: 'fr' }],
  },
  Montreal: {
    names: { en: 'Montreal', zh: '蒙特利尔', ru: 'Монреаль', fr: 'Montréal' },
    lat: 45.5,
    lng: -73.57,
    aliases: [{ name: '蒙特利爾', lang: 'zh-Hant', origin: 'source', note: 'traditional characters in the 2015 article' }],
  },
  Christchurch: { names: { en: 'Christchurch', zh: '克赖斯特彻奇', ru: 'Крайстчерч' }, lat: -43.53, lng: 172.64 },
  Charlotte: { names: { en: 'Charlotte', zh: '夏洛特', ru: 'Шарлотт' }, lat: 35.23, lng: -80.84 },
  'Yvelines (département)': {
    names: { en: 'Yvelines', zh: '伊夫林省', ru: 'Ивелин', fr: 'Yvelines' },
    lat: 48.8,
    lng: 1.85,
    aliases: [{ name: 'Yvelines (département)', lang: 'en', origin: 'source' }],
  },
  'Abu Dhabi': { names: { en: 'Abu Dhabi', zh: '阿布扎比', ru: 'Абу-Даби', ar: 'أبوظبي' }, lat: 24.45, lng: 54.38 },
  Moscow: { names: { en: 'Moscow', zh: '莫斯科', ru: 'Москва' }, lat: 55.76, lng: 37.62 },
  Vienna: { names: { en: 'Vienna', zh: '维也纳', ru: 'Вена', de: 'Wien' }, lat: 48.21, lng: 16.37 },
  'San Francisco': { names: { en: 'San Francisco', zh: '旧金山', ru: 'Сан-Франциско' }, lat: 37.77, lng: -122.42 },
  Kigali: { names: { en: 'Kigali', zh: '基加利', ru: 'Кигали' }, lat: -1.95, lng: 30.06 },
  Mindelo: { names: { en: 'Mindelo', zh: '明德卢', ru: 'Минделу', pt: 'Mindelo' }, lat: 16.89, lng: -24.98 },
  'Cape Town': { names: { en: 'Cape Town', zh: '开普敦', ru: 'Кейптаун' }, lat: -33.92, lng: 18.42 },
  Accra: { names: { en: 'Accra', zh: '阿克拉', ru: 'Аккра' }, lat: 5.6, lng: -0.19 },
  'Port Louis': { names: { en: 'Port Louis', zh: '路易港', ru: 'Порт-Луи' }, lat: -20.16, lng: 57.5 },
  'Frankfurt am Main': {
    names: { en: 'Frankfurt am Main', zh: '法兰克福', ru: 'Франкфурт-на-Майне', de: 'Frankfurt am Main' },
    lat: 50.11,
    lng: 8.68,
    aliases: [{ name: 'Frankfurt', lang: 'en', origin: 'source' }],
  },
  Berlin: { names: { en: 'Berlin', zh: '柏林', ru: 'Берлин', de: 'Berlin' }, lat: 52.52, lng: 13.4 },
  Hanover: { names: { en: 'Hanover', zh: '汉诺威', ru: 'Ганновер', de: 'Hannover' }, lat: 52.37, lng: 9.74 },
  'Issy-les-Moulineaux': {
    names: { en: 'Issy-les-Moulineaux', zh: '伊西莱穆利诺', ru: 'Исси-ле-Мулино', fr: 'Issy-les-Moulineaux' },
    lat: 48.82,
    lng: 2.27,
  },
  Busan: { names: { en: 'Busan', zh: '釜山', ru: 'Пусан', ko: '부산' }, lat: 35.18, lng: 129.08 },
  Turin: { names: { en: 'Turin', zh: '都灵', ru: 'Турин', it: 'Torino' }, lat: 45.07, lng: 7.69 },
  Kazan: { names: { en: 'Kazan', zh: '喀山', ru: 'Казань' }, lat: 55.79, lng: 49.12 },
  Samara: { names: { en: 'Samara', zh: '萨马拉', ru: 'Самара' }, lat: 53.2, lng: 50.15 },
  Ankara: { names: { en: 'Ankara', zh: '安卡拉', ru: 'Анкара', tr: 'Ankara' }, lat: 39.93, lng: 32.86 },
  Athens: { names: { en: 'Athens', zh: '雅典', ru: 'Афины', el: 'Αθήνα' }, lat: 37.98, lng: 23.73 },
  Suva: { names: { en: 'Suva', zh: '苏瓦', ru: 'Сува' }, lat: -18.14, lng: 178.44 },
  Bishkek: { names: { en: 'Bishkek', zh: '比什凯克', ru: 'Бишкек', ky: 'Бишкек' }, lat: 42.87, lng: 74.59 },
  Cork: { names: { en: 'Cork', zh: '科克', ru: 'Корк', ga: 'Corcaigh' }, lat: 51.9, lng: -8.47 },
  'Buenos Aires': { names: { en: 'Buenos Aires', zh: '布宜诺斯艾利斯', ru: 'Буэнос-Айрес', es: 'Buenos Aires' }, lat: -34.6, lng: -58.38 },
  Helsinki: { names: { en: 'Helsinki', zh: '赫尔辛基', ru: 'Хельсинки', fi: 'Helsinki' }, lat: 60.17, lng: 24.94 },
  Milan: { names: { en: 'Milan', zh: '米兰', ru: 'Милан', it: 'Milano' }, lat: 45.46, lng: 9.19 },
  'Walloon Brabant': {
    names: { en: 'Walloon Brabant', zh: '布拉班特-瓦隆省', ru: 'Валлонский Брабант', fr: 'Brabant wallon' },
    lat: 50.67,
    lng: 4.58,
  },
  Atlanta: { names: { en: 'Atlanta', zh: '亚特兰大', ru: 'Атланта' }, lat: 33.75, lng: -84.39 },
};

/** Places the demo needs beyond the partner table: the mechanism's cities and a prospective partner. */
export const OTHER_PLACES: Record<string, GazetteerEntry & { country: string; kind: 'city' | 'province' }> = {
  Guangdong: { names: { en: 'Guangdong', zh: '广东省', ru: 'Гуандун' }, lat: 23.13, lng: 113.27, country: 'CN', kind: 'province' },
  Harbin: { names: { en: 'Harbin', zh: '哈尔滨', ru: 'Харбин' }, lat: 45.8, lng: 126.53, country: 'CN', kind: 'city' },
  'Saint Petersburg': {
    names: { en: 'Saint Petersburg', zh: '圣彼得堡', ru: 'Санкт-Петербург' },
    lat: 59.94,
    lng: 30.31,
    country: 'RU',
    kind: 'city',
    aliases: [{ name: 'St. Petersburg', lang: 'en', origin: 'source' }],
  },
  Yekaterinburg: {
    names: { en: 'Yekaterinburg', zh: '叶卡捷琳堡', ru: 'Екатеринбург' },
    lat: 56.84,
    lng: 60.6,
    country: 'RU',
    kind: 'city',
  },
  'San Jose': { names: { en: 'San Jose', zh: '圣何塞', ru: 'Сан-Хосе' }, lat: 37.34, lng: -121.89, country: 'US', kind: 'city' },
};

export const SHENZHEN: GazetteerEntry = {
  names: { zh: '深圳', en: 'Shenzhen', ru: 'Шэньчжэнь' },
  lat: 22.54,
  lng: 114.06,
  aliases: [{ name: '深圳市', lang: 'zh', origin: 'source' }],
};

/** Shenzhen's districts and new area. */
export const DISTRICTS: Record<string, GazetteerEntry> = {
  Futian: { names: { en: 'Futian', zh: '福田区' }, lat: 22.52, lng: 114.05 },
  Luohu: { names: { en: 'Luohu', zh: '罗湖区' }, lat: 22.55, lng: 114.13 },
  Nanshan: { names: { en: 'Nanshan', zh: '南山区' }, lat: 22.53, lng: 113.93 },
  Yantian: { names: { en: 'Yantian', zh: '盐田区' }, lat: 22.56, lng: 114.24 },
  "Bao'an": { names: { en: "Bao'an", zh: '宝安区' }, lat: 22.55, lng: 113.88 },
  Longgang: { names: { en: 'Longgang', zh: '龙岗区' }, lat: 22.72, lng: 114.25 },
  Longhua: { names: { en: 'Longhua', zh: '龙华区' }, lat: 22.69, lng: 114.04 },
  Pingshan: { names: { en: 'Pingshan', zh: '坪山区' }, lat: 22.69, lng: 114.35 },
  Guangming: { names: { en: 'Guangming', zh: '光明区' }, lat: 22.75, lng: 113.94 },
  Dapeng: { names: { en: 'Dapeng New Area', zh: '大鹏新区' }, lat: 22.59, lng: 114.48 },
};
