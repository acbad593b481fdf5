import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SentenceLangSchema } from '../../domain/sentence.ts';
import { HealthSettingsSchema } from '../../domain/health.ts';
import { IdSchema } from '../../domain/common.ts';
import { accounts } from '../../services/auth/accounts.service.ts';
import { countryRelations, CountryRelationSchema } from '../../services/office/country-relations.service.ts';
import { HealthRankingSchema, healthRanking } from '../../services/office/health-ranking.service.ts';
import { handOver, HandoverSchema, liaisonDirectory } from '../../services/office/liaison.service.ts';
import { calendarFeedForToken, ReminderRequestSchema, reminders } from '../../services/office/reminders.service.ts';
import { previewEventPublication, setEventPublished } from '../../services/office/publication.service.ts';
import { changeSettings, officeSettings } from '../../services/office/settings.service.ts';
import { changeTieStatus, StatusChangeSchema } from '../../services/office/tie-status.service.ts';
import { previewTieStatus } from '../../services/office/tie-status-preview.service.ts';
import { StatusEffectSchema } from '../contract/flows.ts';
import {
  HealthAnswerSchema,
  LiaisonAnswerSchema,
  PublicationEffectSchema,
  ReminderSettingsSchema,
  RemindersAnswerSchema,
  SettingsSchema,
} from '../contract/office.ts';
import { expectedVersion, withEtag } from '../etag.ts';
import { errors, recordSchema } from '../schemas.ts';

const tags = ['The office’s year'];

