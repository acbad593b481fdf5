import type { FastifyInstance } from 'fastify';
import { readiness, type ReadinessTarget } from '../../services/readiness.service.ts';

/**
 * `/healthz`: the process is alive (liveness), whatever the database does.
 * `/readyz`: the database answers and its schema is current (readiness), else 503 with the reason.
 */
export function registerHealthRoutes(app: FastifyInstance, store: ReadinessTarget): void {
  // A few bytes each, asked for often: nothing to compress or decompress.
  const small = { schema: { hide: true }, compress: false, decompress: false } as const;
  app.get('/healthz', small, async () => ({ status: 'ok' }));
  app.get('/readyz', small, async (_request, reply) => {
    const state = await readiness(store);
    return reply.code(state.ready ? 200 : 503).send(state);
  });
}
