import type { EntitySpec } from '../spec.ts';
import { ref } from '../spec.ts';
import { TaskDataSchema, type TaskData } from './task.schema.ts';
import type { TasksTable } from './task.table.ts';

export const taskSpec: EntitySpec<TaskData, TasksTable, 'tasks'> = {
  kind: 'task',
  collection: 'tasks',
  label: { en: 'Tasks', zh: '待办事项' },
  prefix: 'ta',
  schema: TaskDataSchema,
  refFields: { partnershipId: 'partnership' },
  list: { filters: ['q', 'state', 'owner', 'from', 'to', 'partnership', 'follows', 'visit'], dateColumn: 'due' },
  table: 'tasks',
  columns: (t) => ({ status: t.status, due: t.due, owner: t.owner }),
  sortName: (t) => t.title.slice(0, 200),
  refs: (t) => [
    ...ref('agreementId', 'agreement', t.agreementId),
    ...ref('eventId', 'event', t.eventId),
    ...ref('partnershipId', 'partnership', t.partnershipId),
  ],
};
