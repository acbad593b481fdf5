import type { RecordColumns } from '../../storage/database.ts';

/** A source's row: its kind, address and publication date, for lists. */
export interface SourcesTable extends RecordColumns {
  kind: string;
  url: string | null;
  published: string | null;
  published_from: string | null;
}
