import type { Db } from '../../storage/database.ts';
import type { Ctx } from '../context.ts';
import { sources } from '../records.service.ts';

export const DEFAULT_SOURCE_NAME = "Wikipedia's lists of twin towns and sister cities (twin_cities.csv, geocoded)";

/** The dataset a network import cites, as a source record of the registry; found by its title, made on first use. */
export async function networkSource(ctx: Ctx, db: Db, title: string): Promise<{ id: string; title: string; created: boolean }> {
  const tx = { ...ctx, db };
  const [found] = await sources.list(tx, {
    filters: [
      { column: 'kind', op: '=', value: 'dataset' },
      { column: 'sort_name', op: '=', value: title.slice(0, 200) },
    ],
    limit: 1,
  });
  if (found) return { id: found.id, title: found.title, created: false };
  const made = await sources.create(tx, {
    kind: 'dataset',
    title,
    publisher: 'Erik Hekman (MIT licence), from Wikipedia',
    languages: ['en'],
    note: 'Twin-town pairs scraped from Wikipedia and geocoded; a row says only that the two places are listed as twins.',
  });
  return { id: made.id, title: made.title, created: true };
}
