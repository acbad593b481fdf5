// Kept apart from names.ts so that modules the web app bundles (countries.ts) can fold a name
// without loading the romanisation tables.

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
