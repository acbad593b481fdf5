import { describe, expect, it } from 'vitest';
import { DEFAULT_HEALTH_SETTINGS, healthOf, type HealthInput } from './health.ts';

const settings = {
  ...DEFAULT_HEALTH_SETTINGS,
  weights: { length: 1, breadth: 1, depth: 1, intensity: 1, frequency: 1 },
};

describe('the health of a tie', () => {
  it('is zero for a tie founded today with nothing recorded', () => {
    const h = healthOf({ since: '2024-01-01', agreements: [], events: [] }, '2024-01-01', settings);
    expect(h.score).toBe(0);
    expect(h.goingDormant).toBe(false);
    expect(h.lastContact).toBeNull();
  });

  it('is full for a long, broad, deep, busy tie', () => {
    const events: HealthInput['events'] = [];
    for (let y = 2020; y <= 2024; y++) {
      events.push({ kind: 'incoming_visit', start: `${y}-03-01`, areas: ['economy_trade', 'culture'] });
      events.push({ kind: 'forum', start: `${y}-06-01`, areas: ['education', 'health', 'transport'] });
      events.push({ kind: 'meeting', start: `${y}-09-01`, areas: [] });
    }
    const h = healthOf({ since: '1990-01-01', agreements: [{ signedOn: '2021' }], events }, '2024-12-31', settings);
    expect(h.dimensions.map((d) => [d.dimension, d.score])).toEqual([
      ['length', 1],
      ['breadth', 1],
      ['depth', 1],
      ['intensity', 1],
      ['frequency', 1],
    ]);
    expect(h.score).toBe(100);
  });

  it('adds up a known history dimension by dimension', () => {
    // Ten years old (0.5); two areas (0.4); one agreement and one forum (0.4);
    // a visit (3) last year-ago band at half weight plus a forum (2) this year: 2 + 1.5 = 3.5 (0.35);
    // active in two of five years (0.4). Mean of the five: 0.41, so 41 points.
    const h = healthOf(
      {
        since: '2014-06-30',
        agreements: [{ signedOn: '2014-06-30' }],
        events: [
          { kind: 'outgoing_visit', start: '2023-01-15', areas: ['culture'] },
          { kind: 'forum', start: '2024-05-01', areas: ['economy_trade'] },
        ],
      },
      '2024-06-30',
      settings,
    );
    const by = Object.fromEntries(h.dimensions.map((d) => [d.dimension, d.score]));
    expect(by).toEqual({ length: 0.5, breadth: 0.4, depth: 0.4, intensity: 0.35, frequency: 0.4 });
    expect(h.score).toBe(41);
    expect(h.lastContact).toBe('2024-05-01');
    expect(h.daysSinceLastContact).toBe(60);
  });

  it('weighs the dimensions as configured', () => {
    const input: HealthInput = { since: '2004-06-30', agreements: [], events: [] };
    const onlyLength = { ...settings, weights: { length: 1, breadth: 0, depth: 0, intensity: 0, frequency: 0 } };
    expect(healthOf(input, '2024-06-30', onlyLength).score).toBe(100);
    expect(healthOf(input, '2024-06-30', settings).score).toBe(20);
  });

  it('flags a tie with no event for three years as going dormant', () => {
    const quiet = { since: '2000', agreements: [], events: [{ kind: 'meeting' as const, start: '2020-03', areas: [] }] };
    expect(healthOf(quiet, '2023-03-30', settings).goingDormant).toBe(false);
    expect(healthOf(quiet, '2023-04-01', settings).goingDormant).toBe(true);
    expect(healthOf({ since: '2024-01-01', agreements: [], events: [] }, '2024-06-01', settings).goingDormant).toBe(false);
  });

  it('counts an event dated to a year only from that year’s end', () => {
    const h = healthOf(
      { since: '2010', agreements: [], events: [{ kind: 'signing', start: '2024', areas: ['culture'] }] },
      '2024-06-30',
      settings,
    );
    expect(h.lastContact).toBe('2024-06-30');
    expect(
      healthOf({ since: '2010', agreements: [], events: [{ kind: 'signing', start: '2025', areas: [] }] }, '2024-06-30', settings)
        .lastContact,
    ).toBeNull();
  });
});
