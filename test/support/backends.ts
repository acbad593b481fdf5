import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe } from 'vitest';
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

export interface OnBackend {
  store: Store;
  ctx: Ctx;
}

export interface EachBackendOptions {
  /**
   * When the registry is made:
   * - `'each'` (the default): a fresh registry for every test;
   * - `'shared'`: one registry for the whole suite, made before the suite's own `beforeAll` hooks
   *   and closed after its `afterAll` hooks, for suites that keep a server up across their tests;
   * - `'none'`: no registry; the suite makes its own from the backend (a file, a schema of its own).
   */
  registry?: 'each' | 'shared' | 'none';
  /** The timeout of each test of the suite, when it needs more than the run's default. */
  timeout?: number;
}

/**
 * Runs the suite once per backend of the run (BACKENDS), its name followed by the backend.
 * `use()` gives the current registry and a context acting as the system; the suite also gets
 * the backend, known as the suite is declared.
 */
export function describeEachBackend(
  name: string,
  suite: (use: () => OnBackend, backend: Backend) => void,
  options: EachBackendOptions = {},
): void {
  const registry = options.registry ?? 'each';
  for (const backend of BACKENDS) {
    describe(`${name} [${backend}]`, options.timeout ? { timeout: options.timeout } : {}, () => {
      let current: OnBackend | null = null;
      const close = async () => {
        const open = current;
        current = null;
        if (open) await open.store.close();
      };
      const open = async () => {
        const store = await freshStore(backend);
        current = { store, ctx: ctxFor(store) };
      };
      if (registry === 'each') {
        beforeEach(async () => {
          await close();
          await open();
        });
      } else if (registry === 'shared') {
        beforeAll(open);
      }
      // Registered first, so it runs last: after the suite's own afterAll hooks have used the registry.
      afterAll(close);
      suite(() => {
        if (!current)
          throw new Error(
            registry === 'none'
              ? `no registry: '${name}' makes its own`
              : 'no registry yet: use() is for hooks and tests, not for describe bodies',
          );
        return current;
      }, backend);
    });
  }
}
