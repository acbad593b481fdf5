import { AmityError } from '../../domain/errors.ts';
import { openStore, type Store } from '../../storage/connect.ts';
import type { Ctx } from '../context.ts';
import type { TaskAnswer, TaskMessage } from './pool.ts';
import { TASKS, type TaskName } from './tasks.ts';

/** A worker thread of the pool (pool.ts): it keeps one connection per database it is sent work for. */
const stores = new Map<string, Store>();

function storeFor(target: string): Store {
  let store = stores.get(target);
  if (!store) {
    // A task reads its rows about once: a small page cache, whose memory a thread that ends
    // would otherwise leave behind in the process.
    store = openStore(target, { pageCacheKiB: 2000 });
    stores.set(target, store);
  }
  return store;
}

export default async function runTask(message: TaskMessage): Promise<TaskAnswer> {
  const ctx: Ctx = { db: storeFor(message.target).db, actor: message.actor, now: () => new Date(message.now) };
  const task = TASKS[message.name as TaskName] as (ctx: Ctx, input: unknown) => Promise<unknown>;
  try {
    return { ok: true, value: await task(ctx, message.input) };
  } catch (error) {
    if (!(error instanceof AmityError)) throw error;
    return { ok: false, code: error.code, message: error.message, issues: error.issues, details: error.details };
  }
}
