import type { Ctx } from '../../src/services/context.ts';
import { importNetwork } from '../../src/services/network/import-network.service.ts';

export const HEADER = 'city1,country1,lat1,lng1,city2,country2,lat2,lng2';

/** Imports CSV lines (the header is added) as the file `name`. */
export function importLines(ctx: Ctx, lines: string[], extra: { newPlaceId?: () => string; name?: string } = {}) {
  return importNetwork(ctx, { file: extra.name ?? 'test.csv', text: [HEADER, ...lines].join('\n'), newPlaceId: extra.newPlaceId });
}

export async function tableCounts(ctx: Ctx) {
  const count = async (table: 'places' | 'network_ties' | 'name_keys' | 'sources' | 'audit_log') =>
    Number(
      (
        await ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    places: await count('places'),
    ties: await count('network_ties'),
    nameKeys: await count('name_keys'),
    sources: await count('sources'),
    audit: await count('audit_log'),
  };
}
