import { AmityError, formatPath } from '../domain/errors.ts';
import { systemActor } from '../domain/permissions.ts';
import type { Ctx } from '../services/context.ts';
import { openRegistry } from '../services/setup.service.ts';
import type { Store } from '../storage/connect.ts';
import { duplicateFromDatabase } from '../storage/unique-violation.ts';

export interface DbOption {
  db?: string;
}

/** Opens the registry named by `--db`, runs the command as the command line's system actor, and closes it. */
export async function withRegistry<T>(options: DbOption, fn: (ctx: Ctx, store: Store) => Promise<T>): Promise<T> {
  const store = await openRegistry(options.db);
  try {
    return await fn({ db: store.db, actor: systemActor('cli'), now: () => new Date() }, store);
  } finally {
    await store.close();
  }
}

/** One line that says what is wrong; the details of every issue follow only with AMITY_VERBOSE. */
export function describeError(thrown: unknown): string {
  const error = duplicateFromDatabase(thrown) ?? thrown;
  if (error instanceof AmityError) {
    if (process.env.AMITY_VERBOSE && error.issues.length > 1) {
      return [error.message, ...error.issues.map((i) => `  ${formatPath(i.path)}: ${i.message}`)].join('\n');
    }
    return error.message;
  }
  if (error instanceof Error) {
    const code = (error as { code?: string }).code;
    if (code === 'ECONNREFUSED') return `cannot reach the database: ${error.message}`;
    if (code === 'ENOENT') return error.message;
    return process.env.AMITY_VERBOSE ? (error.stack ?? error.message) : error.message;
  }
  return String(error);
}

export function fail(error: unknown): never {
  process.stderr.write(`amity: ${describeError(error)}\n`);
  process.exit(1);
}
