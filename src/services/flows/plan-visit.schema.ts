import { z } from 'zod';
import { IdSchema, LocalizedTextSchema, NamesSchema } from '../../domain/common.ts';
import { coded } from '../../domain/issue-codes.ts';
import { EventDataSchema, ParticipantSchema } from '../../records/event/event.schema.ts';
import { TaskDataSchema } from '../../records/task/task.schema.ts';

/**
 * One member of the delegation: a person already in the registry, or a new one named in Chinese
 * and English, with the title held at the time of the visit (taken from the person's positions
 * when left empty) and their place in the delegation.
 */
export const MemberSchema = z.object({
  personId: IdSchema.optional(),
  newPerson: z.object({ names: NamesSchema }).optional(),
  title: LocalizedTextSchema.default({}),
  delegation: ParticipantSchema.shape.delegation,
  representing: ParticipantSchema.shape.representing,
});
export type MemberInput = z.input<typeof MemberSchema>;

/** A follow-up after the visit: internal, like every task. */
export const FollowUpSchema = TaskDataSchema.pick({ title: true, description: true, owner: true, due: true });

// The visit's own fields are the event's; who takes part is `members`, and only publishing makes it public.
const { participants: _participants, visibility: _visibility, kind: _kind, ...EVENT_FIELDS } = EventDataSchema.shape;

/**
 * Everything the office writes when it plans a visit: the visit's fields, its delegation (people
 * found or new), the ties it serves, its dated stops, its file with the outcomes, and follow-ups.
 */
export const PlanVisitSchema = z
  .object({
    ...EVENT_FIELDS,
    kind: z.enum(['incoming_visit', 'outgoing_visit']),
    members: z.array(MemberSchema).max(500).default([]),
    followUps: z.array(FollowUpSchema).max(50).default([]),
  })
  .superRefine((v, ctx) => {
    v.members.forEach((m, i) => {
      if (Boolean(m.personId) === Boolean(m.newPerson)) {
        ctx.addIssue({
          code: 'custom',
          path: ['members', i, 'personId'],
          ...coded('person_choice', 'choose a person or name a new one, not both'),
        });
      }
    });
    if (v.members.filter((m) => m.delegation === 'head').length > 1) {
      ctx.addIssue({ code: 'custom', path: ['members'], ...coded('one_head', 'a delegation has one head') });
    }
  });
export type PlanVisitInput = z.input<typeof PlanVisitSchema>;
export type PlanVisit = z.output<typeof PlanVisitSchema>;
