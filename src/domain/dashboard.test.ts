import { describe, expect, it } from 'vitest';
import { quietPartners, upcomingAnniversaries, type DashboardPartner, type EventMention } from './dashboard.ts';

const partner = (partnerId: string, established: string | null, partnershipIds = [`pt_${partnerId}`]): DashboardPartner => ({
  partnerId,
  established,
  partnershipIds,
});
const event = (id: string, start: string | null, mentions: { places?: string[]; ties?: string[] }): EventMention => ({
  id,
  start,
  placeIds: mentions.places ?? [],
  partnershipIds: mentions.ties ?? [],
});

describe('partners with no recent event', () => {
  const partners = [partner('houston', '1986-03'), partner('moscow', '2024-03-06'), partner('lome', '2016')];
  const events = [
    event('ev_1', '2019-05', { places: ['houston'] }),
    event('ev_2', '2024-03-06', { ties: ['pt_moscow'] }),
    event('ev_3', '2023', { places: ['lome'] }),
    event('ev_4', '2027-01-01', { places: ['houston'] }),
  ];

  it('lists those whose latest event is older than three years, or who have none', () => {
    expect(quietPartners(partners, events, '2026-11-22')).toEqual([{ partnerId: 'houston', lastEvent: '2019-05', lastEventId: 'ev_1' }]);
    expect(quietPartners([partner('brisbane', '1992-06')], events, '2026-11-22')).toEqual([
      { partnerId: 'brisbane', lastEvent: null, lastEventId: null },
    ]);
  });

  it('counts an event of low precision when it may fall in the span', () => {
    expect(quietPartners([partners[2]!], events, '2026-12-30')).toEqual([]);
    expect(quietPartners([partners[2]!], events, '2027-01-01')).toHaveLength(1);
  });
});

describe('round anniversaries in the next twelve months', () => {
  it('finds 5, 10, 15 … years, keeping the founding date’s precision', () => {
    const partners = [
      partner('houston', '1986-03'),
      partner('moscow', '2024-03-06'),
      partner('lome', '2017'),
      partner('x', null),
      partner('bris', '1992-06'),
    ];
    // Houston's 40th (March 2026) has gone by; Moscow's tie is not five years old before 2029.
    expect(upcomingAnniversaries(partners, '2026-11-22')).toEqual([
      { partnerId: 'lome', established: '2017', years: 10, on: '2027' },
      { partnerId: 'bris', established: '1992-06', years: 35, on: '2027-06' },
    ]);
  });

  it('includes a month or a day still ahead and leaves out those gone by', () => {
    const partners = [partner('a', '2016-12'), partner('b', '2001-11-21'), partner('c', '2001-11-22'), partner('d', '2017-11-22')];
    expect(upcomingAnniversaries(partners, '2026-11-22').map((a) => [a.partnerId, a.years, a.on])).toEqual([
      ['c', 25, '2026-11-22'],
      ['a', 10, '2026-12'],
    ]);
  });
});
