import { newId } from '../../domain/common.ts';
import { AmityError } from '../../domain/errors.ts';
import { compactKey, nameKeysOf, spellingsOf } from '../../domain/names.ts';
import type { PlaceData, PlaceKind } from '../../records/place/place.schema.ts';
import type { Db } from '../../storage/database.ts';
import { nameKeysRepository } from '../../storage/name-keys.repository.ts';
import { places } from '../records.service.ts';

const MATCH_FORMS = ['fold', 'variant'];
const CHUNK = 500;

interface Known {
  id: string;
  kind: string;
  country: string;
}

/** A place an import is about to create, in the order the file first names it. */
export interface NewPlace {
  id: string;
  data: PlaceData;
  line: number;
  column: 'home' | 'partner';
}

const spellingKeys = (name: string) => [...new Set(spellingsOf(name).map((r) => compactKey(r.text)))];

/**
 * Matches the place names of a file to the registry in memory, as `places.findByName` matches
 * one name: by a name or alias written the same way or in a usual variant, in the same country,
 * the same kind preferred. The registry's keys for every name in the file are read at once; a
 * place the file creates is matched by the names after it.
 */
export class PlaceMatcher {
  private readonly byKey = new Map<string, Set<string>>();
  private readonly known = new Map<string, Known>();
  readonly created: NewPlace[] = [];

  static async load(db: Db, names: readonly string[]): Promise<PlaceMatcher> {
    const matcher = new PlaceMatcher();
    const keys = [...new Set(names.flatMap(spellingKeys))];
    const ids = new Set<string>();
    for (let i = 0; i < keys.length; i += CHUNK) {
      const hits = await nameKeysRepository.findByKeys(db, keys.slice(i, i + CHUNK), {
        entities: ['place'],
        forms: MATCH_FORMS,
        limit: 1_000_000_000,
      });
      for (const h of hits) {
        matcher.index(h.key, h.entityId);
        ids.add(h.entityId);
      }
    }
    const list = [...ids];
    for (let i = 0; i < list.length; i += CHUNK) {
      for (const row of await places.repo.findByIds(db, list.slice(i, i + CHUNK))) {
        if (row.deleted_at === null) matcher.known.set(row.id, { id: row.id, kind: row.kind as string, country: row.country as string });
      }
    }
    return matcher;
  }

  private index(key: string, id: string): void {
    const set = this.byKey.get(key);
    if (set) set.add(id);
    else this.byKey.set(key, new Set([id]));
  }

  /** The id of the place the row names, a new one when none matches; several matches are an error naming the line. */
  placeFor(line: number, column: 'home' | 'partner', name: string, country: string, kind: PlaceKind): string {
    const ids = new Set(spellingKeys(name).flatMap((k) => [...(this.byKey.get(k) ?? [])]));
    const found = [...ids].map((id) => this.known.get(id)).filter((p): p is Known => p !== undefined && p.country === country);
    const sameKind = found.filter((p) => p.kind === kind);
    const pool = sameKind.length ? sameKind : found;
    if (pool.length > 1) {
      throw new AmityError(
        'validation',
        `line ${line}: ${column}: '${name}' (${country}) names several places: ${pool.map((p) => p.id).join(', ')}`,
      );
    }
    if (pool[0]) return pool[0].id;
    const data = places.parse({ kind, names: { en: name }, country });
    const id = newId(places.spec.prefix);
    this.created.push({ id, data, line, column });
    this.known.set(id, { id, kind: data.kind, country: data.country });
    const { names, aliases } = places.spec.names!(data);
    for (const k of nameKeysOf(names, aliases)) if (MATCH_FORMS.includes(k.form)) this.index(k.key, id);
    return id;
  }
}
