import type { Db } from '../storage/database.ts';
import type { Actor } from '../domain/permissions.ts';
import { todayUtc, type Day } from '../domain/precise-date.ts';

/** Who is asking, on which database, at what time. Every service call takes one. */
export interface Ctx {
  db: Db;
  actor: Actor;
  now: () => Date;
}

export function today(ctx: Ctx): Day {
  return todayUtc(ctx.now());
}

/** Runs `fn` in the caller's transaction if there is one, else in a new one. */
export function inTransaction<T>(db: Db, fn: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db) : db.transaction().execute(fn);
}

export function withDb(ctx: Ctx, db: Db): Ctx {
  return { ...ctx, db };
}
