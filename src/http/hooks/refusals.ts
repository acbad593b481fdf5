import type { FastifyReply, FastifyRequest } from 'fastify';

const REFUSED = new Set([401, 403, 429]);

/**
 * A request refused for who sent it (401, 403, 429) is logged with its route and the address it
 * came from. Called from the one hook that observes each answer (metrics.ts).
 */
export function logIfRefused(request: FastifyRequest, reply: FastifyReply): void {
  if (!REFUSED.has(reply.statusCode)) return;
  request.log.warn(
    { status: reply.statusCode, method: request.method, route: request.routeOptions.url ?? null, address: request.ip },
    'request refused',
  );
}
