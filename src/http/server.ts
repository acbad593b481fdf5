import cookie from '@fastify/cookie';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, validatorCompiler } from 'fastify-type-provider-zod';
import secureJson from 'secure-json-parse';
import { systemActor } from '../domain/permissions.ts';
import { prepareNetworkMap } from '../services/network/map-answer.service.ts';
import type { Store } from '../storage/connect.ts';
import { registerAuth } from './auth.ts';
import { errorHandler } from './errors.ts';
import { registerAuthRoutes } from './routes/auth.ts';
import { registerRecordRoutes } from './routes/records.ts';
import { registerRegistryRoutes } from './routes/registry.ts';
import { registerNetworkRoutes } from './routes/network.ts';
import { registerClaimRoutes } from './routes/claims.ts';
import { registerOfficeRoutes } from './routes/office.ts';
import { registerNameRoutes } from './routes/names.ts';
import { registerReportRoutes } from './routes/reports.ts';
import compress from '@fastify/compress';
import { registerWebDataRoutes } from './routes/web-data.ts';
import { registerWork, type WorkOptions } from './work.ts';

export interface ServerOptions {
  store: Store;
  /** pino options, or false for no logs. */
  logger?: FastifyServerOptions['logger'];
  /** Origins allowed to call the API from a browser; none by default. */
  corsOrigins?: string[];
  /** Mark the session cookie Secure (behind HTTPS). */
  secureCookies?: boolean;
  trustProxy?: boolean;
  now?: () => Date;
  /** The home place (id or name) whose network the web app shows; by default the one with the most ties. */
  home?: string;
  /** Extra routes (the web app) registered after the API. */
  plugins?: ((app: FastifyInstance) => Promise<void> | void)[];
  /**
   * Make the world map's data once the server listens rather than on the first visit to the
   * map; requests are served meanwhile.
   */
  prepareNetworkMap?: boolean;
  /** The worker pool for heavy work, its time budgets and the per-address limit on heavy routes. */
  work?: WorkOptions;
}

export const BODY_LIMIT = 1024 * 1024;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The HTTP API over the registry's services. It keeps no state of its own: all of it is in the database. */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const now = options.now ?? (() => new Date());
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: BODY_LIMIT,
    trustProxy: options.trustProxy ?? false,
    // The request's data is checked by the zod schemas; responses are written as they are.
    ajv: undefined,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({ error: 'not_found', message: `no route ${request.method} ${request.url.split('?')[0]}` }),
  );

  // JSON bodies must be valid UTF-8 and free of prototype keys; anything else is a 400.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, body, done) => {
    try {
      const text = strictUtf8.decode(body as Buffer);
      done(null, text.trim() === '' ? undefined : secureJson.parse(text, undefined, { protoAction: 'error', constructorAction: 'error' }));
    } catch (error) {
      const invalid = Object.assign(new Error(`the body is not valid JSON in UTF-8: ${(error as Error).message}`), { statusCode: 400 });
      done(invalid, undefined);
    }
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        workerSrc: ["'self'", 'blob:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    hsts: options.secureCookies ?? false,
    frameguard: { action: 'deny' },
    crossOriginEmbedderPolicy: false,
  });
  if (options.corsOrigins?.length) await app.register(cors, { origin: options.corsOrigins, credentials: true });
  await app.register(cookie);
  await app.register(compress, { threshold: 4096 });
  await app.register(swagger, {
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
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  registerAuth(app, options.store.db, now);
  registerWork(app, options.store, now, options.work);
  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  registerAuthRoutes(app, { secureCookies: options.secureCookies ?? false });
  registerRecordRoutes(app);
  registerRegistryRoutes(app);
  registerNetworkRoutes(app);
  registerClaimRoutes(app);
  registerOfficeRoutes(app);
  registerNameRoutes(app);
  registerReportRoutes(app);
  registerWebDataRoutes(app, { home: options.home });
  for (const plugin of options.plugins ?? []) await plugin(app);
  if (options.prepareNetworkMap) {
    app.addHook('onListen', (done) => {
      const ctx = { db: options.store.db, actor: systemActor('serve'), now };
      void prepareNetworkMap(ctx).catch((error: unknown) => app.log.warn({ error }, 'could not prepare the world map'));
      done();
    });
  }
  await app.ready();
  return app;
}
