import type { HistoryEntryInput } from '../../src/records/partnership/partnership.schema.ts';
import type { PlaceInput } from '../../src/records/place/place.schema.ts';
import type { Ctx } from '../../src/services/context.ts';
import type { PartnershipRecord } from '../../src/records/partnership/partnership.service.ts';
import { figures, partnerships, places, sources } from '../../src/services/records.service.ts';

/** Small factories for test data, made through the services like any other record. */
export function given(ctx: Ctx) {
  return {
    place(names: string | Record<string, string>, country: string, extra: Partial<PlaceInput> = {}) {
      return places.create(ctx, { kind: 'city', names: typeof names === 'string' ? { en: names } : names, country, ...extra });
    },
    async tie(a: { id: string }, b: { id: string }, ...history: HistoryEntryInput[]): Promise<PartnershipRecord> {
      return (await partnerships.create(ctx, { placeAId: a.id, placeBId: b.id, history })) as PartnershipRecord;
    },
    source(title = 'A source', extra: Record<string, unknown> = {}) {
      return sources.create(ctx, { kind: 'article', title, ...extra });
    },
    async figure(
      home: { id: string },
      asOf: string,
      counts: { places?: number; countries?: number; sisterCities?: number; friendlyExchangeCities?: number },
    ) {
      const source = await sources.create(ctx, { kind: 'press_release', title: `Figures as of ${asOf}` });
      return figures.create(ctx, { homePlaceId: home.id, asOf, sourceId: source.id, ...counts });
    },
  };
}
