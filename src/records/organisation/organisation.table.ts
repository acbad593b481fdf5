import type { RecordColumns } from '../../storage/database.ts';

/** An organisation's row: its kind and home place, for lists. */
export interface OrganisationsTable extends RecordColumns {
  kind: string;
  place_id: string | null;
}
