import { describe, expect, it } from 'vitest';
import { HistoryEntrySchema, type HistoryEntryInput } from '../records/partnership/partnership.schema.ts';
import { countsAsOf, derive, stateAsOf } from './tie-state.ts';

const history = (...entries: HistoryEntryInput[]) => entries.map((e) => HistoryEntrySchema.parse(e));

describe('a tie as of a day', () => {
  const barcelona = history(
    { kind: 'established', date: '2012', type: 'friendly_exchange_city' },
    { kind: 'type_changed', date: '2021-11-22', type: 'sister_city' },
  );

  it('takes its type from the steps certainly taken by then', () => {
    expect(stateAsOf(barcelona, '2012-12-30')).toBeNull();
    expect(stateAsOf(barcelona, '2012-12-31')?.type).toBe('friendly_exchange_city');
    expect(stateAsOf(barcelona, '2021-11-21')?.type).toBe('friendly_exchange_city');
    expect(stateAsOf(barcelona, '2021-11-22')?.type).toBe('sister_city');
    expect(derive(barcelona)).toEqual({ type: 'sister_city', status: 'active', established: '2012', ended: null });
  });

  it('stops counting when it ends', () => {
    const ended = history({ kind: 'established', date: '1990-05', type: 'sister_city' }, { kind: 'ended', date: '2022-03' });
    expect(countsAsOf(ended, '2022-03-30')).toBe(true);
    expect(countsAsOf(ended, '2022-03-31')).toBe(false);
    expect(derive(ended).status).toBe('ended');
    expect(derive(ended).ended).toBe('2022-03');
  });

  it('leaves the count while suspended and returns when resumed', () => {
    const h = history(
      { kind: 'established', date: '2000', type: 'sister_city' },
      { kind: 'status_changed', date: '2022-03-01', status: 'suspended' },
      { kind: 'status_changed', date: '2024-06-01', status: 'active' },
    );
    expect(countsAsOf(h, '2022-02-28')).toBe(true);
    expect(countsAsOf(h, '2023-01-01')).toBe(false);
    expect(countsAsOf(h, '2024-06-01')).toBe(true);
  });

  it('counts a dormant tie but not a proposed one', () => {
    expect(
      countsAsOf(
        history({ kind: 'established', date: '2000', type: 'unknown' }, { kind: 'status_changed', date: '2010', status: 'dormant' }),
        '2011-01-01',
      ),
    ).toBe(true);
    expect(countsAsOf(history({ kind: 'attested', date: '2024-05-29', type: 'sister_city', status: 'proposed' }), '2025-01-01')).toBe(
      false,
    );
  });

  it('counts an undated tie from the day it was recorded', () => {
    const h = history({ kind: 'established', date: null, recordedOn: '2026-11-22', type: 'friendly_exchange_city' });
    expect(countsAsOf(h, '2024-03-07')).toBe(false);
    expect(countsAsOf(h, '2026-11-22')).toBe(true);
  });

  it('counts a tie a source shows in place from that source’s date', () => {
    const h = history({ kind: 'attested', date: '2021-02', type: 'unknown' });
    expect(countsAsOf(h, '2021-02-27')).toBe(false);
    expect(countsAsOf(h, '2021-02-28')).toBe(true);
  });

  it('orders steps by date whatever order they are written in', () => {
    const h = history(
      { kind: 'type_changed', date: '2021', type: 'sister_city' },
      { kind: 'established', date: '2010', type: 'friendly_exchange_city' },
    );
    expect(stateAsOf(h, '2015-01-01')?.type).toBe('friendly_exchange_city');
  });
});
