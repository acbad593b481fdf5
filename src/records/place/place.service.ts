import type { Scope } from '../../domain/scope.ts';
import { compactKey, spellingsOf } from '../../domain/names.ts';
import type { Db } from '../../storage/database.ts';
import { nameKeysRepository } from '../../storage/name-keys.repository.ts';
import { RecordService, type Stored } from '../../services/generic-record.service.ts';
import type { PlaceData } from './place.schema.ts';
import { placeSpec } from './place.spec.ts';

export type PlaceRecord = Stored<PlaceData>;

/** The generic record service with the queries that places answer: by name, and down the tree of places. */
export class PlaceService extends RecordService<PlaceData> {
  constructor() {
    super(placeSpec);
  }

  /**
   * Places with a name or alias written the same way as `name`, or in one of its usual
   * variants ('深圳市' for 深圳, 'St.' for 'Saint'), optionally in one country.
   * Transliterations and near spellings are for search and duplicate checks, not this. With
   * `scope`, only the places that scope may read.
   */
  async findByName(db: Db, name: string, country?: string, scope?: Scope): Promise<PlaceRecord[]> {
    const keys = [...new Set(spellingsOf(name).map((r) => compactKey(r.text)))];
    const hits = await nameKeysRepository.findByKeys(db, keys, { entities: ['place'], forms: ['fold', 'variant'] });
    const places = (await this.repo.findByIds(db, [...new Set(hits.map((h) => h.entityId))], scope))
      .filter((r) => r.deleted_at === null)
      .map((r) => this.toRecord(r));
    return places.filter((p) => !country || p.country === country);
  }

  /** The place and every place inside it, at any depth. */
  async withDescendants(db: Db, id: string): Promise<string[]> {
    const out = [id];
    for (let i = 0; i < out.length; i++) {
      const children = await this.repo.list(db, { filters: [{ column: 'parent_id', op: '=', value: out[i]! }] });
      out.push(...children.map((c) => c.id).filter((c) => !out.includes(c)));
    }
    return out;
  }
}
