import type { Generated } from 'kysely';
import type { RecordColumns } from '../../storage/database.ts';

/** A place's row: its document and the columns lists filter, sort and join by. */
export interface PlacesTable extends RecordColumns {
  kind: string;
  country: string;
  parent_id: string | null;
  lat: number | null;
  lng: number | null;
  /** `registry`, or `network` for a place the world network's import made; edits keep it. */
  layer: Generated<string>;
}
