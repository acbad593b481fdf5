import { describe, expect, it } from 'vitest';
import { citableFacts, factField } from './fact-fields.ts';
import { compareFact } from './facts.ts';

describe('facts compared like with like', () => {
  it('agrees when a date lies within the other at its precision', () => {
    expect(compareFact('2017-06-16', '2017-06')).toBe('compatible');
    expect(compareFact('2017-06', '2017-06-16')).toBe('compatible');
    expect(compareFact('2017-06-16', '2017-07')).toBe('conflict');
    expect(compareFact('2017', '2017')).toBe('same');
  });

  it('reads a title in several languages and a list of areas by their items', () => {
    expect(compareFact({ zh: '市长', en: 'Mayor' }, 'mayor')).toBe('same');
    expect(compareFact({ zh: '市长', en: 'Mayor' }, 'Governor')).toBe('conflict');
    expect(compareFact(['culture', 'economy_trade'], 'culture')).toBe('same');
    expect(compareFact(['culture'], 'education')).toBe('conflict');
  });

  it('takes a citation of a tie’s history for its founding date, and offers a tie’s facts, not its fields', () => {
    expect(factField('partnership', 'history')).toBe('established');
    expect(factField('partnership', 'history.0.type')).toBe('type');
    expect(factField('place', 'names.en')).toBe('names.en');
    expect(citableFacts('partnership', null, ['history', 'areas'])).toEqual(['established', 'type', 'status', 'ended', 'areas']);
    expect(citableFacts('person', { positions: [{}, {}] }, [])).toContain('positions.1.title');
  });
});
