import { describe, expect, it } from 'vitest';
import { collatorFor, sortedByName } from './collation.ts';

describe('the reader’s order of names', () => {
  it('puts Chinese names in pinyin order, not by code point', () => {
    const names = ['深圳', '北京', '上海', '广州', '莫斯科', '爱丁堡'];
    expect(sortedByName(names, (n) => n, 'zh')).toEqual(['爱丁堡', '北京', '广州', '莫斯科', '上海', '深圳']);
    expect([...names].sort()).not.toEqual(sortedByName(names, (n) => n, 'zh'));
  });

  it('puts English names alphabetically, ignoring case and accents, with numbers by value', () => {
    const names = ['Łódź', 'brisbane', 'Poznań', 'Almere', 'District 10', 'District 9'];
    expect(sortedByName(names, (n) => n, 'en')).toEqual(['Almere', 'brisbane', 'District 9', 'District 10', 'Łódź', 'Poznań']);
    expect(collatorFor('en').compare('Poznan', 'Poznań')).toBe(0);
  });
});
