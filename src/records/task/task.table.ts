import type { RecordColumns } from '../../storage/database.ts';

/** A task's row: its state, due date and owner, for the office's lists and reminders. */
export interface TasksTable extends RecordColumns {
  status: string;
  due: string;
  owner: string;
}
