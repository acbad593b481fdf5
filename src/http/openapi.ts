import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest, type RouteOptions } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { schemaController } from './serializer.ts';

const DOCUMENT = {
  openapi: {
    openapi: '3.1.0',
    info: {
      title: 'Amity API',
      version: '1',
      description: 'The friendship-city registry over HTTP. Public records are readable without an account.',
    },
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'amity_session' },
        token: { type: 'http', scheme: 'bearer' },
      },
    },
  },
  transform: jsonSchemaTransform,
} as const;

/** Headers of the reference's own answer that the server writes for itself. */
const OWN_HEADERS = new Set(['content-length', 'date', 'connection', 'keep-alive', 'transfer-encoding']);

/**
 * `/api/openapi.json` and the browsable reference at `/api/docs`. The document is made from the
 * routes' zod schemas by @fastify/swagger and shown by @fastify/swagger-ui, both loaded on the
 * first request for either, on a Fastify instance of their own that holds the same routes with
 * none of their handlers: a server that is never asked for its reference never pays for it.
 */
export function registerOpenApi(app: FastifyInstance): void {
  const routes: RouteOptions[] = [];
  app.addHook('onRoute', (route) => {
    if (route.method !== 'HEAD' && !route.url.startsWith('/api/docs')) routes.push(route);
  });
  let reference: Promise<FastifyInstance> | undefined;
  const built = () => {
    if (!reference) {
      reference = referenceOf(routes);
      // A reference that failed to load is tried again at the next request.
      reference.catch(() => (reference = undefined));
    }
    return reference;
  };
  app.addHook('onClose', async () => {
    await (await reference?.catch(() => undefined))?.close();
  });
  const forward = async (request: FastifyRequest, reply: FastifyReply) => {
    const answer = await (await built()).inject({ method: request.method as 'GET', url: request.url });
    for (const [name, value] of Object.entries(answer.headers))
      if (!OWN_HEADERS.has(name) && value !== undefined) reply.header(name, value);
    return reply.code(answer.statusCode).send(answer.rawPayload.length > 0 ? answer.rawPayload : undefined);
  };
  const hidden = { schema: { hide: true } } as const;
  app.get('/api/openapi.json', hidden, async () => (await built()).swagger());
  app.get('/api/docs', hidden, forward);
  app.get('/api/docs/*', hidden, forward);
}

async function referenceOf(routes: RouteOptions[]): Promise<FastifyInstance> {
  const [{ default: swagger }, { default: swaggerUi }] = await Promise.all([import('@fastify/swagger'), import('@fastify/swagger-ui')]);
  const doc = Fastify({ logger: false, schemaController });
  await doc.register(swagger, DOCUMENT);
  await doc.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  const unused = async () => undefined;
  for (const route of routes)
    doc.route({ method: route.method, url: route.url, schema: route.schema, config: route.config, handler: unused });
  await doc.ready();
  return doc;
}
