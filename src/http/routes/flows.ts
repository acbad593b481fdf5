import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AddPartnerSchema } from '../../services/flows/add-partner.schema.ts';
import { addPartner } from '../../services/flows/add-partner.service.ts';
import { PartnerPlacesRequestSchema, partnerPlaces } from '../../services/flows/partner-places.service.ts';
import { RecordSigningSchema } from '../../services/flows/record-signing.schema.ts';
import { recordSigning } from '../../services/flows/record-signing.service.ts';
import { previewSigning } from '../../services/flows/signing-preview.service.ts';
import { PlanVisitSchema } from '../../services/flows/plan-visit.schema.ts';
import { planVisit, type PlannedVisit } from '../../services/flows/plan-visit.service.ts';
import {
  AddedPartnerSchema,
  PartnerPlaceSchema,
  PlannedVisitSchema,
  RecordedSigningSchema,
  SigningPublicViewSchema,
} from '../contract/flows.ts';
import { expectedVersion, withEtag } from '../etag.ts';
import { errors } from '../schemas.ts';

const tags = ['The office’s tasks'];
const PASTED_TEXT_LIMIT = 4 * 1024 * 1024;
const planned = (p: PlannedVisit) => ({
  eventId: p.event.id,
  version: p.event.version,
  createdPeople: p.createdPeople,
  taskIds: p.taskIds,
});

/** The office's everyday tasks that cross several kinds of record, each one request. */
export function registerFlowRoutes(root: FastifyInstance): void {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/flows/places',
    {
      config: { role: 'viewer' },
      schema: {
        tags,
        summary: 'Places a name may mean, the registry’s and the world network’s, with what tells homonyms apart (viewer)',
        querystring: PartnerPlacesRequestSchema.strict(),
        response: { 200: z.object({ items: z.array(PartnerPlaceSchema) }), ...errors(400, 401, 403) },
      },
    },
    async (r) => ({ items: await partnerPlaces(r.ctx, r.query) }),
  );

  app.post(
    '/api/flows/add-partner',
    {
      bodyLimit: PASTED_TEXT_LIMIT,
      config: { role: 'editor' },
      schema: {
        tags,
        summary: 'Add a partner: the place (found or new), the tie, the source and its quote, all or nothing (editor)',
        body: AddPartnerSchema,
        response: { 201: AddedPartnerSchema, ...errors(400, 401, 403, 404, 409, 413) },
      },
    },
    async (r, reply) => {
      const added = await addPartner(r.ctx, r.body);
      reply.code(201).header('location', `/api/partnerships/${added.partnership.id}`);
      return { partnershipId: added.partnership.id, placeId: added.place.id, sourceId: added.source.id, created: added.created };
    },
  );

  app.post(
    '/api/flows/plan-visit',
    {
      config: { role: 'editor' },
      schema: {
        tags,
        summary:
          'Plan a visit: its delegation (people found or new, with titles), ties, dated stops, file and follow-ups, all or nothing; internal until published (editor)',
        body: PlanVisitSchema,
        response: { 201: PlannedVisitSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (r, reply) => {
      const plan = await planVisit(r.ctx, r.body);
      reply.code(201).header('location', `/api/events/${plan.event.id}`);
      return withEtag(reply, planned(plan));
    },
  );

  app.put(
    '/api/flows/plan-visit/:id',
    {
      config: { role: 'editor' },
      schema: {
        tags,
        summary: 'Replan a visit at the version in If-Match, as one transaction; its visibility is left as it is (editor)',
        params: z.object({ id: z.string() }),
        body: PlanVisitSchema,
        response: { 200: PlannedVisitSchema, ...errors(400, 401, 403, 404, 412, 428) },
      },
    },
    async (r, reply) => withEtag(reply, planned(await planVisit(r.ctx, r.body, { id: r.params.id, version: expectedVersion(r) }))),
  );

  app.post(
    '/api/flows/record-signing',
    {
      bodyLimit: PASTED_TEXT_LIMIT,
      config: { role: 'editor' },
      schema: {
        tags,
        summary:
          'Record a signing: the agreement, its signatories (found or new), the tie it founds or upgrades, the source and its quote, all or nothing (editor)',
        body: RecordSigningSchema,
        response: { 201: RecordedSigningSchema, ...errors(400, 401, 403, 404, 409, 413) },
      },
    },
    async (r, reply) => {
      const done = await recordSigning(r.ctx, r.body);
      reply.code(201).header('location', `/api/agreements/${done.agreement.id}`);
      return {
        agreementId: done.agreement.id,
        partnershipId: done.partnership.id,
        partnerId: done.partner.id,
        sourceId: done.source.id,
        signatoryIds: done.signatories.map((p) => p.id),
        created: done.created,
      };
    },
  );

  app.post(
    '/api/flows/record-signing/preview',
    {
      bodyLimit: PASTED_TEXT_LIMIT,
      config: { role: 'editor' },
      schema: {
        tags,
        summary: 'What the public would see of a signing once saved, checked as the saving checks it; nothing is written (editor)',
        body: RecordSigningSchema,
        response: { 200: SigningPublicViewSchema, ...errors(400, 401, 403, 404, 409, 413) },
      },
    },
    async (r) => previewSigning(r.ctx, r.body),
  );
}
