import type { Selectable } from 'kysely';
import type { IndexedFuzzyKey, IndexedKey } from '../domain/name-rank.ts';
import { WORD_FORMS, type KeyForm, type NameKind } from '../domain/names.ts';
import { bulkInsert } from './bulk-insert.ts';
import type { Db, NameFuzzTable, NameKeysTable } from './database.ts';
import { escapeLike } from './like.ts';

export type NameKeyRow = NameKeysTable;
export type NameFuzzRow = NameFuzzTable;

const CHUNK = 500;

function toKey(r: Selectable<NameKeysTable>): IndexedKey {
  return {
    entity: r.entity,
    entityId: r.entity_id,
    key: r.key,
    kind: r.kind as NameKind,
    lang: r.lang,
    form: r.form as KeyForm,
    name: r.name,
  };
}

function toFuzzy(r: Selectable<NameFuzzTable>): IndexedFuzzyKey {
  return {
    entity: r.entity,
    entityId: r.entity_id,
    base: r.base,
    whole: r.whole === 1,
    kind: r.kind as NameKind,
    lang: r.lang,
    name: r.name,
  };
}

interface KeyOptions {
  entities?: readonly string[];
  forms?: readonly string[];
  limit?: number;
}

/** The queries of name search, built but not run, so that their SQL can be reviewed per dialect. */
export const nameKeysQueries = {
  /** The keys equal to any of `keys`. */
  byKeys(db: Db, keys: readonly string[], options: KeyOptions = {}) {
    let q = db
      .selectFrom('name_keys')
      .selectAll()
      .where('key', 'in', [...keys]);
    if (options.entities) q = q.where('entity', 'in', [...options.entities]);
    if (options.forms) q = q.where('form', 'in', [...options.forms]);
    return q.limit(options.limit ?? 5000);
  },

  /** The first `limit` keys in key order that begin with `prefix`. */
  byPrefix(db: Db, prefix: string, limit: number) {
    return db
      .selectFrom('name_keys')
      .selectAll()
      .where('key', '>=', prefix)
      .where('key', '<', `${prefix}\uffff`)
      .orderBy('key')
      .limit(limit);
  },

  /** The near-spelling keys equal to any of the query's deletion keys. */
  fuzzy(db: Db, deletionKeys: readonly string[], options: Omit<KeyOptions, 'forms'> = {}) {
    let q = db
      .selectFrom('name_fuzz')
      .selectAll()
      .where('key', 'in', [...deletionKeys]);
    if (options.entities) q = q.where('entity', 'in', [...options.entities]);
    return q.limit(options.limit ?? 5000);
  },

  /** The records of one kind with a key in which a word begins with the folded text `key`. */
  byWordStart(db: Db, entity: string, key: string) {
    return db
      .selectFrom('name_keys')
      .select('entity_id')
      .where('entity', '=', entity)
      .where((eb) =>
        eb.or([
          eb('key', 'like', `${escapeLike(key)}%`),
          eb('key', 'like', `% ${escapeLike(key)}%`),
          eb('key', 'like', `${escapeLike(key.replace(/ /g, ''))}%`),
        ]),
      );
  },
};

/** The name index: the keys of every named record and the near-spelling keys derived from them. */
/**
 * The registry's own places: the world network's places (layer 'network') are matched to these
 * when they are imported, and among themselves they are the network's business, not the office's.
 */
const registryPlaces = (db: Db) => db.selectFrom('places').select('id').where('layer', '=', 'registry');

