import type { Names } from '../../domain/common.ts';
import { AmityError, parseOrThrow } from '../../domain/errors.ts';
import { ANONYMOUS } from '../../domain/permissions.ts';
import { latestDay, type Day } from '../../domain/precise-date.ts';
import type { TypeCounts } from '../../domain/stats.ts';
import { today, withDb, type Ctx } from '../context.ts';
import { partnerships, places } from '../records.service.ts';
import { statsFigures } from '../stats.service.ts';
import { changeTieStatus, StatusChangeSchema, type StatusChange } from './tie-status.service.ts';

/** The public's figures of a home place on a day. */
export interface PublicFigures {
  places: number;
  countries: number;
  byType: TypeCounts;
}

export interface StatusEffect {
  homeId: string;
  homeNames: Names;
  asOf: Day;
  before: PublicFigures;
  after: PublicFigures;
}

/** Ends the preview's transaction, so that nothing it wrote stays. */
class PreviewOver extends Error {
  constructor(readonly effect: StatusEffect) {
    super('preview over');
  }
}

const publicFigures = async (ctx: Ctx, home: string, asOf: Day): Promise<PublicFigures> => {
  const f = await statsFigures({ ...ctx, actor: ANONYMOUS }, { home, asOf });
  return { places: f.places, countries: f.countries, byType: f.byType };
};

/**
 * What a status change would do to the public figures of the tie's home place, as of today or
 * the day it takes effect if that is later: the change is made in a transaction that is then
 * rolled back, so the figures come from the same counting as the published ones.
 */
export async function previewTieStatus(ctx: Ctx, id: string, change: StatusChange): Promise<StatusEffect> {
  const c = parseOrThrow(StatusChangeSchema, change, 'status change');
  if (ctx.db.isTransaction) throw new AmityError('unsupported', 'a preview runs in a transaction of its own');
  try {
    await ctx.db.transaction().execute(async (db) => {
      const inner = withDb(ctx, db);
      const tie = await partnerships.load(db, id);
      const home = await places.load(db, tie.placeAId);
      const asOf = [today(ctx), latestDay(c.date)].sort().at(-1)!;
      const before = await publicFigures(inner, home.id, asOf);
      await changeTieStatus(inner, id, c, tie.version);
      const after = await publicFigures(inner, home.id, asOf);
      throw new PreviewOver({ homeId: home.id, homeNames: home.names, asOf, before, after });
    });
  } catch (err) {
    if (err instanceof PreviewOver) return err.effect;
    throw err;
  }
  throw new AmityError('unsupported', 'the preview ended without an answer');
}
