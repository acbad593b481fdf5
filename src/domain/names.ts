import type { Alias, Names } from './common.ts';

/**
 * The folded form of a name for matching: compatibility forms and width unified,
 * case and diacritics dropped, punctuation turned into spaces.
 * `Poznań` → `poznan`, `ＭＯＳＣＯＷ` → `moscow`, `Bao’an` → `bao an`.
 */
export function foldName(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ё/g, 'е')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface NameKey {
  key: string;
  kind: 'name' | 'alias';
  lang: string | null;
}

/** The keys under which a record is found by name. */
export function nameKeysOf(names: Names, aliases: readonly Alias[] = []): NameKey[] {
  const keys = new Map<string, NameKey>();
  const add = (text: string, kind: NameKey['kind'], lang: string | null) => {
    for (const key of [foldName(text), foldName(text).replace(/ /g, '')]) {
      if (key && !keys.has(key)) keys.set(key, { key, kind, lang });
    }
  };
  for (const [lang, text] of Object.entries(names)) add(text, 'name', lang);
  for (const alias of aliases) add(alias.name, 'alias', alias.lang);
  return [...keys.values()];
}
