import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { AgreementDataSchema } from '../records/agreement/agreement.schema.ts';
import { EventDataSchema } from '../records/event/event.schema.ts';
import { FigureDataSchema } from '../records/figure/figure.schema.ts';
import { PartnershipDataSchema } from '../records/partnership/partnership.schema.ts';
import { PersonDataSchema } from '../records/person/person.schema.ts';
import { PlaceDataSchema } from '../records/place/place.schema.ts';
import { OrganisationDataSchema } from '../records/organisation/organisation.schema.ts';
import { SourceDataSchema } from '../records/source/source.schema.ts';

function failingPaths(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((i) => i.path.join('.'));
}

const place = { kind: 'city', names: { zh: '莫斯科', en: 'Moscow', ru: 'Москва' }, country: 'RU' };
const tie = {
  placeAId: 'pl_aaaaaaaa',
  placeBId: 'pl_bbbbbbbb',
  history: [{ kind: 'established', date: '2024-03-06', type: 'friendly_exchange_city' }],
};

describe('record schemas', () => {
  it('accept a place and fill its defaults', () => {
    const parsed = PlaceDataSchema.parse(place);
    expect(parsed).toMatchObject({ aliases: [], parentId: null, coordinates: null, visibility: 'public' });
  });

  it.each([
    [{ ...place, country: 'XX' }, 'country'],
    [{ ...place, country: 'Russia' }, 'country'],
    [{ ...place, kind: 'town' }, 'kind'],
    [{ ...place, names: {} }, 'names'],
    [{ ...place, names: { en: '   ' } }, 'names.en'],
    [{ ...place, names: { english: 'Moscow' } }, 'names.english'],
    [{ ...place, coordinates: { lat: 95, lng: 37 } }, 'coordinates.lat'],
    [{ ...place, externalIds: { wikidata: '649' } }, 'externalIds.wikidata'],
    [{ ...place, names: { en: 'x'.repeat(301) } }, 'names.en'],
  ])('reject a place whose field %# is bad', (value, path) => {
    expect(failingPaths(PlaceDataSchema, value)).toContain(path);
  });

  it('accept a tie and reject bad steps by their path', () => {
    expect(PartnershipDataSchema.safeParse(tie).success).toBe(true);
    expect(
      failingPaths(PartnershipDataSchema, { ...tie, history: [{ kind: 'established', date: '2024-13', type: 'sister_city' }] }),
    ).toContain('history.0.date');
    expect(failingPaths(PartnershipDataSchema, { ...tie, history: [{ kind: 'established', date: '2024' }] })).toContain('history.0.type');
    expect(failingPaths(PartnershipDataSchema, { ...tie, history: [{ kind: 'established', type: 'twin_town' }] })).toContain(
      'history.0.type',
    );
    expect(failingPaths(PartnershipDataSchema, { ...tie, history: [] })).toContain('history');
    expect(failingPaths(PartnershipDataSchema, { ...tie, history: [{ kind: 'ended', date: '2020' }] })).toContain('history.0.kind');
    expect(failingPaths(PartnershipDataSchema, { ...tie, placeBId: tie.placeAId })).toContain('placeBId');
    expect(failingPaths(PartnershipDataSchema, { ...tie, areas: ['Transport'] })).toContain('areas.0');
    expect(failingPaths(PartnershipDataSchema, { ...tie, areas: ['transport', 'transport'] })).toContain('areas');
  });

  it('check an agreement’s dates and parties', () => {
    const a = { kind: 'memorandum', titles: { en: 'MOU' }, signedOn: '2024-03-06' };
    expect(AgreementDataSchema.safeParse(a).success).toBe(true);
    expect(failingPaths(AgreementDataSchema, { ...a, expiresOn: '2020' })).toContain('expiresOn');
    expect(failingPaths(AgreementDataSchema, { ...a, parties: [{}] })).toContain('parties.0');
    expect(failingPaths(AgreementDataSchema, { ...a, parties: [{ placeId: 'pl_aaaaaaaa', organisationId: 'or_aaaaaaaa' }] })).toContain(
      'parties.0',
    );
    expect(failingPaths(AgreementDataSchema, { ...a, titles: {} })).toContain('titles');
  });

  it('check an event’s dates, delegation and itinerary', () => {
    const e = { kind: 'incoming_visit', titles: { en: 'Visit' }, start: '2024-03-06' };
    expect(EventDataSchema.safeParse(e).success).toBe(true);
    expect(failingPaths(EventDataSchema, { ...e, end: '2024-03-05' })).toContain('end');
    expect(failingPaths(EventDataSchema, { ...e, kind: 'party' })).toContain('kind');
    expect(failingPaths(EventDataSchema, { ...e, itinerary: [{ time: '25:00', title: { en: 'x' } }] })).toContain('itinerary.0.time');
    expect(failingPaths(EventDataSchema, { ...e, itinerary: [{ purpose: { en: 'x' } }] })).toContain('itinerary.0');
    const heads = [
      { personId: 'pe_aaaaaaaa', delegation: 'head' },
      { personId: 'pe_bbbbbbbb', delegation: 'head' },
    ];
    expect(failingPaths(EventDataSchema, { ...e, participants: heads })).toContain('participants');
  });

  it('check people’s positions and figures’ counts', () => {
    expect(failingPaths(PersonDataSchema, { names: { en: 'Wang Shourui' }, positions: [{ title: {} }] })).toContain('positions.0.title');
    const f = { homePlaceId: 'pl_aaaaaaaa', asOf: '2022-09', places: 90, sourceId: 'so_aaaaaaaa' };
    expect(FigureDataSchema.safeParse(f).success).toBe(true);
    expect(failingPaths(FigureDataSchema, { ...f, places: -1 })).toContain('places');
    expect(failingPaths(FigureDataSchema, { ...f, countries: 57.5 })).toContain('countries');
  });

  it('keep only web addresses as the addresses of sources and organisations', () => {
    const source = { kind: 'article', title: 'Signing with Moscow' };
    const organisation = { kind: 'association', names: { en: 'Sister Cities International' } };
    for (const url of ['https://fao.sz.gov.cn/xxgk/', 'http://example.org/a?b=c']) {
      expect(failingPaths(SourceDataSchema, { ...source, url })).toEqual([]);
      expect(failingPaths(OrganisationDataSchema, { ...organisation, website: url })).toEqual([]);
    }
    for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'ftp://example.org']) {
      expect(failingPaths(SourceDataSchema, { ...source, url })).toEqual(['url']);
      expect(failingPaths(OrganisationDataSchema, { ...organisation, website: url })).toEqual(['website']);
    }
  });
});
