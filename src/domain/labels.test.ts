import { describe, expect, it } from 'vitest';
import { EVENT_KINDS } from '../records/event/event.schema.ts';
import { PARTNERSHIP_STATUSES, PARTNERSHIP_TYPES } from '../records/partnership/partnership.schema.ts';
import { capitalise, label, LABELS, labelsIn } from './labels.ts';

describe('the catalogue of labels', () => {
  it('has a word in each language for every value of the schemas', () => {
    expect(Object.keys(LABELS.type)).toEqual([...PARTNERSHIP_TYPES]);
    expect(Object.keys(LABELS.status)).toEqual([...PARTNERSHIP_STATUSES]);
    expect(Object.keys(LABELS.eventKind)).toEqual([...EVENT_KINDS]);
    for (const set of Object.values(LABELS)) {
      for (const words of Object.values(set)) expect(words.zh && words.en).toBeTruthy();
    }
  });

  it('gives each value of a set a word of its own', () => {
    for (const [name, set] of Object.entries(LABELS)) {
      for (const lang of ['zh', 'en'] as const) {
        const words = Object.values(set).map((w) => w[lang]);
        expect(new Set(words).size, `${name} in ${lang}`).toBe(words.length);
      }
    }
  });

  it('speaks of statuses in the portal’s words', () => {
    expect(label('status', 'active', 'zh')).toBe('有效');
    expect(label('status', 'dormant', 'zh')).toBe('休眠');
    expect(labelsIn('type', 'en')).toEqual({
      sister_city: 'sister city',
      friendly_exchange_city: 'friendly exchange city',
      cooperation: 'other cooperation',
      unknown: 'type not stated',
    });
    expect(capitalise(label('eventKind', 'incoming_visit', 'en'))).toBe('Incoming visit');
    expect(capitalise('友好城市')).toBe('友好城市');
  });
});
