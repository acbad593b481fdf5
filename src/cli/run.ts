import type { Ctx } from '../services/context.ts';
import type { Store } from '../storage/connect.ts';

export interface DbOption {
  db?: string;
}

/** Opens the registry named by `--db`, runs the command as the command line's system actor, and closes it. */
export async function withRegistry<T>(options: DbOption, fn: (ctx: Ctx, store: Store) => Promise<T>): Promise<T> {
  const [{ openRegistry }, { systemActor }] = await Promise.all([
    import('../services/setup.service.ts'),
    import('../domain/permissions.ts'),
  ]);
  const store = await openRegistry(options.db);
  try {
    return await fn({ db: store.db, actor: systemActor('cli'), now: () => new Date() }, store);
  } finally {
    await store.close();
  }
}
