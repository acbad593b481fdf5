import { allowedEdits, editDistance } from './edit-distance.ts';
import { keyTier, tierRank, worseTier, type NameQuery, type Tier } from './name-match.ts';
import { compactKey, type KeyForm, type NameKind } from './names.ts';

/** A key as the index holds it, for one record. */
export interface IndexedKey {
  entity: string;
  entityId: string;
  key: string;
  kind: NameKind;
  lang: string | null;
  form: KeyForm;
  name: string;
}

export interface IndexedFuzzyKey {
  entity: string;
  entityId: string;
  base: string;
  whole: boolean;
  kind: NameKind;
  lang: string | null;
  name: string;
}

/** Why a record matched: which of its names, through which key, in which tier. */
export interface NameMatch {
  tier: Tier;
  /** The standard name or alias that matched, as the record writes it. */
  name: string;
  kind: NameKind;
  lang: string | null;
  /** How the matching key was made from that name; `prefix` when the name begins with the query. */
  form: KeyForm | 'prefix';
  key: string;
  /** The query as written or rendered that gave the key. */
  via: string;
  /** Edits between the query and the name (fuzzy matches). */
  distance: number;
  /** Letters of the name beyond the query (a word or the beginning of a longer name). */
  extra: number;
}

export const recordKey = (entity: string, id: string) => `${entity}:${id}`;

export function compareMatches(a: NameMatch, b: NameMatch): number {
  return (
    tierRank(a.tier) - tierRank(b.tier) ||
    a.distance - b.distance ||
    a.extra - b.extra ||
    Number(a.kind === 'alias') - Number(b.kind === 'alias')
  );
}

/** Letters of the matched name beyond the query's: of the whole name when a word of it matched. */
function extraOf(row: IndexedKey, queryLength: number): number {
  const whole = row.form === 'word' || row.form === 'word-phonetic' ? compactKey(row.name).length : row.key.length;
  return Math.max(0, whole - queryLength);
}

/** The best match of each record among the rows the index returned for a query. */
export function bestMatches(
  query: NameQuery,
  rows: readonly IndexedKey[],
  prefixRows: readonly IndexedKey[] = [],
  fuzzyRows: readonly IndexedFuzzyKey[] = [],
): Map<string, NameMatch> {
  const best = new Map<string, NameMatch>();
  if (!query.prefix) return best;
  const offer = (entity: string, id: string, m: NameMatch) => {
    const k = recordKey(entity, id);
    const known = best.get(k);
    if (!known || compareMatches(m, known) < 0) best.set(k, m);
  };
  const byKey = new Map(query.keys.map((k) => [k.key, k]));
  const byRecord = new Map<string, IndexedKey[]>();
  for (const row of rows) {
    const k = recordKey(row.entity, row.entityId);
    byRecord.set(k, [...(byRecord.get(k) ?? []), row]);
    const q = byKey.get(row.key);
    if (!q) continue;
    const tier = worseTier(keyTier(row.form, row.kind), q.tier);
    const extra = tier === 'words' ? extraOf(row, query.prefix.length) : 0;
    offer(row.entity, row.entityId, {
      tier,
      name: row.name,
      kind: row.kind,
      lang: row.lang,
      form: row.form,
      key: row.key,
      via: q.via,
      distance: 0,
      extra,
    });
  }
  if (query.words.length > 1) {
    for (const list of byRecord.values()) {
      const exact = query.words.map((w) => list.find((r) => r.key === w.word && r.form !== 'phonetic' && r.form !== 'word-phonetic'));
      const sound = query.words.map((w, i) => exact[i] ?? list.find((r) => w.sound !== null && r.key === w.sound));
      if (sound.some((r) => !r)) continue;
      const row = sound[0]!;
      const tier: Tier = exact.every(Boolean) ? 'words' : 'phonetic';
      offer(row.entity, row.entityId, {
        tier,
        name: row.name,
        kind: row.kind,
        lang: row.lang,
        form: row.form,
        key: row.key,
        via: query.text,
        distance: 0,
        extra: extraOf(row, query.prefix.length),
      });
    }
  }
  for (const row of prefixRows) {
    if (row.form === 'phonetic' || row.form === 'word-phonetic' || row.key === query.prefix || !row.key.startsWith(query.prefix)) continue;
    offer(row.entity, row.entityId, {
      tier: 'words',
      name: row.name,
      kind: row.kind,
      lang: row.lang,
      form: 'prefix',
      key: row.key,
      via: query.text,
      distance: 0,
      extra: extraOf(row, query.prefix.length),
    });
  }
  for (const row of fuzzyRows) {
    for (const sound of query.fuzzy) {
      const max = allowedEdits(sound.length < row.base.length ? sound : row.base);
      const distance = editDistance(sound, row.base, max);
      if (distance > max) continue;
      offer(row.entity, row.entityId, {
        tier: 'fuzzy',
        name: row.name,
        kind: row.kind,
        lang: row.lang,
        form: row.whole ? 'phonetic' : 'word-phonetic',
        key: row.base,
        via: query.text,
        distance,
        extra: row.whole ? 0 : 1,
      });
    }
  }
  return best;
}
