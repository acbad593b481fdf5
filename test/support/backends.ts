import { randomBytes } from 'node:crypto';
import { afterAll, beforeEach, describe } from 'vitest';
import { systemActor, type Actor } from '../../src/domain/permissions.ts';
import type { Ctx } from '../../src/services/context.ts';
import { prepareRegistry } from '../../src/services/setup.service.ts';
import { openStore, type Backend, type Store } from '../../src/storage/connect.ts';

/** The backends this run covers; `scripts/test.js` sets it after checking that PostgreSQL answers. */
export const BACKENDS = (process.env.AMITY_TEST_BACKENDS ?? 'sqlite').split(',').map((b) => b.trim()) as Backend[];

/** The run's own database, which test/support/global-setup.ts creates and drops. */
export const POSTGRES_URL = process.env.AMITY_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A new, empty, migrated registry: an in-memory SQLite database or a PostgreSQL schema of its own. */
export async function freshStore(backend: Backend): Promise<Store> {
  if (backend === 'sqlite') {
    const store = openStore(':memory:');
    await prepareRegistry(store);
    return store;
  }
  // The schema goes with the run's database when the run ends.
  const store = openStore(`${POSTGRES_URL}?schema=t_${randomBytes(6).toString('hex')}`);
  await prepareRegistry(store);
  return store;
}

export const FIXED_NOW = new Date('2026-11-22T09:00:00Z');

export function ctxFor(store: Store, actor: Actor = systemActor('test'), now: Date = FIXED_NOW): Ctx {
  return { db: store.db, actor, now: () => now };
}

/**
 * Runs the suite once per backend, each test on a fresh registry.
 * `use()` gives the current test's store and a context acting as the system.
 */
export function describeEachBackend(name: string, suite: (use: () => { store: Store; ctx: Ctx }) => void): void {
  for (const backend of BACKENDS) {
    describe(`${name} [${backend}]`, () => {
      let current: { store: Store; ctx: Ctx } | null = null;
      beforeEach(async () => {
        if (current) await current.store.close();
        const store = await freshStore(backend);
        current = { store, ctx: ctxFor(store) };
      });
      afterAll(async () => {
        if (current) await current.store.close();
        current = null;
      });
      suite(() => {
        if (!current) throw new Error('no store: use() is for tests, not for describe bodies');
        return current;
      });
    });
  }
}
