import { AmityError } from '../domain/errors.ts';
import { compactKey, spellingsOf } from '../domain/names.ts';
import type { PlaceData } from '../records/place/place.schema.ts';
import type { Db } from '../storage/database.ts';
import { nameKeysRepository } from '../storage/name-keys.repository.ts';
import { placeSpec } from './entity-specs.ts';
import { RecordService, type Stored } from './records.ts';

export type PlaceRecord = Stored<PlaceData>;

export class PlaceService extends RecordService<PlaceData> {
  constructor() {
    super(placeSpec);
  }

  protected override async validate(db: Db, data: PlaceData, id: string | null): Promise<void> {
    let parentId = data.parentId;
    const seen = new Set<string>(id ? [id] : []);
    while (parentId) {
      if (seen.has(parentId)) {
        throw new AmityError('validation', 'parentId: a place cannot be inside itself', [{ path: ['parentId'], code: 'inside_itself', message: 'a place cannot be inside itself' }]);
      }
      seen.add(parentId);
      const parent = await this.load(db, parentId);
      parentId = parent.parentId;
    }
  }

  /**
   * Places with a name or alias written the same way as `name`, or in one of its usual
   * variants ('深圳市' for 深圳, 'St.' for 'Saint'), optionally in one country.
   * Transliterations and near spellings are for search and duplicate checks, not this.
   */
  async findByName(db: Db, name: string, country?: string): Promise<PlaceRecord[]> {
    const keys = [...new Set(spellingsOf(name).map((r) => compactKey(r.text)))];
    const hits = await nameKeysRepository.findByKeys(db, keys, { entities: ['place'], forms: ['fold', 'variant'] });
    const places = (await this.repo.findByIds(db, [...new Set(hits.map((h) => h.entityId))]))
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
