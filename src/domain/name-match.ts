import { allowedEdits, deletionNeighbourhood } from './edit-distance.ts';
import {
  compactKey,
  foldName,
  renderingsOf,
  TRANSLITERATIONS,
  WORD_FORMS,
  wordsOf,
  type KeyForm,
  type NameKey,
  type NameKind,
} from './names.ts';
import { qualifierCountry } from './name-variants.ts';
import { phoneticKey } from './phonetic.ts';

/**
 * How well a name matched, best first: a standard name, an alias, a transliteration,
 * the words of a longer name (or its beginning), a sound-alike, a near spelling.
 */
export const TIERS = ['name', 'alias', 'transliteration', 'words', 'phonetic', 'fuzzy'] as const;
export type Tier = (typeof TIERS)[number];

export const tierRank = (tier: Tier): number => TIERS.indexOf(tier);
export const worseTier = (a: Tier, b: Tier): Tier => (tierRank(a) >= tierRank(b) ? a : b);

/** The tier a stored key gives on its own. */
export function keyTier(form: KeyForm, kind: NameKind): Tier {
  if (form === 'fold' || form === 'variant') return kind;
  if (TRANSLITERATIONS.has(form)) return 'transliteration';
  return form === 'word' ? 'words' : 'phonetic';
}

/** A row of the fuzzy index: one of the deletion-neighbourhood keys of a sound-alike key. */
export interface FuzzyKey {
  key: string;
  /** The whole sound-alike key, which the query's is measured against. */
  base: string;
  /** Whether the base is the whole name, not one word of it. */
  whole: boolean;
  kind: NameKind;
  lang: string | null;
  name: string;
}

/** The fuzzy index rows of a record, from its sound-alike keys of four letters or more. */
export function fuzzyKeysOf(keys: readonly NameKey[]): FuzzyKey[] {
  const bases = new Map<string, Omit<FuzzyKey, 'key'>>();
  for (const k of keys) {
    const base = k.form === 'phonetic' || k.form === 'word-phonetic' ? k.key : phoneticKey(k.key);
    if (!base || allowedEdits(base) === 0 || base.length > 40) continue;
    const whole = !WORD_FORMS.includes(k.form);
    const known = bases.get(base);
    if (!known || (whole && !known.whole) || (whole === known.whole && k.kind === 'name' && known.kind === 'alias')) {
      bases.set(base, { base, whole, kind: k.kind, lang: k.lang, name: k.name });
    }
  }
  return [...bases.values()].flatMap((b) => deletionNeighbourhood(b.base).map((key) => ({ key, ...b })));
}

/** One key the query is looked up by, with the best tier a match through it can have. */
export interface QueryKey {
  key: string;
  tier: Tier;
  /** The query as written or rendered (`Shenzhen` for 深圳), which produced the key. */
  via: string;
}

export interface NameQuery {
  text: string;
  keys: QueryKey[];
  /** The words of a query of several words, each with its sound-alike; every one must be found. */
  words: { word: string; sound: string | null }[];
  /** What a longer name may begin with. */
  prefix: string;
  /** Sound-alike keys measured against the fuzzy index. */
  fuzzy: string[];
  /** The country the query names after the name ('Houston TX', 'Moscow, Russia'), or null. */
  country: string | null;
}

/** Everything a query text is looked up by; a query that folds to nothing has no keys. */
export function queryOf(text: string): NameQuery {
  const keys = new Map<string, QueryKey>();
  const add = (key: string | null, tier: Tier, via: string) => {
    const known = key ? keys.get(key) : undefined;
    if (key && (!known || tierRank(tier) < tierRank(known.tier))) keys.set(key, { key, tier, via });
  };
  const fuzzy = new Set<string>();
  for (const r of renderingsOf(text.trim())) {
    const whole = compactKey(r.text);
    add(whole, TRANSLITERATIONS.has(r.form) ? 'transliteration' : 'name', r.text);
    if (r.form === 'pinyin-tones') continue;
    const sound = phoneticKey(whole);
    add(sound, 'phonetic', r.text);
    if (sound && allowedEdits(sound) > 0) fuzzy.add(sound);
  }
  const words = wordsOf(foldName(text)).map((word) => ({ word, sound: phoneticKey(word) }));
  // A Chinese or Russian query renders into many Latin forms; six of them bound the fuzzy lookup.
  return {
    text,
    keys: [...keys.values()],
    words,
    prefix: compactKey(text),
    fuzzy: [...fuzzy].slice(0, 6),
    country: qualifierCountry(text),
  };
}

/** Every key the first lookup needs: the query's own keys and its words. */
export function lookupKeys(query: NameQuery): string[] {
  const out = new Set(query.keys.map((k) => k.key));
  for (const w of query.words) {
    out.add(w.word);
    if (w.sound) out.add(w.sound);
  }
  return [...out];
}
