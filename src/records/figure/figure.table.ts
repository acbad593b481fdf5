import type { RecordColumns } from '../../storage/database.ts';

/** A published figure's row: whose figures, as of when, and from which source. */
export interface FiguresTable extends RecordColumns {
  home_place_id: string;
  as_of: string;
  as_of_from: string;
  source_id: string;
}
