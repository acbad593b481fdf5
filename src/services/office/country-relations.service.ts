import { z } from 'zod';
import { CountryCodeSchema } from '../../domain/countries.ts';
import { parseOrThrow } from '../../domain/errors.ts';
import { coded } from '../../domain/issue-codes.ts';
import { IdSchema, NoteSchema } from '../../domain/common.ts';
import { assertCanEdit } from '../../domain/permissions.ts';
import { PreciseDateSchema } from '../../domain/precise-date.ts';
import type { Db } from '../../storage/database.ts';
import { countryRelationsRepository } from '../../storage/country-relations.repository.ts';
import { inTransaction, type Ctx } from '../context.ts';
import { checkReferences, writeAudit } from '../generic-record.service.ts';

export const CountryRelationSchema = z.object({
  countries: z.tuple([CountryCodeSchema, CountryCodeSchema]).refine(([a, b]) => a !== b, coded('same_country', 'two different countries')),
  established: PreciseDateSchema,
  sourceId: IdSchema.nullable().default(null),
  note: NoteSchema,
});
export type CountryRelation = z.output<typeof CountryRelationSchema>;

/** Diplomatic relations between two countries, whose round anniversaries an office marks. */
export const countryRelations = {
  async list(db: Db): Promise<CountryRelation[]> {
    const rows = await countryRelationsRepository.all(db);
    return rows.map((r) => ({ countries: [r.country_a, r.country_b], established: r.established, sourceId: r.source_id, note: r.note }));
  },

  async put(ctx: Ctx, input: z.input<typeof CountryRelationSchema>): Promise<CountryRelation> {
    assertCanEdit(ctx.actor);
    const r = parseOrThrow(CountryRelationSchema, input, 'diplomatic relations');
    const [a, b] = [...r.countries].sort() as [string, string];
    return inTransaction(ctx.db, async (db) => {
      if (r.sourceId) await checkReferences(db, [{ path: 'sourceId', entity: 'source', id: r.sourceId }]);
      const row = { country_a: a, country_b: b, established: r.established, source_id: r.sourceId, note: r.note };
      await countryRelationsRepository.upsert(db, row);
      await writeAudit(db, ctx, 'update', 'country_relations', `${a}-${b}`, null, row);
      return { ...r, countries: [a, b] };
    });
  },
};
