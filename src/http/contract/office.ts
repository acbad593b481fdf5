import { z } from 'zod';
import { EntityKindSchema } from '../../records/kinds.ts';
import { NamesSchema } from '../../domain/common.ts';
import { DIMENSIONS, HealthSettingsSchema } from '../../domain/health.ts';
import { PreciseDateSchema } from '../../domain/precise-date.ts';
import { ContactSchema } from '../../records/partnership/partnership.schema.ts';

/** One dimension of a tie's health: what was measured, how it scores, and the facts behind the explanation. */
export const DimensionScoreSchema = z.object({
  dimension: z.enum(DIMENSIONS),
  value: z.number().describe('what was measured, in its own unit'),
  score: z.number().describe('0 to 1'),
  weight: z.number(),
  points: z.number().describe('points out of 100 this dimension adds'),
  explanation: z.string(),
  facts: z
    .record(z.string(), z.union([z.number(), z.string(), z.null()]))
    .describe('the measured facts, so a reader can word them in any language'),
});

/** A tie of the home place with its health as of a day. */
export const TieHealthSchema = z.object({
  partnershipId: z.string(),
  partner: z.object({ id: z.string(), names: NamesSchema, country: z.string() }),
  type: z.string(),
  status: z.string(),
  established: z.string().nullable(),
  score: z.number().describe('0 to 100'),
  dimensions: z.array(DimensionScoreSchema),
  lastContact: z.string().nullable(),
  daysSinceLastContact: z.number().nullable(),
  goingDormant: z.boolean(),
  activity: z.array(z.object({ year: z.number().int(), events: z.number().int() })).describe('events a year'),
});
export type TieHealth = z.infer<typeof TieHealthSchema>;

/** GET /api/health */
export const HealthAnswerSchema = z.object({
  items: z.array(TieHealthSchema.extend({ rank: z.number().int().describe('the place in the whole ranking, 1 the healthiest') })),
  total: z.number().int().describe('ties that match the filters'),
  nextOffset: z.number().int().nullable().describe('the offset of the next page; null on the last'),
  average: z.number().nullable().describe('the average score of the ties that match'),
});
export type HealthAnswer = z.infer<typeof HealthAnswerSchema>;

const SideSchema = z.object({ id: z.string(), name: z.string(), country: z.string() });

/** A contact of a tie with the places on both sides. */
export const DirectoryEntrySchema = ContactSchema.extend({
  partnershipId: z.string(),
  place: SideSchema.describe('the place this contact speaks for'),
  counterpart: SideSchema.describe('the place on the other side of the tie'),
  current: z.boolean(),
  succeededBy: z.string().nullable(),
});
export type DirectoryEntry = z.infer<typeof DirectoryEntrySchema>;

/** GET /api/liaison */
export const LiaisonAnswerSchema = z.object({ internal: z.boolean(), contacts: z.array(DirectoryEntrySchema) });
export type LiaisonAnswer = z.infer<typeof LiaisonAnswerSchema>;

export const REMINDER_KINDS = ['tie_anniversary', 'relations_anniversary', 'agreement_expiry', 'task', 'event'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

const BilingualSchema = z.object({ zh: z.string(), en: z.string() });

/** Something coming: a round anniversary, an agreement ending, a task due, an event. */
export const ReminderSchema = z.object({
  kind: z.enum(REMINDER_KINDS),
  on: PreciseDateSchema.describe('when, at the precision known'),
  title: BilingualSchema,
  detail: BilingualSchema.nullable(),
  overdue: z.boolean(),
  ref: z.object({ entity: EntityKindSchema, id: z.string() }).nullable().describe('the record the reminder is about'),
});
export type Reminder = z.infer<typeof ReminderSchema>;

/** GET /api/reminders */
export const RemindersAnswerSchema = z.object({ items: z.array(ReminderSchema) });
export type RemindersAnswer = z.infer<typeof RemindersAnswerSchema>;

/** How far ahead reminders look. */
export const ReminderSettingsSchema = z.object({
  anniversaryEvery: z.number().int().min(1).max(25),
  expiryHorizonDays: z.number().int().min(1).max(3650),
});
export type ReminderSettings = z.infer<typeof ReminderSettingsSchema>;

/** GET and PUT /api/settings: the health weights and the reminder horizons. */
export const SettingsSchema = z.object({ health: HealthSettingsSchema, reminders: ReminderSettingsSchema });
export type Settings = z.infer<typeof SettingsSchema>;

/** Who publishing a visit, or taking it back to internal, changes along with it. */
export const PublicationEffectSchema = z.object({ people: z.array(z.object({ id: z.string(), names: NamesSchema })) });
export type PublicationEffectAnswer = z.infer<typeof PublicationEffectSchema>;
