import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { NetworkExportRequestSchema } from '../../services/network/export.schema.ts';
import {
  ComponentsRequestSchema,
  countryMatrix,
  degreeRanking,
  MatrixRequestSchema,
  networkComponents,
  networkPartners,
  networkPath,
  peers,
  RankRequestSchema,
  sharedPartners,
} from '../../services/network/network.service.ts';
import { networkMapAnswer } from '../../services/network/map-answer.service.ts';
import { pickEncoding } from '../accept-encoding.ts';
import { PlaceRefSchema } from '../../services/home-place.service.ts';
import { reconcile } from '../../services/network/reconcile.service.ts';
import { SuggestRequestSchema, suggestPartners } from '../../services/network/suggest.service.ts';
import { errors } from '../schemas.ts';

const Place = PlaceRefSchema;
/** The answers are the network service's own shapes, documented by their summaries. */
const answer = (...statuses: number[]) => ({ 200: z.looseObject({}), ...errors(...statuses) });
const tags = ['World network'];

/** The world twin-town network over HTTP: the same answers as `amity network …`. */
export function registerNetworkRoutes(root: FastifyInstance): void {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/network/partners',
    { schema: { tags, summary: "A place's partners", querystring: z.strictObject({ place: Place }), response: answer(400, 404) } },
    (r) => networkPartners(r.ctx, r.query.place),
  );
  app.get(
    '/api/network/shared',
    {
      schema: {
        tags,
        summary: 'The partners two places share',
        querystring: z.strictObject({ a: Place, b: Place }),
        response: answer(400, 404),
      },
    },
    (r) => sharedPartners(r.ctx, r.query.a, r.query.b),
  );
  app.get(
    '/api/network/path',
    {
      schema: {
        tags,
        summary: 'The shortest chain of ties between two places',
        querystring: z.strictObject({ from: Place, to: Place }),
        response: answer(400, 404),
      },
    },
    async (r) => ({ steps: await networkPath(r.ctx, r.query.from, r.query.to) }),
  );
  app.get(
    '/api/network/rank',
    { schema: { tags, summary: 'Places by number of partners', querystring: RankRequestSchema.strict(), response: answer(400) } },
    async (r) => ({ items: await degreeRanking(r.ctx, { country: r.query.country, limit: r.query.limit }) }),
  );
  app.get(
    '/api/network/components',
    {
      schema: {
        tags,
        summary: 'The connected parts of the network',
        querystring: ComponentsRequestSchema.strict(),
        response: answer(400, 404),
      },
    },
    (r) => networkComponents(r.ctx, { place: r.query.place, limit: r.query.limit }),
  );
  app.get(
    '/api/network/matrix',
    { schema: { tags, summary: 'Ties between countries', querystring: MatrixRequestSchema.strict(), response: answer(400) } },
    (r) => countryMatrix(r.ctx, { countries: r.query.countries, limit: r.query.limit }),
  );
  app.get(
    '/api/network/suggest',
    {
      schema: {
        tags,
        summary: 'Partner suggestions ranked by network evidence and the wishes given, each explained',
        querystring: SuggestRequestSchema.extend({ includeHomeCountry: z.enum(['true', 'false']).default('false') }).strict(),
        response: answer(400, 404),
      },
    },
    (r) => suggestPartners(r.ctx, r.query.home, { ...r.query, includeHomeCountry: r.query.includeHomeCountry === 'true' }),
  );
  app.get(
    '/api/network/peers',
    {
      schema: {
        tags,
        summary: 'Places of the home country tied to a foreign place',
        querystring: z.strictObject({ home: Place, foreign: Place }),
        response: answer(400, 404),
      },
    },
    (r) => peers(r.ctx, r.query.home, r.query.foreign),
  );
  app.get(
    '/api/network/reconcile',
    {
      schema: {
        tags,
        summary: 'Ties the network lists and the registry lacks, and the other way round',
        querystring: z.strictObject({ home: Place, includeDistricts: z.enum(['true', 'false']).default('false') }),
        response: answer(400, 404),
      },
    },
    async (r) => ({ ...(await reconcile(r.ctx, r.query.home, { includeDistricts: r.query.includeDistricts === 'true' })) }),
  );
  // Sends bytes encoded once beforehand, so the reply is not the typed JSON of the other routes.
  root.get(
    '/api/network/map',
    {
      schema: {
        tags,
        summary: 'Every place and tie in columns, for drawing the whole network',
        description:
          'Places as columns (id, name, nameZh, country, lat, lng, degree, registry); ties as pairs of indices into them. ' +
          'Computed once per change of the network, sent compressed, with an ETag: send it back in If-None-Match for a 304.',
        response: { ...answer(), 304: z.null().describe('not changed since the ETag sent') },
      },
    },
    async (r, reply) => {
      const map = await networkMapAnswer(r.ctx);
      reply.header('etag', map.etag).header('cache-control', 'no-cache').header('vary', 'accept-encoding');
      const sent = String(r.headers['if-none-match'] ?? '')
        .split(',')
        .map((t) => t.trim().replace(/^W\//, ''));
      if (sent.includes(map.etag) || sent.includes('*')) return reply.code(304).send();
      const encoding = pickEncoding(r.headers['accept-encoding']);
      if (encoding !== 'identity') reply.header('content-encoding', encoding);
      return reply.type('application/json; charset=utf-8').send(await map.encoded(encoding));
    },
  );
  app.get(
    '/api/network/export',
    {
      schema: {
        tags,
        summary: 'The network as GraphML, GEXF, GeoJSON or CSV edges',
        querystring: NetworkExportRequestSchema.strict(),
        response: { 200: z.string(), ...errors(400) },
      },
    },
    async (r, reply) => {
      const type = { graphml: 'application/graphml+xml', gexf: 'application/gexf+xml', geojson: 'application/geo+json', csv: 'text/csv' }[
        r.query.format
      ];
      reply.header('content-disposition', `attachment; filename="amity-network.${r.query.format}"`).type(type);
      const { exportNetwork } = await import('../../services/network/export.service.ts');
      return exportNetwork(r.ctx, r.query.format);
    },
  );
}
