import { describe, expect, it } from 'vitest';
import { continentOf, countriesNamedIn, countryCodeFrom, countryName } from './countries.ts';
import { readCountry } from './network/country-text.ts';

describe('reading a country', () => {
  it.each([
    ['CN', 'CN'],
    ['ru', 'RU'],
    ['China', 'CN'],
    ['中国', 'CN'],
    ['Россия', 'RU'],
    ['Russian Federation', 'RU'],
    ['russia', 'RU'],
    ['Côte d’Ivoire', 'CI'],
    ['cote d ivoire', 'CI'],
    ['Ivory Coast', 'CI'],
    ['Scotland', 'GB'],
    ['UNITED STATES', 'US'],
    ['USSR', 'RU'],
    ['Atlantis', null],
    ['', null],
  ])('%s → %s', (text, code) => {
    expect(countryCodeFrom(text)).toBe(code);
  });

  it('reads the network lists’ strings the same way as any other text', () => {
    for (const text of ['Ivory Coast', 'Russia', 'Côte d’Ivoire', 'Scotland']) expect(readCountry(text)?.code).toBe(countryCodeFrom(text));
    expect(readCountry('Scotland, United Kingdom')).toEqual({ code: 'GB', alternatives: [], subdivision: 'Scotland' });
    expect(readCountry('Réunion, France')).toEqual({ code: 'RE', alternatives: ['FR'], subdivision: null });
    expect(readCountry('Georgia')).toEqual({ code: 'GE', alternatives: ['US'], subdivision: null });
  });

  it('finds every country a text names, by name, abbreviation or adjective', () => {
    expect([...countriesNamedIn('China has established friendly ties with 220 Japanese cities and 73 ROK cities')].sort()).toEqual([
      'CN',
      'JP',
      'KR',
    ]);
    expect([...countriesNamedIn('there are 258 pairs between cities of China and the U.S.')].sort()).toEqual(['CN', 'US']);
    expect([...countriesNamedIn('中美之间已建立284对友好省州和友好城市，日本和韩国')].sort()).toEqual(['JP', 'KR']);
  });

  it('names a country in each language and puts Russia in Europe', () => {
    expect(countryName('RU', 'zh')).toBe('俄罗斯');
    expect(countryName('TW', 'zh')).toBe('中国台湾');
    expect(continentOf('RU')).toBe('EU');
    expect(continentOf('CN')).toBe('AS');
  });
});
