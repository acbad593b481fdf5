import { isDeepStrictEqual } from 'node:util';
import { AreaSchema, BUILTIN_AREAS, type Area } from '../domain/area.ts';
import { AmityError, parseOrThrow } from '../domain/errors.ts';
import { assertCanAdminister } from '../domain/permissions.ts';
import type { Db } from '../storage/database.ts';
import { areaRepository } from '../storage/area.repository.ts';
import { inTransaction, type Ctx } from './context.ts';
import { writeAudit } from './generic-record.service.ts';

/** The bilingual vocabulary of cooperation areas. */
export const areaService = {
  async list(db: Db): Promise<(Area & { builtin: boolean })[]> {
    return areaRepository.all(db);
  },

  /** Adds the built-in keys a database lacks; run on every start. */
  async ensureBuiltins(db: Db): Promise<void> {
    const known = new Set((await areaRepository.all(db)).map((a) => a.key));
    for (const area of BUILTIN_AREAS) if (!known.has(area.key)) await areaRepository.insert(db, area, true);
  },

  async add(ctx: Ctx, input: unknown): Promise<Area> {
    assertCanAdminister(ctx.actor, 'change the vocabulary');
    const area = parseOrThrow(AreaSchema, input, 'cooperation area');
    return inTransaction(ctx.db, async (db) => {
      if ((await areaRepository.all(db)).some((a) => a.key === area.key)) {
        throw new AmityError('duplicate', `the area '${area.key}' exists`, [
          { path: ['key'], code: 'area_taken', message: 'an area with this key exists' },
        ]);
      }
      await areaRepository.insert(db, area, false);
      await writeAudit(db, ctx, 'create', 'area', area.key, null, area);
      return area;
    });
  },

  /** Adds or relabels areas so the vocabulary holds `areas`; used by imports. */
  async upsertAll(ctx: Ctx, areas: readonly Area[]): Promise<number> {
    let changed = 0;
    const existing = new Map((await areaRepository.all(ctx.db)).map((a) => [a.key, a]));
    for (const area of areas) {
      const known = existing.get(area.key);
      if (!known) {
        await areaRepository.insert(ctx.db, area, false);
        changed++;
      } else if (!isDeepStrictEqual(known.labels, area.labels)) {
        await areaRepository.updateLabels(ctx.db, area);
        changed++;
      }
    }
    return changed;
  },
};

/** The cooperation areas with their labels, after adding `add` when given (administrators). */
export async function areaVocabulary(ctx: Ctx, options: { add?: unknown } = {}): Promise<(Area & { builtin: boolean })[]> {
  return inTransaction(ctx.db, async (db) => {
    if (options.add) await areaService.add({ ...ctx, db }, options.add);
    return areaService.list(db);
  });
}
