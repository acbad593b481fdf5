import type { RecordColumns } from '../../storage/database.ts';

/** A tie's row: its two places and what its history comes to, for lists and joins. */
export interface PartnershipsTable extends RecordColumns {
  place_a_id: string;
  place_b_id: string;
  type: string;
  status: string;
  established: string | null;
  established_from: string | null;
  ended: string | null;
  /** The two place ids in order, one space between: unique among live ties (null for an older duplicate kept as it was). */
  pair_key: string | null;
}