export const nameKeysRepository = {
  /** Replaces the keys of these records of one kind with the rows given. */
  async replaceFor(
    db: Db,
    entity: string,
    ids: readonly string[],
    keys: readonly NameKeyRow[],
    fuzz: readonly NameFuzzRow[],
  ): Promise<void> {
    for (let i = 0; i < ids.length; i += CHUNK) {
      const chunk = ids.slice(i, i + CHUNK);
      await db.deleteFrom('name_keys').where('entity', '=', entity).where('entity_id', 'in', chunk).execute();
      await db.deleteFrom('name_fuzz').where('entity', '=', entity).where('entity_id', 'in', chunk).execute();
    }
    await bulkInsert(db, 'name_keys', keys);
    await bulkInsert(db, 'name_fuzz', fuzz);
  },

  async findByKeys(db: Db, keys: readonly string[], options: KeyOptions = {}): Promise<IndexedKey[]> {
    if (keys.length === 0) return [];
    return (await nameKeysQueries.byKeys(db, keys, options).execute()).map(toKey);
  },

  /**
   * The first `limit` keys in key order that begin with `prefix`. The kinds are filtered
   * here rather than in SQL, where a condition on them would lead the planners away from
   * the key index and through every key of those kinds.
   */
  async findByPrefix(db: Db, prefix: string, options: { entities?: readonly string[]; limit: number }): Promise<IndexedKey[]> {
    const rows = await nameKeysQueries.byPrefix(db, prefix, options.limit).execute();
    return rows.filter((r) => !options.entities || options.entities.includes(r.entity)).map(toKey);
  },

  async findFuzzy(db: Db, deletionKeys: readonly string[], options: Omit<KeyOptions, 'forms'> = {}): Promise<IndexedFuzzyKey[]> {
    if (deletionKeys.length === 0) return [];
    return (await nameKeysQueries.fuzzy(db, deletionKeys, options).execute()).map(toFuzzy);
  },

  /** `findFuzzy`, each hit with the deletion key it was found by. */
  async findFuzzyByKey(
    db: Db,
    deletionKeys: readonly string[],
    options: Omit<KeyOptions, 'forms'> = {},
  ): Promise<(IndexedFuzzyKey & { key: string })[]> {
    if (deletionKeys.length === 0) return [];
    return (await nameKeysQueries.fuzzy(db, deletionKeys, options).execute()).map((r) => ({ ...toFuzzy(r), key: r.key }));
  },

  /** Pairs of records of one kind that share a whole-name key (not a word of one). */
  async sharedKeys(db: Db, entity: string): Promise<[IndexedKey, IndexedKey][]> {
    const rows = await db
      .selectFrom('name_keys as a')
      .innerJoin('name_keys as b', (j) =>
        j.onRef('a.key', '=', 'b.key').onRef('a.entity', '=', 'b.entity').onRef('a.entity_id', '<', 'b.entity_id'),
      )
      .where('a.entity', '=', entity)
      .$if(entity === 'place', (q) => q.where('a.entity_id', 'in', registryPlaces(db)).where('b.entity_id', 'in', registryPlaces(db)))
      .where('a.form', 'not in', WORD_FORMS)
      .where('b.form', 'not in', WORD_FORMS)
      .select([
        'a.entity',
        'a.entity_id as a_id',
        'a.key',
        'a.kind as a_kind',
        'a.lang as a_lang',
        'a.form as a_form',
        'a.name as a_name',
        'b.entity_id as b_id',
        'b.kind as b_kind',
        'b.lang as b_lang',
        'b.form as b_form',
        'b.name as b_name',
      ])
      .execute();
    return rows.map((r) => [
      toKey({ entity: r.entity, entity_id: r.a_id, key: r.key, kind: r.a_kind, lang: r.a_lang, form: r.a_form, name: r.a_name }),
      toKey({ entity: r.entity, entity_id: r.b_id, key: r.key, kind: r.b_kind, lang: r.b_lang, form: r.b_form, name: r.b_name }),
    ]);
  },

  /** Pairs of records of one kind whose whole-name sound-alike keys share a deletion key. */
  async sharedFuzzy(db: Db, entity: string): Promise<[IndexedFuzzyKey, IndexedFuzzyKey][]> {
    const rows = await db
      .selectFrom('name_fuzz as a')
      .innerJoin('name_fuzz as b', (j) =>
        j.onRef('a.key', '=', 'b.key').onRef('a.entity', '=', 'b.entity').onRef('a.entity_id', '<', 'b.entity_id'),
      )
      .where('a.entity', '=', entity)
      .$if(entity === 'place', (q) => q.where('a.entity_id', 'in', registryPlaces(db)).where('b.entity_id', 'in', registryPlaces(db)))
      .where('a.whole', '=', 1)
      .where('b.whole', '=', 1)
      .select([
        'a.entity',
        'a.entity_id as a_id',
        'a.base as a_base',
        'a.kind as a_kind',
        'a.lang as a_lang',
        'a.name as a_name',
        'b.entity_id as b_id',
        'b.base as b_base',
        'b.kind as b_kind',
        'b.lang as b_lang',
        'b.name as b_name',
      ])
      .distinct()
      .execute();
    return rows.map((r) => [
      { entity: r.entity, entityId: r.a_id, base: r.a_base, whole: true, kind: r.a_kind as NameKind, lang: r.a_lang, name: r.a_name },
      { entity: r.entity, entityId: r.b_id, base: r.b_base, whole: true, kind: r.b_kind as NameKind, lang: r.b_lang, name: r.b_name },
    ]);
  },
};
