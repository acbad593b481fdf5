import type { RecordColumns } from '../../storage/database.ts';

/** An agreement's row: its kind and dates, for lists. */
export interface AgreementsTable extends RecordColumns {
  kind: string;
  signed_on: string | null;
  signed_from: string | null;
  expires_on: string | null;
}
