import type { RecordColumns } from '../../storage/database.ts';

/** A mechanism's row: when it was established. */
export interface MechanismsTable extends RecordColumns {
  established: string | null;
}
