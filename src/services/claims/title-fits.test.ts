import { describe, expect, it } from 'vitest';
import { titleFits } from './check-people.ts';

describe('an English title against the one recorded', () => {
  it('reads the office word for word and the body it is of by a word in common, short forms written out', () => {
    expect(
      titleFits('commercial counselor of China’s Consulate-General in Houston', 'commercial counselor, PRC Consulate Houston', 'en'),
    ).toBe(true);
    expect(titleFits('deputy director-general of government agency Invest Shenzhen', 'deputy DG, Invest Shenzhen', 'en')).toBe(true);
    expect(
      titleFits('head of Civic & International Relations from Christchurch', 'Head of Civic & Intl Relations, Christchurch', 'en'),
    ).toBe(true);
    expect(titleFits('Mayor', 'Mayor of Houston', 'en')).toBe(true);
    expect(titleFits('former governor of Iowa', 'Governor of Iowa', 'en')).toBe(true);
    // One office under its translations: a city office's Director General is its director, a mayor pro tem its vice mayor.
    expect(titleFits('Director General of Shenzhen Foreign Affairs Office', 'Director, Shenzhen Foreign Affairs Office', 'en')).toBe(true);
    expect(titleFits('Houston mayor pro-tem', 'Houston Vice Mayor', 'en')).toBe(true);
    expect(titleFits('Houston mayor pro-tem', 'Mayor of Houston', 'en')).toBe(false);
  });

  it('keeps another office, another rank or another body apart', () => {
    expect(titleFits('Mayor of Houston', 'Mayor of Shenzhen', 'en')).toBe(false);
    expect(titleFits('Deputy Mayor of Houston', 'Mayor of Houston', 'en')).toBe(false);
    expect(titleFits('director of communication for Invest Shenzhen', 'deputy DG, Invest Shenzhen', 'en')).toBe(false);
  });
});
