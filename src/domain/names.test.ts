import { describe, expect, it } from 'vitest';
import { fuzzyKeysOf, lookupKeys, queryOf } from './name-match.ts';
import { bestMatches, type IndexedFuzzyKey, type IndexedKey } from './name-rank.ts';
import { compactKey, foldName, nameKeysOf, renderingsOf } from './names.ts';

const cheryomin = nameKeysOf({ zh: '切廖明', en: 'Sergey Cheryomin', ru: 'Сергей Черёмин' }, [
  { name: 'Sergey Cheremin', lang: 'en', origin: 'source', note: null },
]);
const shenzhen = nameKeysOf({ zh: '深圳', en: 'Shenzhen', ru: 'Шэньчжэнь' });

/** A one-record index, as the repository would return it, searched for `q`. */
function match(keys: typeof cheryomin, q: string) {
  const rows: IndexedKey[] = keys.map((k) => ({ entity: 'person', entityId: 'pe_1', ...k }));
  const query = queryOf(q);
  const wanted = new Set(lookupKeys(query));
  const fuzzy: IndexedFuzzyKey[] = fuzzyKeysOf(keys).map(({ key: _k, ...f }) => ({ entity: 'person', entityId: 'pe_1', ...f }));
  const prefix = rows.filter((r) => r.key.startsWith(query.prefix));
  return bestMatches(
    query,
    rows.filter((r) => wanted.has(r.key)),
    prefix,
    fuzzy,
  ).get('person:pe_1');
}

describe('folding and keys', () => {
  it('fold case, width, diacritics and punctuation', () => {
    expect(foldName('Poznań')).toBe('poznan');
    expect(foldName('ＭＯＳＣＯＷ')).toBe('moscow');
    expect(foldName('Bao’an')).toBe('bao an');
    expect(foldName('Черёмин')).toBe('черемин');
    expect(compactKey('Wang Shou-rui')).toBe('wangshourui');
  });

  it('render a name in its variants and transliterations', () => {
    const texts = (t: string) => renderingsOf(t).map((r) => `${r.form}:${r.text}`);
    expect(texts('深圳市')).toEqual(
      expect.arrayContaining(['variant:深圳', 'pinyin:shenzhen', 'pinyin-tones:shen1zhen4', 'palladius:Шэньчжэнь']),
    );
    expect(texts('Санкт-Петербург')).toContain('bgn-pcgn:Sankt-Peterburg');
    expect(texts('哈尔滨')).toContain('palladius:Khaerbin');
    expect(texts('Nürnberg')).toContain('variant:Nuernberg');
  });

  it('keep one row per key, the standard name before an alias', () => {
    const keys = cheryomin.map((k) => k.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(cheryomin.find((k) => k.key === 'sergeycheryomin')).toMatchObject({ kind: 'name', form: 'fold', lang: 'en' });
    expect(cheryomin.find((k) => k.key === 'sergeycheremin')).toMatchObject({ kind: 'alias', form: 'fold' });
    expect(cheryomin.find((k) => k.key === 'sergeicheremin')).toMatchObject({ kind: 'name', form: 'passport', name: 'Сергей Черёмин' });
    expect(shenzhen.find((k) => k.key === 'shenzhen')).toMatchObject({ form: 'fold', lang: 'en' });
  });

  it('derive near-spelling keys from the sound-alikes of whole names and words', () => {
    const fuzzy = fuzzyKeysOf(shenzhen);
    expect(fuzzy.filter((f) => f.base === 'shenzhen').map((f) => f.key)).toContain('shenzen');
    expect(fuzzy.every((f) => f.base.length >= 4)).toBe(true);
  });
});

describe('matching a query against a record', () => {
  it.each([
    ['Cheremin', 'words'],
    ['Черёмин', 'words'],
    ['Сергей Черемин', 'name'],
    ['Sergey Cheremin', 'alias'],
    ['Sergei Cheremin', 'transliteration'],
    ['Sergei Cheryomin', 'words'],
    ['Cheriomin', 'phonetic'],
    ['Cheryomn', 'fuzzy'],
    ['Sergey Cher', 'words'],
    ['切廖明', 'name'],
  ])('finds %s in the tier %s', (q, tier) => {
    expect(match(cheryomin, q)?.tier).toBe(tier);
  });

  it('says which name and key matched', () => {
    expect(match(shenzhen, 'Shenzen')).toMatchObject({ tier: 'fuzzy', name: 'Shenzhen', distance: 1 });
    expect(match(shenzhen, '深圳市')).toMatchObject({ tier: 'name', name: '深圳', via: '深圳' });
    expect(match(shenzhen, 'shen zhen')).toMatchObject({ tier: 'name', key: 'shenzhen' });
  });

  it('finds nothing for another name or an empty query', () => {
    expect(match(shenzhen, 'Moscow')).toBeUndefined();
    expect(match(shenzhen, ' ,. ')).toBeUndefined();
  });
});
