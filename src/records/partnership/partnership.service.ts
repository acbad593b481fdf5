import { scopedList, type Scope } from '../../domain/scope.ts';
import type { Db } from '../../storage/database.ts';
import type { ListOptions } from '../../storage/record.repository.ts';
import { RecordService, type Stored } from '../../services/generic-record.service.ts';
import type { PartnershipData, PartnershipDerived } from './partnership.schema.ts';
import { partnershipSpec, tieRowsBetween } from './partnership.spec.ts';

export type PartnershipRecord = Stored<PartnershipData> & PartnershipDerived;

/** The generic record service with the queries that ties answer: between two places, and touching some. */
export class PartnershipService extends RecordService<PartnershipData> {
  constructor() {
    super(partnershipSpec);
  }

  /** The tie between two places, in either direction; with `scope`, only a tie that scope may read. */
  async between(db: Db, a: string, b: string, scope?: Scope): Promise<PartnershipRecord[]> {
    return (await tieRowsBetween(this.repo, db, a, b, scope)).map((r) => this.toRecord(r) as PartnershipRecord);
  }

  /**
   * Every tie that has one of `placeIds` on either side, as stored (internal fields kept); with
   * `scope`, only the ties that scope may read.
   */
  async touching(db: Db, placeIds: readonly string[], scope?: Scope): Promise<PartnershipRecord[]> {
    const side = (column: string): ListOptions => {
      const options: ListOptions = { filters: [{ column, op: 'in', value: [...placeIds] }] };
      return scope ? scopedList(scope, options) : options;
    };
    const rows = [...(await this.repo.list(db, side('place_a_id'))), ...(await this.repo.list(db, side('place_b_id')))];
    const unique = new Map(rows.map((r) => [r.id, r]));
    return [...unique.values()].map((r) => this.toRecord(r) as PartnershipRecord);
  }
}
