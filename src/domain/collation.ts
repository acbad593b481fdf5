/**
 * The order a reader expects names in: Chinese by pinyin (北京, 广州, 上海, 深圳), other
 * languages alphabetically, numbers by value. One collator per language, made once.
 * Browser-safe: every public list, the web app's tables and the server's share it.
 */
const LOCALES = { zh: 'zh-Hans-u-co-pinyin', en: 'en' } as const;

export type CollationLang = keyof typeof LOCALES;

const made = new Map<CollationLang, Intl.Collator>();

export function collatorFor(lang: CollationLang): Intl.Collator {
  let collator = made.get(lang);
  if (!collator) {
    collator = new Intl.Collator(LOCALES[lang], { numeric: true, sensitivity: 'base' });
    made.set(lang, collator);
  }
  return collator;
}

/** A copy of the records in the reader's order of their names. */
export function sortedByName<T>(records: readonly T[], nameOf: (record: T) => string, lang: CollationLang): T[] {
  const { compare } = collatorFor(lang);
  return [...records].sort((a, b) => compare(nameOf(a), nameOf(b)));
}
