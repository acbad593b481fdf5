import type { FastifyInstance, FastifyRequest } from 'fastify';
import { heavyWorkLimit } from '../services/threads/heavy-limit.ts';
import {
  attachWorkPool,
  detachWorkPool,
  inProcessWork,
  startWorkPool,
  workersCanOpen,
  type WorkPoolOptions,
} from '../services/threads/pool.ts';
import type { Store } from '../storage/connect.ts';
import { registerGauge } from './metrics.ts';

export interface WorkOptions extends Partial<Pick<WorkPoolOptions, 'threads' | 'maxQueue' | 'budgets' | 'workerUrl' | 'keep'>> {
  /** Requests for heavy work an anonymous address may make a minute. */
  heavyPerMinute?: number;
}

/** Routes whose answers cost real work: counted per address (see heavy-limit.ts). */
const HEAVY_ROUTES = [/^\/api\/check$/, /^\/api\/reports\//, /^\/api\/network\//];
const isHeavy = (request: FastifyRequest) => HEAVY_ROUTES.some((re) => re.test(request.routeOptions.url ?? ''));

/**
 * Heavy work leaves the request thread: a pool of worker threads starts with the server and
 * closes with it. A registry held in memory, which no worker can open, keeps the work in process.
 */
export function registerWork(app: FastifyInstance, store: Store, now: () => Date, options: WorkOptions = {}): void {
  const pool = workersCanOpen(store.target) ? startWorkPool({ ...options, target: store.target }) : inProcessWork(options.budgets);
  attachWorkPool(store.db, pool);
  registerGauge({
    name: 'amity_worker_pool',
    help: 'The worker pool for heavy work: tasks queued, threads started, tasks completed',
    read: () => pool.stats(),
  });
  app.addHook('onClose', async () => {
    detachWorkPool(store.db);
    await pool.close();
  });
  app.addHook('preHandler', async (request) => {
    if (request.actor.kind !== 'anonymous' || !isHeavy(request)) return;
    await heavyWorkLimit.take(store.db, request.ip, now(), options.heavyPerMinute);
  });
}
