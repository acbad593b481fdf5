import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { AmityError, type FieldIssue } from '../../domain/errors.ts';
import type { Actor } from '../../domain/permissions.ts';
import type { Db } from '../../storage/database.ts';
import type { Ctx } from '../context.ts';
import type { TaskInput, TaskName, TaskOutput } from './tasks.ts';

/** How long each kind of heavy work may take, from the moment it is asked for, in milliseconds. */
export const TIME_BUDGETS_MS: Record<TaskName, number> = { check: 60_000, report: 120_000, graph: 120_000, map: 120_000 };

/** Tasks each run on a thread of their own that ends with them (see startWorkPool). */
const ONE_OFF: ReadonlySet<TaskName> = new Set(['map']);

export interface WorkPoolOptions {
  /** The database the workers open for themselves: a SQLite file or a postgres:// URL. */
  target: string;
  threads?: number;
  /** Tasks waiting for a thread beyond this many are refused (503). */
  maxQueue?: number;
  budgets?: Partial<Record<TaskName, number>>;
  /** The worker's module; by default `worker` beside this file, with this file's extension (.ts or .js). */
  workerUrl?: string | URL;
  /** Keep a worker once started (a server), rather than letting it go after a minute without work (tests, tools). */
  keep?: boolean;
}

/** What a worker is sent: the task, and who asks on which database at what time. */
export interface TaskMessage {
  name: TaskName;
  input: unknown;
  target: string;
  actor: Actor;
  now: string;
}

/** A worker's answer: the task's value, or the Amity error it failed with (errors cross threads as plain data). */
export type TaskAnswer =
  | { ok: true; value: unknown }
  | { ok: false; code: AmityError['code']; message: string; issues: FieldIssue[]; details: Record<string, unknown> };

export interface WorkPool {
  /** Runs a task on a worker thread; absent where the work runs on the caller's thread. */
  run?<K extends TaskName>(name: K, input: TaskInput<K>, ctx: Ctx): Promise<TaskOutput<K>>;
  budget(name: TaskName): number;
  /** Tasks waiting for a thread, threads started, and tasks done, for /metrics. */
  stats(): { queued: number; threads: number; completed: number };
  close(): Promise<void>;
}

/** A database no worker can open (SQLite in memory): the work runs here, and its budget still ends the wait. */
export function inProcessWork(budgets: Partial<Record<TaskName, number>> = {}): WorkPool {
  return {
    budget: (name) => budgets[name] ?? TIME_BUDGETS_MS[name],
    stats: () => ({ queued: 0, threads: 0, completed: 0 }),
    close: async () => {},
  };
}

/** Whether worker threads can open `target` themselves: a file or a PostgreSQL URL, not memory. */
export const workersCanOpen = (target: string | undefined): target is string =>
  target !== undefined && target !== ':memory:' && target !== '';

/** The worker's module: `AMITY_WORKER_URL`, else `worker.ts` or `worker.js` beside this file, as this file is. */
export function workerUrl(): URL {
  if (process.env.AMITY_WORKER_URL) return new URL(process.env.AMITY_WORKER_URL, `file://${process.cwd()}/`);
  return new URL(`./worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url);
}

/** TypeScript sources reach a worker through a small JavaScript entry that loads them with tsx. */
function entryFor(file: string): string {
  return file.endsWith('.ts') ? file.replace(/worker\.ts$/, 'worker-tsx.mjs') : file;
}

export function overBudget(name: TaskName, ms: number): AmityError {
  const message = `the ${name} took longer than its ${ms / 1000} s budget and was stopped; try a smaller request`;
  return new AmityError('over_budget', message, [{ path: [], code: 'time_budget', message }], { budgetMs: ms });
}

function busy(): AmityError {
  const message = 'the server has as much heavy work queued as it takes; try again in a moment';
  return new AmityError('busy', message, [{ path: [], code: 'server_busy', message }], { retryAfter: 5 });
}

/** A pool of worker threads for the work that would hold up every other request: checks, reports, the network's graph. */
export function startWorkPool(options: WorkPoolOptions): WorkPool {
  const filename = entryFor(fileURLToPath(options.workerUrl ? new URL(options.workerUrl) : workerUrl()));
  const threads = options.threads ?? Math.max(1, Math.min(4, availableParallelism() - 1));
  const piscina = new Piscina({
    filename,
    // Threads start at the first task, not with the server: a starting worker would slow its start.
    minThreads: 0,
    maxThreads: threads,
    maxQueue: options.maxQueue ?? threads * 8,
    idleTimeout: options.keep ? Number.POSITIVE_INFINITY : 60_000,
  });
  // Work that builds much and keeps little (the world map from the whole graph) runs on a thread
  // that ends when it is done: the memory the work used goes with the thread.
  const once = new Piscina({ filename, minThreads: 0, maxThreads: 1, maxQueue: options.maxQueue ?? 8, idleTimeout: 0 });
  // A worker that fails outside a task (it could not start) fails the task waiting on it; the server goes on.
  piscina.on('error', () => {});
  once.on('error', () => {});
  const budget = (name: TaskName) => options.budgets?.[name] ?? TIME_BUDGETS_MS[name];
  return {
    budget,
    async run<K extends TaskName>(name: K, input: TaskInput<K>, ctx: Ctx): Promise<TaskOutput<K>> {
      const ms = budget(name);
      const message: TaskMessage = { name, input, target: options.target, actor: ctx.actor, now: ctx.now().toISOString() };
      let answer: TaskAnswer;
      try {
        // Aborting a task that is running stops its worker; the pool starts another.
        answer = await (ONE_OFF.has(name) ? once : piscina).run(message, { signal: AbortSignal.timeout(ms) });
      } catch (error) {
        if ((error as Error).name === 'AbortError' || (error as Error).name === 'TimeoutError') throw overBudget(name, ms);
        if (/queue is at limit/i.test((error as Error).message)) throw busy();
        throw error;
      }
      if (!answer.ok) throw new AmityError(answer.code, answer.message, answer.issues, answer.details);
      return answer.value as TaskOutput<K>;
    },
    stats: () => ({
      queued: piscina.queueSize + once.queueSize,
      threads: piscina.threads.length + once.threads.length,
      completed: piscina.completed + once.completed,
    }),
    close: async () => {
      await Promise.all([piscina.close({ force: true }), once.close({ force: true })]);
    },
  };
}

const pools = new WeakMap<Db, WorkPool>();

/** Sends heavy work on `db` to `pool` from now on. */
export function attachWorkPool(db: Db, pool: WorkPool): void {
  pools.set(db, pool);
}

export function detachWorkPool(db: Db): void {
  pools.delete(db);
}

/**
 * Runs heavy work in the pool attached to the caller's database, within its time budget. Without
 * a pool (the command line, a registry held in memory that no worker can open) or inside a
 * transaction (whose writes only this connection sees) it runs here, and the budget still ends
 * the wait.
 */
export async function offThread<K extends TaskName>(
  ctx: Ctx,
  name: K,
  input: TaskInput<K>,
  here: () => Promise<TaskOutput<K>>,
): Promise<TaskOutput<K>> {
  const pool = pools.get(ctx.db);
  if (!pool) return here();
  if (pool.run && !ctx.db.isTransaction) return pool.run(name, input, ctx);
  const ms = pool.budget(name);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(overBudget(name, ms)), ms);
  });
  try {
    return await Promise.race([here(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
