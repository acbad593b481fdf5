import type { RecordColumns } from '../../storage/database.ts';

/** A person's row: nothing beyond what every record has; people are found by name. */
export type PeopleTable = RecordColumns;
