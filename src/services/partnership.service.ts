import { AmityError } from '../domain/errors.ts';
import type { PartnershipData } from '../records/partnership/partnership.schema.ts';
import type { PartnershipDerived } from '../records/partnership/partnership.schema.ts';
import type { Db } from '../storage/database.ts';
import { partnershipSpec } from './entity-specs.ts';
import { RecordService, type Stored } from './records.ts';

export type PartnershipRecord = Stored<PartnershipData> & PartnershipDerived;

export class PartnershipService extends RecordService<PartnershipData> {
  constructor() {
    super(partnershipSpec);
  }

  protected override async validate(db: Db, data: PartnershipData, id: string | null): Promise<void> {
    const existing = await this.between(db, data.placeAId, data.placeBId);
    const other = existing.find((p) => p.id !== id);
    if (other) {
      throw new AmityError('duplicate', `these two places are already tied: partnership ${other.id}`, [
        { path: ['placeBId'], code: 'duplicate_tie', message: `already tied by partnership ${other.id}` },
      ], { existingId: other.id });
    }
  }

  /** The tie between two places, in either direction. */
  async between(db: Db, a: string, b: string): Promise<PartnershipRecord[]> {
    const rows = [
      ...(await this.repo.list(db, { filters: [{ column: 'place_a_id', op: '=', value: a }, { column: 'place_b_id', op: '=', value: b }] })),
      ...(await this.repo.list(db, { filters: [{ column: 'place_a_id', op: '=', value: b }, { column: 'place_b_id', op: '=', value: a }] })),
    ];
    return rows.map((r) => this.toRecord(r) as PartnershipRecord);
  }

  /** Every tie that has one of `placeIds` on either side. */
  async touching(db: Db, placeIds: readonly string[]): Promise<PartnershipRecord[]> {
    const rows = [
      ...(await this.repo.list(db, { filters: [{ column: 'place_a_id', op: 'in', value: [...placeIds] }] })),
      ...(await this.repo.list(db, { filters: [{ column: 'place_b_id', op: 'in', value: [...placeIds] }] })),
    ];
    const unique = new Map(rows.map((r) => [r.id, r]));
    return [...unique.values()].map((r) => this.toRecord(r) as PartnershipRecord);
  }
}
