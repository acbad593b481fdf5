import type { RecordColumns } from '../../storage/database.ts';

/** A place's row: its document and the columns lists filter, sort and join by. */
export interface PlacesTable extends RecordColumns {
  kind: string;
  country: string;
  parent_id: string | null;
  lat: number | null;
  lng: number | null;
  layer: string;
}
