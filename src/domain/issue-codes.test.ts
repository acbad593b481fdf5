import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { AGREEMENT_KINDS, AgreementDataSchema } from '../records/agreement/agreement.schema.ts';
import { EVENT_KINDS, EventDataSchema } from '../records/event/event.schema.ts';
import { PartnershipDataSchema } from '../records/partnership/partnership.schema.ts';
import { PersonDataSchema } from '../records/person/person.schema.ts';
import { PlaceDataSchema } from '../records/place/place.schema.ts';
import { AreaKeySchema } from './area.ts';
import { CountryCodeSchema } from './countries.ts';
import { IdSchema, LangCodeSchema, NamesSchema } from './common.ts';
import { issuesFromZod, parseOrThrow, type FieldIssue } from './errors.ts';
import { HealthSettingsSchema, DEFAULT_HEALTH_SETTINGS } from './health.ts';
import { issueCode } from './issue-codes.ts';
import { DaySchema, PreciseDateSchema } from './precise-date.ts';
import { EmailSchema, PasswordSchema } from './user.ts';

const issuesOf = (schema: z.ZodType, value: unknown): FieldIssue[] => {
  const result = schema.safeParse(value);
  return result.success ? [] : issuesFromZod(result.error);
};
const codesOf = (schema: z.ZodType, value: unknown) => issuesOf(schema, value).map((i) => `${i.path.join('.')}:${i.code}`);

const place = { kind: 'city', names: { en: 'Testville' }, country: 'FR' };
const tie = { placeAId: 'pl_aaaaaaaa', placeBId: 'pl_bbbbbbbb', history: [{ kind: 'established', type: 'sister_city' }] };

