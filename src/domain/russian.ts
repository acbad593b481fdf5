/**
 * Russian (and the common Ukrainian and Belarusian letters) in Latin letters, by the
 * systems that releases, maps and passports use. `Черёмин` is Cherëmin (BGN/PCGN),
 * Cheryomin and Cheremin (everyday), Čerëmin (ISO 9), Cheremin (passport).
 * The marks for ь and ъ are left out: names are matched on their letters.
 */
export const RUSSIAN_SYSTEMS = ['bgn-pcgn', 'everyday-yo', 'iso9', 'gost-b', 'passport'] as const;
export type RussianSystem = (typeof RUSSIAN_SYSTEMS)[number];

type Table = Record<string, string>;

const COMMON: Table = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  з: 'z',
  и: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  ъ: '',
  ь: '',
  і: 'i',
  ґ: 'g',
  ў: 'u',
};

/** BGN/PCGN 1947; ё is ë, and е and ё take a y at the start of a word and after a vowel or a sign. */
const BGN: Table = {
  ...COMMON,
  е: 'e',
  ё: 'ë',
  ж: 'zh',
  й: 'y',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ы: 'y',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ї: 'yi',
  є: 'ye',
};

/** ISO 9:1995, the same as GOST 7.79 system A: one Latin letter, with diacritics, for each Cyrillic one. */
const ISO9: Table = {
  ...COMMON,
  е: 'e',
  ё: 'ë',
  ж: 'ž',
  й: 'j',
  х: 'h',
  ц: 'c',
  ч: 'č',
  ш: 'š',
  щ: 'ŝ',
  ы: 'y',
  э: 'è',
  ю: 'û',
  я: 'â',
  і: 'ì',
  ї: 'ï',
  є: 'ê',
  ў: 'ǔ',
};

/** GOST 7.79 system B: the same in plain Latin letters. */
const GOST_B: Table = {
  ...COMMON,
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  й: 'j',
  х: 'x',
  ц: 'cz',
  ч: 'ch',
  ш: 'sh',
  щ: 'shh',
  ы: 'y',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ї: 'yi',
  є: 'ye',
};

/** Russian passports since 2013 (ICAO Doc 9303). */
const PASSPORT: Table = {
  ...COMMON,
  е: 'e',
  ё: 'e',
  ж: 'zh',
  й: 'i',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: 'ie',
  ы: 'y',
  э: 'e',
  ю: 'iu',
  я: 'ia',
  ї: 'i',
  є: 'ie',
};

const VOWELS_AND_SIGNS = new Set('аеёиоуыэюяйъьієї');

function letterFor(system: RussianSystem, ch: string, prev: string, next: string): string | undefined {
  const wordStart = prev === '' || !/\p{L}/u.test(prev);
  const yStart = wordStart || VOWELS_AND_SIGNS.has(prev);
  switch (system) {
    case 'bgn-pcgn':
      if (ch === 'е' || ch === 'ё') return (yStart ? 'y' : '') + BGN[ch];
      return BGN[ch];
    case 'everyday-yo':
      if (ch === 'е') return yStart ? 'ye' : 'e';
      if (ch === 'ё') return 'yo';
      return BGN[ch];
    case 'iso9':
      return ISO9[ch];
    case 'gost-b':
      if (ch === 'ц') return /^[иеыйіє]/u.test(next) ? 'c' : 'cz';
      return GOST_B[ch];
    case 'passport':
      return PASSPORT[ch];
  }
}

/** Keeps the case of the source letter: `Щ` → `Shch`, and in a word written in capitals `SHCH`. */
function withCase(latin: string, source: string, next: string): string {
  if (source === source.toLowerCase() || latin === '') return latin;
  if (next && next !== next.toLowerCase()) return latin.toUpperCase();
  return latin[0]!.toUpperCase() + latin.slice(1);
}

export function romaniseRussian(text: string, system: RussianSystem): string {
  const chars = [...text.normalize('NFC')];
  let out = '';
  chars.forEach((source, i) => {
    const ch = source.toLowerCase();
    const latin = letterFor(system, ch, (chars[i - 1] ?? '').toLowerCase(), (chars[i + 1] ?? '').toLowerCase());
    out += latin === undefined ? source : withCase(latin, source, chars[i + 1] ?? '');
  });
  return out;
}

export const CYRILLIC = /\p{Script=Cyrillic}/u;

/** Every distinct romanisation of a Cyrillic text, by system. */
export function russianRomanisations(text: string): { system: RussianSystem; text: string }[] {
  if (!CYRILLIC.test(text)) return [];
  const seen = new Set<string>();
  const out: { system: RussianSystem; text: string }[] = [];
  for (const system of RUSSIAN_SYSTEMS) {
    const latin = romaniseRussian(text, system);
    if (!seen.has(latin)) {
      seen.add(latin);
      out.push({ system, text: latin });
    }
  }
  return out;
}
