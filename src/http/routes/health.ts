import type { FastifyInstance } from 'fastify';
import { readiness, type ReadinessTarget } from '../../services/readiness.service.ts';

/**
 * `/healthz`: the process is alive (liveness), whatever the database does.
 * `/readyz`: the database answers and its schema is current (readiness), else 503 with the reason.
 */
export function registerHealthRoutes(app: FastifyInstance, store: ReadinessTarget): void {
  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true } }, async (_request, reply) => {
    const state = await readiness(store);
    return reply.code(state.ready ? 200 : 503).send(state);
  });
}