/** Health, status changes, reminders and the calendar feed, the liaison directory, settings. */
export function registerOfficeRoutes(root: FastifyInstance): void {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/health',
    {
      schema: {
        tags,
        summary: 'The ties of a home place ranked by health, each with the breakdown by dimension: filtered, sorted and a page of them',
        querystring: HealthRankingSchema.strict(),
        response: { 200: HealthAnswerSchema, ...errors(400, 404) },
      },
    },
    async (r) => healthRanking(r.ctx, r.query),
  );

  app.post(
    '/api/partnerships/:id/status/preview',
    {
      config: { role: 'editor' },
      schema: {
        tags,
        summary: 'What a status change would do to the public figures of the tie’s home place; nothing is changed (editor)',
        params: z.object({ id: IdSchema }),
        body: StatusChangeSchema,
        response: { 200: StatusEffectSchema, ...errors(400, 401, 403, 404) },
      },
    },
    (r) => previewTieStatus(r.ctx, r.params.id, r.body),
  );

  app.post(
    '/api/partnerships/:id/status',
    {
      config: { role: 'editor' },
      schema: {
        tags,
        summary: 'Mark a tie active, dormant, suspended (with its reason) or ended from a date (editor; If-Match)',
        params: z.object({ id: IdSchema }),
        body: StatusChangeSchema,
        response: { 200: recordSchema('partnership'), ...errors(400, 401, 403, 404, 412, 428) },
      },
    },
    async (r, reply) => withEtag(reply, await changeTieStatus(r.ctx, r.params.id, r.body, expectedVersion(r))),
  );

  for (const [action, publish] of [
    ['publish', true],
    ['unpublish', false],
  ] as const) {
    app.post(
      `/api/events/:id/${action}`,
      {
        config: { role: 'editor' },
        schema: {
          tags,
          summary: publish
            ? 'Publish an event, such as a planned visit, to the public (editor; If-Match)'
            : 'Take an event back to internal (editor; If-Match)',
          params: z.object({ id: IdSchema }),
          response: { 200: recordSchema('event'), ...errors(400, 401, 403, 404, 412, 428) },
        },
      },
      async (r, reply) => withEtag(reply, await setEventPublished(r.ctx, r.params.id, publish, expectedVersion(r))),
    );

    app.post(
      `/api/events/:id/${action}/preview`,
      {
        config: { role: 'editor' },
        schema: {
          tags,
          summary: publish
            ? 'The members of a visit who would become public with it; nothing is changed (editor)'
            : 'The members of a visit who would go back to internal with it; nothing is changed (editor)',
          params: z.object({ id: IdSchema }),
          response: { 200: PublicationEffectSchema, ...errors(401, 403, 404) },
        },
      },
      (r) => previewEventPublication(r.ctx, r.params.id, publish),
    );
  }

  app.get(
    '/api/liaison',
    {
      config: { role: 'viewer' },
      schema: {
        tags,
        summary: 'The liaison directory: contacts on each side of each tie (internal; viewer)',
        querystring: z.strictObject({ current: z.enum(['true', 'false']).default('false') }),
        response: { 200: LiaisonAnswerSchema, ...errors(401, 403) },
      },
    },
    async (r) => ({ internal: true, contacts: await liaisonDirectory(r.ctx, { currentOnly: r.query.current === 'true' }) }),
  );

  app.post(
    '/api/partnerships/:id/contacts/:contact/handover',
    {
      config: { role: 'editor' },
      schema: {
        tags,
        summary: 'End a contact and put the successor in place, keeping both (editor; If-Match)',
        params: z.object({ id: IdSchema, contact: z.string().regex(/^c\d{1,6}$/) }),
        body: HandoverSchema,
        response: { 200: recordSchema('partnership'), ...errors(400, 401, 403, 404, 412, 428) },
      },
    },
    async (r, reply) => withEtag(reply, await handOver(r.ctx, r.params.id, r.params.contact, r.body, expectedVersion(r))),
  );

  app.get(
    '/api/reminders',
    {
      schema: {
        tags,
        summary: 'What is coming: round anniversaries, agreements ending, tasks due, events',
        querystring: ReminderRequestSchema.strict(),
        response: { 200: RemindersAnswerSchema, ...errors(400) },
      },
    },
    async (r) => ({ items: await reminders(r.ctx, { from: r.query.from, withinDays: r.query.within }) }),
  );

  app.post(
    '/api/calendar/token',
    {
      config: { role: 'viewer' },
      schema: {
        tags,
        summary: 'A new address for your calendar feed; the old one stops working (viewer)',
        response: { 200: z.object({ url: z.string(), token: z.string() }), ...errors(401) },
      },
    },
    async (r) => {
      const token = await accounts.rotateCalendarToken(r.ctx);
      return { token, url: `${r.server.publicUrl}/api/calendar.ics?token=${token}` };
    },
  );

  app.get(
    '/api/calendar.ics',
    {
      schema: {
        tags,
        summary: 'Your reminders as an iCalendar feed, opened by the token in its address',
        querystring: z.strictObject({ token: z.string().regex(/^cal_[\w-]{20,}$/), lang: SentenceLangSchema.default('en') }),
        response: { 200: z.string(), ...errors(400, 401) },
      },
    },
    async (r, reply) => {
      const ics = await calendarFeedForToken(r.ctx, r.query.token, r.query.lang, r.server.publicUrl);
      return reply.type('text/calendar; charset=utf-8').send(ics);
    },
  );

  app.get(
    '/api/relations',
    {
      schema: {
        tags,
        summary: 'Diplomatic relations between countries',
        response: { 200: z.object({ items: z.array(CountryRelationSchema) }) },
      },
    },
    async (r) => ({ items: await countryRelations.list(r.ctx.db) }),
  );

  app.put(
    '/api/relations',
    {
      config: { role: 'editor' },
      schema: {
        tags,
        summary: 'Record diplomatic relations between two countries (editor)',
        body: CountryRelationSchema,
        response: { 200: CountryRelationSchema, ...errors(400, 401, 403) },
      },
    },
    (r) => countryRelations.put(r.ctx, r.body),
  );

  app.get(
    '/api/settings',
    {
      config: { role: 'viewer' },
      schema: { tags, summary: 'The health weights and the reminder horizons (viewer)', response: { 200: SettingsSchema, ...errors(401) } },
    },
    (r) => officeSettings(r.ctx),
  );

  app.put(
    '/api/settings',
    {
      config: { role: 'admin' },
      schema: {
        tags,
        summary: 'Change the health weights or the reminder horizons (admin)',
        body: z.strictObject({ health: HealthSettingsSchema.optional(), reminders: ReminderSettingsSchema.optional() }),
        response: { 200: SettingsSchema, ...errors(400, 401, 403) },
      },
    },
    (r) => changeSettings(r.ctx, r.body),
  );
}
