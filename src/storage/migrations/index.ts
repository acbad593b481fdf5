import type { Migration } from 'kysely';
import * as registry from './2026-11-22T0900-registry.ts';
import * as accounts from './2026-11-22T1200-accounts.ts';
import * as facts from './2026-11-22T1500-facts.ts';
import * as network from './2026-11-22T1600-network.ts';
import * as officeYear from './2026-11-22T1700-office-year.ts';
import * as nameSearch from './2026-11-22T1800-name-search.ts';
import * as uniqueness from './2026-12-07T1100-uniqueness.ts';
import * as tiesByPlace from './2026-12-07T1300-ties-by-place.ts';

/**
 * Every migration, by its file's name; names sort in the order they apply. A new migration is a
 * new timestamped file in this folder and one line here (src/storage/migrations.test.ts fails
 * on a file left out). A list rather than a look at the folder, so the compiled code in dist
 * carries its migrations with it.
 */
export const MIGRATIONS: Record<string, Migration> = {
  '2026-11-22T0900-registry': registry,
  '2026-11-22T1200-accounts': accounts,
  '2026-11-22T1500-facts': facts,
  '2026-11-22T1600-network': network,
  '2026-11-22T1700-office-year': officeYear,
  '2026-11-22T1800-name-search': nameSearch,
  '2026-12-07T1100-uniqueness': uniqueness,
  '2026-12-07T1300-ties-by-place': tiesByPlace,
};
