import type { FastifyInstance } from 'fastify';

const REFUSED = new Set([401, 403, 429]);

/** Requests refused for who sent them (401, 403, 429) are logged with the route and the address they came from. */
export function registerRefusalLog(app: FastifyInstance): void {
  app.addHook('onResponse', (request, reply, done) => {
    if (REFUSED.has(reply.statusCode)) {
      request.log.warn(
        { status: reply.statusCode, method: request.method, route: request.routeOptions.url ?? null, address: request.ip },
        'request refused',
      );
    }
    done();
  });
}
