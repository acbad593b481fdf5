import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { systemActor } from '../domain/permissions.ts';
import type { Store } from '../storage/connect.ts';
import { accounts } from './auth/accounts.service.ts';
import type { Ctx } from './context.ts';
import type { ImportProgress } from './network/import-network.service.ts';
import { networkRepository } from '../storage/network.repository.ts';
import { places } from './records.service.ts';
import { openStore, resolveDatabaseTarget } from '../storage/connect.ts';
import { pendingMigrations } from '../storage/migrate.ts';
import { quickCheck } from '../storage/quick-check.ts';
import { writeRefusal } from '../storage/probe.ts';
import { AmityError } from '../domain/errors.ts';
import { openRegistry } from './setup.service.ts';

/** The dataset Amity ships, imported when no file is named. */
export const SHIPPED_NETWORK = fileURLToPath(new URL('../network/data/twin_cities.csv', import.meta.url));

/** The administrator `amity start` creates beside the demo registry. */
export const DEMO_ADMIN = 'admin@amity.local';

export interface SiteProgress {
  /** A line for the person starting the site. */
  say: (line: string) => void;
  /** The import of the world network, phase by phase; `stop` when it ends either way. */
  progress?: { update: (p: ImportProgress) => void; stop: () => void };
}

/**
 * Opens the registry (creating it or bringing its schema up to date), then, for `amity start`:
 * with `demo`, loads the Shenzhen demo registry into a registry that has no place yet and creates
 * an administrator when there is no account, saying the password once; with `network`, imports
 * the shipped world network when the registry has none (a new registry, or one made before the
 * network shipped), so that the world map has something to draw. A registry that has its places
 * and its network is left alone. `checked` is the file's quick check when the caller began it.
 */
export async function openSite(
  db: string | undefined,
  options: { demo?: boolean; network?: boolean; readOnly?: boolean; checked?: Promise<string[]> },
  out: SiteProgress,
): Promise<Store> {
  if (options.readOnly) return openReadOnly(db);
  await refuseUnwritable(db);
  const store = await openRegistry(db, { quickCheck: options.checked ?? quickCheck(db), say: out.say });
  try {
    const ctx: Ctx = { db: store.db, actor: systemActor('start'), now: () => new Date() };
    if (options.demo) await seedDemoOnce(ctx, store.location, out.say);
    if (options.network) await importShippedNetworkOnce(ctx, out);
    return store;
  } catch (error) {
    await store.close();
    throw error;
  }
}

async function seedDemoOnce(ctx: Ctx, location: string, say: (line: string) => void): Promise<void> {
  if (await places.any(ctx, { includeDeleted: true })) return;
  // The demo's loader and the network's importer are loaded only for a new registry.
  const { loadDemo } = await import('../demo/load-demo.ts');
  await loadDemo(ctx);
  say(`Created ${location} with the Shenzhen demo registry.`);
  if ((await accounts.list(ctx)).length > 0) return;
  const password = randomBytes(12).toString('base64url');
  await accounts.add(ctx, { email: DEMO_ADMIN, role: 'admin', password });
  say(`Sign in to the workspace as ${DEMO_ADMIN} with the password ${password} (shown once; change it with 'amity user reset-password').`);
}

async function importShippedNetworkOnce(ctx: Ctx, out: SiteProgress): Promise<void> {
  if (await networkRepository.hasTies(ctx.db)) return;
  const { importNetwork } = await import('./network/import-network.service.ts');
  out.say('Importing the world twin-town network shipped with Amity (about 25,900 pairs from Wikipedia; a minute or less) …');
  const started = Date.now();
  const report = await importNetwork(ctx, {
    file: SHIPPED_NETWORK,
    text: readFileSync(SHIPPED_NETWORK, 'utf8'),
    onProgress: out.progress?.update,
  }).finally(() => out.progress?.stop());
  out.say(
    `Imported the world network in ${((Date.now() - started) / 1000).toFixed(1)} s: ${report.distinctTies} ties between ${report.places.distinct} places (${report.unresolvedRows} rows unresolved). See it at /network.`,
  );
}

/**
 * A database the server cannot write would start and then fail every sign-in; it is refused at
 * once instead, with the database's reason and the way to serve it on purpose.
 */
async function refuseUnwritable(db: string | undefined): Promise<void> {
  const target = resolveDatabaseTarget(db);
  let reason: string | null;
  let location = target;
  try {
    const store = openStore(target);
    location = store.location;
    try {
      reason = await writeRefusal(store.db, store.backend);
    } finally {
      await store.close();
    }
  } catch (error) {
    reason = (error as Error).message;
  }
  if (reason) {
    throw new AmityError(
      'unavailable',
      `the database ${location} cannot be written (${reason}); make it writable, or serve it read-only with --read-only`,
    );
  }
}

/** A registry served to be read only: its schema must already be current, since nothing may be migrated. */
async function openReadOnly(db: string | undefined): Promise<Store> {
  const store = openStore(resolveDatabaseTarget(db), { readOnly: true });
  try {
    const pending = await pendingMigrations(store.db).catch((error: unknown) => {
      throw new AmityError(
        'unavailable',
        `the database ${store.location} cannot be read (${(error as Error).message})${store.backend === 'sqlite' ? '; SQLite needs to write its -shm file beside the database even to read it, so its directory must be writable' : ''}`,
      );
    });
    if (pending.length > 0) {
      throw new AmityError(
        'unavailable',
        `the database ${store.location} lacks ${pending.length} migration(s) and cannot be served read-only; run 'amity init' on it first`,
      );
    }
    return store;
  } catch (error) {
    await store.close();
    throw error;
  }
}