describe('issue codes', () => {
  it('are Amity’s where a schema names one, and zod’s otherwise', () => {
    expect(issueCode({ code: 'custom', params: { code: 'self_tie' } })).toBe('self_tie');
    expect(issueCode({ code: 'custom', params: { code: 'no_such_code' } })).toBe('custom');
    expect(issueCode({ code: 'custom' })).toBe('custom');
    expect(issueCode({ code: 'too_small' })).toBe('too_small');
    expect(issueCode({ code: 'toString' })).toBe('custom');
    expect(issueCode({ code: 'duplicate_tie' })).toBe('duplicate_tie');
  });

  it('come with every rule of the common fields', () => {
    expect(codesOf(IdSchema, 'x')).toEqual([':record_id']);
    expect(codesOf(LangCodeSchema, 'EN')).toEqual([':lang_code']);
    expect(codesOf(AreaKeySchema, 'Culture')).toEqual([':area_key']);
    expect(codesOf(CountryCodeSchema, 'XX')).toEqual([':country_code']);
    expect(codesOf(NamesSchema, {})).toEqual([':name_required']);
    expect(codesOf(NamesSchema, { en: '<b>' })).toEqual(['en:name_characters']);
    expect(codesOf(NamesSchema, { en: '' })).toContain('en:too_small');
    expect(codesOf(PreciseDateSchema, '1 March')).toEqual([':date_format']);
    expect(codesOf(PreciseDateSchema, '2024-02-30')).toEqual([':date_invalid']);
    expect(codesOf(DaySchema, '2024-02')).toEqual([':full_date']);
    expect(codesOf(EmailSchema, 'nobody')).toEqual([':email_address']);
    expect(codesOf(PasswordSchema, 'short')).toEqual([':password_too_short']);
    expect(codesOf(PasswordSchema, 'x'.repeat(201))).toEqual([':too_big']);
    expect(
      codesOf(HealthSettingsSchema, {
        ...DEFAULT_HEALTH_SETTINGS,
        weights: { length: 0, breadth: 0, depth: 0, intensity: 0, frequency: 0 },
      }),
    ).toEqual(['weights:weights_zero']);
  });

  it('come with every rule of the records', () => {
    expect(codesOf(PlaceDataSchema, { ...place, externalIds: { wikidata: 'x', geonames: 'y' }, note: 'a\u0001b' })).toEqual(
      expect.arrayContaining(['externalIds.wikidata:wikidata_id', 'externalIds.geonames:geonames_id', 'note:control_characters']),
    );
    expect(codesOf(PartnershipDataSchema, { ...tie, placeBId: tie.placeAId })).toEqual(['placeBId:self_tie']);
    expect(codesOf(PartnershipDataSchema, { ...tie, history: [] })).toEqual(['history:history_start']);
    expect(codesOf(PartnershipDataSchema, { ...tie, history: [{ kind: 'renewed' }] })).toEqual(['history.0.kind:history_start']);
    expect(codesOf(PartnershipDataSchema, { ...tie, history: [{ kind: 'established' }, { kind: 'status_changed' }] })).toEqual([
      'history.0.type:step_type',
      'history.1.status:step_status',
    ]);
    expect(codesOf(PartnershipDataSchema, { ...tie, areas: ['culture', 'culture'] })).toEqual(['areas:area_twice']);
    const contact = { side: 'b', name: 'Anna' };
    expect(
      codesOf(PartnershipDataSchema, {
        ...tie,
        contacts: [
          { ...contact, id: 'c1' },
          { ...contact, id: 'c1' },
        ],
      }),
    ).toEqual(['contacts:contact_twice']);
    expect(codesOf(PartnershipDataSchema, { ...tie, contacts: [{ ...contact, id: 'x', email: 'nobody' }] })).toEqual([
      'contacts.0.id:contact_id',
      'contacts.0.email:email_address',
    ]);
    const agreement = { kind: AGREEMENT_KINDS[0], titles: { en: 'Memorandum' } };
    expect(codesOf(AgreementDataSchema, { ...agreement, titles: {} })).toEqual(['titles:title_required']);
    expect(codesOf(AgreementDataSchema, { ...agreement, parties: [{}] })).toEqual(['parties.0:place_or_organisation']);
    expect(codesOf(AgreementDataSchema, { ...agreement, signedOn: '2024', expiresOn: '2020' })).toEqual([
      'expiresOn:expires_before_signed',
    ]);
    const event = { kind: EVENT_KINDS[0], titles: { en: 'Visit' } };
    expect(codesOf(EventDataSchema, { ...event, titles: {} })).toEqual(['titles:title_required']);
    expect(codesOf(EventDataSchema, { ...event, end: '2024' })).toEqual(['start:end_needs_start']);
    expect(codesOf(EventDataSchema, { ...event, start: '2024', end: '2023' })).toEqual(['end:ends_before_start']);
    expect(codesOf(EventDataSchema, { ...event, itinerary: [{ time: '25:00', placeId: 'pl_aaaaaaaa' }] })).toEqual([
      'itinerary.0.time:time_of_day',
    ]);
    expect(codesOf(EventDataSchema, { ...event, itinerary: [{}] })).toEqual(['itinerary.0:stop_site']);
    const head = (personId: string) => ({ personId, delegation: 'head' });
    expect(codesOf(EventDataSchema, { ...event, participants: [head('pe_aaaaaaaa'), head('pe_bbbbbbbb')] })).toEqual([
      'participants:one_head',
    ]);
    expect(codesOf(PersonDataSchema, { names: { en: 'Li Lei' }, positions: [{ title: {} }] })).toEqual(
      expect.arrayContaining(['positions.0.title:title_required']),
    );
  });

  it('reach the validation error a service throws', () => {
    try {
      parseOrThrow(PartnershipDataSchema, { ...tie, placeBId: tie.placeAId }, 'partnership');
      expect.unreachable();
    } catch (error) {
      expect((error as { issues: FieldIssue[] }).issues).toEqual([
        { path: ['placeBId'], code: 'self_tie', message: 'a place cannot be tied to itself' },
      ]);
    }
  });
});
