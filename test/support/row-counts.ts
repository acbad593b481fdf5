import { sql } from 'kysely';
import type { Ctx } from '../../src/services/context.ts';

type Table = 'places' | 'partnerships' | 'agreements' | 'people' | 'sources' | 'citations' | 'audit_log' | 'network_ties' | 'name_keys';

/** The number of rows in each of `tables`: a refused write leaves each as it was. */
export async function rowCounts<T extends Table>(ctx: Ctx, tables: readonly T[]): Promise<Record<T, number>> {
  const counted = await Promise.all(
    tables.map(async (table) => {
      const row = await ctx.db
        .selectFrom(table as Table)
        .select(sql<number | string>`count(*)`.as('n'))
        .executeTakeFirstOrThrow();
      return [table, Number(row.n)] as const;
    }),
  );
  return Object.fromEntries(counted) as Record<T, number>;
}
