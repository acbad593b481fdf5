import { z } from 'zod';
import { IdSchema, NoteSchema, VisibilitySchema, type RecordMeta } from '../../domain/common.ts';
import { DaySchema } from '../../domain/precise-date.ts';

export const TASK_STATUSES = ['open', 'done', 'cancelled'] as const;

/** A follow-up from an agreement, a visit or a tie: who does what by when. */
export const TaskDataSchema = z.object({
  title: z.string().trim().min(1).max(300),
  description: NoteSchema,
  /** Who is responsible: an account's e-mail or a name. */
  owner: z.string().trim().min(1).max(254),
  due: DaySchema,
  status: z.enum(TASK_STATUSES).default('open'),
  doneOn: DaySchema.nullable().default(null),
  agreementId: IdSchema.nullable().default(null),
  eventId: IdSchema.nullable().default(null),
  partnershipId: IdSchema.nullable().default(null),
  visibility: VisibilitySchema.default('internal'),
});
export type TaskInput = z.input<typeof TaskDataSchema>;
export type TaskData = z.output<typeof TaskDataSchema>;
export type Task = TaskData & RecordMeta;
