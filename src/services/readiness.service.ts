import type { Store } from '../storage/connect.ts';
import { pendingMigrations } from '../storage/migrate.ts';
import { pingDatabase } from '../storage/probe.ts';

export interface Readiness {
  ready: boolean;
  database: 'ok' | 'unreachable';
  schema: 'current' | 'behind' | 'unknown';
  /** Migrations the database lacks, when its schema is behind. */
  pending?: string[];
  /** Why the server is not ready, for the person or the balancer asking. */
  reason?: string;
}

/** The registry whose readiness is asked: its database and, on PostgreSQL, its schema. */
export type ReadinessTarget = Pick<Store, 'db' | 'schema'>;

/** How long the database may take to answer before the server counts as not ready. */
const PATIENCE_MS = 2000;

function withinPatience<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    timer.unref();
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/**
 * Whether the server can serve the registry: the database answers and every migration is applied.
 * Liveness (the process runs) is /healthz; this is what a balancer or an orchestrator waits for.
 */
export async function readiness(store: ReadinessTarget, patienceMs = PATIENCE_MS): Promise<Readiness> {
  try {
    await withinPatience(pingDatabase(store.db), patienceMs);
  } catch (error) {
    return {
      ready: false,
      database: 'unreachable',
      schema: 'unknown',
      reason: `the database does not answer: ${(error as Error).message}`,
    };
  }
  let pending: string[];
  try {
    pending = await withinPatience(pendingMigrations(store.db), patienceMs);
  } catch (error) {
    return { ready: false, database: 'ok', schema: 'unknown', reason: `the schema could not be read: ${(error as Error).message}` };
  }
  if (pending.length > 0) {
    return {
      ready: false,
      database: 'ok',
      schema: 'behind',
      pending,
      reason: `the schema lacks ${pending.length} migration(s), from ${pending[0]}; run 'amity init'`,
    };
  }
  return { ready: true, database: 'ok', schema: 'current' };
}
