import cookie from '@fastify/cookie';
import cors from '@fastify/cors';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import secureJson from 'secure-json-parse';
import { systemActor } from '../domain/permissions.ts';
import { prepareNetworkMap } from '../services/network/map-answer.service.ts';
import type { Store } from '../storage/connect.ts';
import { registerAuth } from './auth.ts';
import { registerTextRule } from './text-rule.ts';
import { trustProxyOption, type TrustedProxies } from './trust-proxy.ts';
import { errorHandler } from './errors.ts';
import { registerAuthRoutes } from './routes/auth.ts';
import { registerRecordRoutes } from './routes/records.ts';
import { registerRegistryRoutes } from './routes/registry.ts';
import { registerNetworkRoutes } from './routes/network.ts';
import { registerClaimRoutes } from './routes/claims.ts';
import { registerOfficeRoutes } from './routes/office.ts';
import { registerFlowRoutes } from './routes/flows.ts';
import { registerNameRoutes } from './routes/names.ts';
import { registerReportRoutes } from './routes/reports.ts';
import compress from '@fastify/compress';
import { registerWebDataRoutes } from './routes/web-data.ts';
import { registerHealthRoutes } from './routes/health.ts';
import { registerAnswerHeaders, requestId } from './hooks/headers.ts';
import { registerCacheControl } from './hooks/cache-control.ts';
import { registerReadOnly } from './hooks/read-only.ts';
import { requestForLog } from './hooks/log-redaction.ts';
import { registerMetrics, registerMetricsRoute } from './metrics.ts';
import { CORS_ALLOWED_HEADERS, CORS_EXPOSED_HEADERS, CORS_METHODS, publicUrlOf } from './public-url.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The server's public address (`https://amity.example.org`), or '' for addresses relative to the request. */
    publicUrl: string;
  }
}
import { registerWork, type WorkOptions } from './threads.ts';
import { schemaController } from './serializer.ts';
import { registerOpenApi } from './openapi.ts';

export interface ServerOptions {
  store: Store;
  /** pino options, or false for no logs. */
  logger?: FastifyServerOptions['logger'];
  /** Origins allowed to call the API from a browser; none by default. */
  corsOrigins?: string[];
  /** Mark the session cookie Secure (behind HTTPS). */
  secureCookies?: boolean;
  /** The proxies whose `X-Forwarded-For` names the client (hops or addresses); none by default. */
  trustProxy?: TrustedProxies;
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
  /**
   * The address the server is reached at, for the absolute URLs it writes (a calendar feed's
   * address, the links in the feed); never taken from the request's Host header. A function when
   * it is known only once the server listens. Without it, URLs are relative to the server.
   */
  publicUrl?: string | (() => string);
  /** Serve the registry to be read only: writes answer 503. */
  readOnly?: boolean;
  /** Let anyone read /metrics; by default only administrators may. */
  metricsOpen?: boolean;
  /** The worker pool for heavy work, its time budgets and the per-address limit on heavy routes. */
  work?: WorkOptions;
}

export const BODY_LIMIT = 1024 * 1024;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The HTTP API over the registry's services. It keeps no state of its own: all of it is in the database. */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const now = options.now ?? (() => new Date());
  const publicUrl = publicUrlOf(options.publicUrl);
  const logger = options.logger ?? false;
  const app = Fastify({
    // Every line a request logs names it; its URL is written with its tokens redacted.
    logger: logger && typeof logger === 'object' ? { ...logger, serializers: { req: requestForLog, ...logger.serializers } } : logger,
    genReqId: requestId,
    requestIdHeader: false,
    bodyLimit: BODY_LIMIT,
    trustProxy: trustProxyOption(options.trustProxy),
    schemaController,
  });
  app.setErrorHandler(errorHandler);
  app.decorate('publicUrl', { getter: publicUrl });

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

  registerAnswerHeaders(app, { hsts: options.secureCookies ?? false });
  // Liveness and readiness are asked for every few seconds and need no more than the headers
  // above: they sit outside the context of the API and the web app, whose hooks they never run.
  registerHealthRoutes(app, options.store);
  await app.register((api) => registerApplication(api, options, now));
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

/** The API and the web app, with the hooks every one of their requests runs. */
async function registerApplication(app: FastifyInstance, options: ServerOptions, now: () => Date): Promise<void> {
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({ error: 'not_found', message: `no route ${request.method} ${request.url.split('?')[0]}`, requestId: request.id }),
  );
  registerCacheControl(app);
  const metrics = registerMetrics(app, options.store);
  options.store.onConnectionError((error) =>
    app.log.warn({ err: error }, 'a database connection was lost; the next query opens a new one'),
  );
  if (options.readOnly) registerReadOnly(app);
  if (options.corsOrigins?.length) {
    await app.register(cors, {
      origin: options.corsOrigins,
      credentials: true,
      methods: CORS_METHODS,
      allowedHeaders: CORS_ALLOWED_HEADERS,
      exposedHeaders: CORS_EXPOSED_HEADERS,
    });
  }
  await app.register(cookie);
  await app.register(compress, { threshold: 4096 });
  registerOpenApi(app);

  registerAuth(app, options.store.db, now);
  registerTextRule(app);
  registerWork(app, options.store, now, options.work);
  registerMetricsRoute(app, metrics, { open: options.metricsOpen ?? false });
  registerAuthRoutes(app, { secureCookies: options.secureCookies ?? false });
  registerRecordRoutes(app);
  registerRegistryRoutes(app);
  registerNetworkRoutes(app);
  registerClaimRoutes(app);
  registerOfficeRoutes(app);
  registerFlowRoutes(app);
  registerNameRoutes(app);
  registerReportRoutes(app);
  registerWebDataRoutes(app, { home: options.home });
  for (const plugin of options.plugins ?? []) await plugin(app);
}
