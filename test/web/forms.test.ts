import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { EventDataSchema } from '../../src/records/event/event.schema.ts';
import { PartnershipDataSchema } from '../../src/records/partnership/partnership.schema.ts';
import { PlaceDataSchema } from '../../src/records/place/place.schema.ts';
import { issueText } from '../../web/src/lib/issues.ts';
import { emptyValue, fieldKind, getAt, setAt, unwrap, type JsonNode } from '../../web/src/lib/json-schema.ts';

const json = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonNode;
const t = ((key: string, values?: Record<string, string>) => (values ? `${key} ${JSON.stringify(values)}` : key)) as unknown as TFunction;

describe('forms generated from the model’s schemas', () => {
  it('start a new record from the schema’s defaults', () => {
    expect(emptyValue(json(PlaceDataSchema))).toEqual({
      kind: 'city',
      names: {},
      aliases: [],
      country: '',
      parentId: null,
      coordinates: null,
      population: null,
      externalIds: {},
      visibility: 'public',
      note: null,
    });
    const tie = emptyValue(json(PartnershipDataSchema)) as Record<string, unknown>;
    expect(tie).toMatchObject({ placeAId: '', placeBId: '', history: [], areas: [], visibility: 'public' });
  });

  it('choose an input for each field by its name and type', () => {
    const props = json(EventDataSchema).properties!;
    const kindOf = (name: string) => fieldKind(name, unwrap(props[name]!).node);
    expect(['kind', 'titles', 'start', 'delegationFromPlaceId', 'placeIds', 'areas', 'itinerary', 'note'].map(kindOf)).toEqual([
      'enum',
      'localized',
      'date',
      'ref',
      'refs',
      'areas',
      'array',
      'longtext',
    ]);
    const stop = unwrap(props.itinerary!.items!).node.properties!;
    expect(fieldKind('time', unwrap(stop.time!).node)).toBe('time');
    expect(fieldKind('organisationId', unwrap(stop.organisationId!).node)).toBe('ref');
  });

  it('change one value deep in a record without touching the rest', () => {
    const before = { history: [{ kind: 'established', date: null }], areas: ['culture'] };
    const after = setAt(before, ['history', 0, 'date'], '1986-03') as typeof before;
    expect(getAt(after, ['history', 0, 'date'])).toBe('1986-03');
    expect(before.history[0]!.date).toBeNull();
    expect(after.areas).toBe(before.areas);
    expect(setAt({ a: 1, b: 2 }, ['b'], undefined)).toEqual({ a: 1 });
  });

  it('give the schemas’ messages in the catalogue’s words', () => {
    const result = PartnershipDataSchema.safeParse(
      { placeAId: 'pl_aaaaaaaa', placeBId: 'pl_aaaaaaaa', history: [{ kind: 'established', date: '1986-13' }] },
      { reportInput: true },
    );
    expect(result.success).toBe(false);
    const texts = result.error!.issues.map((i) => `${i.path.join('.')}: ${issueText(i, t)}`);
    expect(texts).toEqual(expect.arrayContaining(['history.0.date: validation.dateInvalid', 'history.0.type: validation.stepType']));
    expect(issueText({ path: ['body', 'placeBId'], code: 'duplicate_tie', message: 'already tied by partnership pt_x' }, t)).toBe(
      'validation.duplicateTie',
    );
    // The code decides, never the English message.
    expect(issueText({ path: ['placeBId'], code: 'custom', message: 'a place cannot be tied to itself' }, t)).toBe(
      'validation.invalid {"message":"a place cannot be tied to itself"}',
    );
    expect(issueText({ path: ['name'], code: 'too_small', message: 'Too small' }, t)).toBe('validation.tooSmallAny');
    expect(issueText({ path: ['names'], message: 'Too small', code: 'too_small', input: '', minimum: 1 }, t)).toBe('validation.required');
  });

  it('ask for a liaison contact without its id, which the tie gives it', () => {
    const contacts = unwrap(json(PartnershipDataSchema).properties!.contacts!).node;
    const contact = unwrap(contacts.items as JsonNode).node;
    expect(contact.required).toEqual(expect.arrayContaining(['side', 'name']));
    expect(contact.required).not.toContain('id');
    const parsed = PartnershipDataSchema.parse({
      placeAId: 'pl_aaaaaaaa',
      placeBId: 'pl_bbbbbbbb',
      history: [{ kind: 'established', type: 'sister_city' }],
      contacts: [
        { side: 'b', name: 'Anna Berger' },
        { id: 'c4', side: 'a', name: 'Li Wei' },
        { side: 'a', name: 'Wang Fang' },
      ],
    });
    expect(parsed.contacts.map((c) => c.id)).toEqual(['c5', 'c4', 'c6']);
  });
});
