import type { Db } from '../../storage/database.ts';
import { RecordService, type Stored } from '../../services/generic-record.service.ts';
import type { PartnershipData, PartnershipDerived } from './partnership.schema.ts';
import { partnershipSpec, tieRowsBetween } from './partnership.spec.ts';

export type PartnershipRecord = Stored<PartnershipData> & PartnershipDerived;

/** The generic record service with the queries that ties answer: between two places, and touching some. */
export class PartnershipService extends RecordService<PartnershipData> {
  constructor() {
    super(partnershipSpec);
  }

  /** The tie between two places, in either direction. */
  async between(db: Db, a: string, b: string): Promise<PartnershipRecord[]> {
    return (await tieRowsBetween(this.repo, db, a, b)).map((r) => this.toRecord(r) as PartnershipRecord);
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
