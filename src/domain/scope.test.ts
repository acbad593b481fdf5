import { describe, expect, it } from 'vitest';
import { eventSpec } from '../records/event/event.spec.ts';
import { partnershipSpec } from '../records/partnership/partnership.spec.ts';
import { withoutInternalFields } from '../records/spec.ts';
import { ANONYMOUS, systemActor } from './permissions.ts';
import { PUBLIC_SCOPE, scopeOf } from './scope.ts';

const user = (role: 'viewer' | 'editor' | 'admin') => ({ kind: 'user' as const, id: 'us_1', email: 'a@example.org', role });

describe('scopeOf', () => {
  it('gives the public public records without internal fields, and accounts to administrators only', () => {
    expect(scopeOf(ANONYMOUS)).toEqual(PUBLIC_SCOPE);
    expect(scopeOf(user('viewer'))).toEqual({ records: 'all', internalFields: true, deleted: true, accounts: false });
    expect(scopeOf(user('editor')).accounts).toBe(false);
    expect(scopeOf(user('admin')).accounts).toBe(true);
    expect(scopeOf(systemActor()).accounts).toBe(true);
  });
});

describe('withoutInternalFields', () => {
  it('drops a tie’s contacts and the reasons of its status changes and end, keeping the rest of its history', () => {
    const tie = partnershipSpec.schema.parse({
      placeAId: 'pl_3k9x0a0a0a0a0a0a',
      placeBId: 'pl_3k9x0b0b0b0b0b0b',
      history: [
        { kind: 'established', date: '2001', type: 'sister_city', note: 'signed at the town hall' },
        { kind: 'status_changed', status: 'suspended', date: '2024', note: 'a dispute' },
        { kind: 'ended', date: '2025', note: 'never revived' },
      ],
      contacts: [{ id: 'c1', side: 'b', name: 'A Contact' }],
    });
    const seen = withoutInternalFields(partnershipSpec, tie);
    expect(seen.contacts).toEqual([]);
    expect(seen.history.map((s) => s.note)).toEqual(['signed at the town hall', null, null]);
    expect(tie.history[1]!.note).toBe('a dispute');
  });

  it('drops a visit’s file and an event’s internal note', () => {
    const visit = eventSpec.schema.parse({
      kind: 'incoming_visit',
      titles: { en: 'A visit' },
      internalNote: 'year inferred',
      visit: { purpose: { en: 'trade' } },
    });
    expect(withoutInternalFields(eventSpec, visit)).toMatchObject({ titles: { en: 'A visit' }, visit: null, internalNote: null });
  });
});
