import type { RecordColumns } from '../../storage/database.ts';

/** An event's row: its kind, dates and parent event, for lists and the calendar. */
export interface EventsTable extends RecordColumns {
  kind: string;
  start_date: string | null;
  start_from: string | null;
  end_date: string | null;
  parent_event_id: string | null;
}
