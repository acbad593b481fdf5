import { describe, expect, it } from 'vitest';
import { duplicateReason } from './duplicates.ts';
import { aliasesAfterMerge, pathSteps, replaceAtPath, union } from './merge.ts';

describe('merging documents', () => {
  it('rewrites a reference at its path and nothing else', () => {
    const doc = { members: [{ member: { placeId: 'pl_a', organisationId: null } }, { member: { placeId: 'pl_b', organisationId: null } }] };
    expect(pathSteps('members[1].member.placeId')).toEqual(['members', 1, 'member', 'placeId']);
    const out = replaceAtPath(doc, 'members[1].member.placeId', 'pl_b', 'pl_c');
    expect(out.members.map((m) => m.member.placeId)).toEqual(['pl_a', 'pl_c']);
    expect(doc.members[1]!.member.placeId).toBe('pl_b');
    expect(() => replaceAtPath(doc, 'members[0].member.placeId', 'pl_b', 'pl_c')).toThrow(/reindex/);
  });

  it('keeps every name of the duplicate as an alias of the survivor, once', () => {
    const survivor = { names: { en: 'Moscow', ru: 'Москва' }, aliases: [{ name: 'Moskva', lang: 'en', origin: null, note: null }] };
    const duplicate = {
      names: { en: 'Moskva', fr: 'Moscou', ru: 'Москва' },
      aliases: [{ name: 'Moskau', lang: 'de', origin: 'source', note: null }],
    };
    expect(aliasesAfterMerge(survivor, duplicate, 'pl_x').map((a) => `${a.lang}:${a.name}:${a.origin}`)).toEqual([
      'en:Moskva:null',
      'fr:Moscou:merge',
      'de:Moskau:source',
    ]);
  });

  it('joins lists without repeating an item', () => {
    expect(union(['culture', 'sport'], ['sport', 'transport'])).toEqual(['culture', 'sport', 'transport']);
  });
});

describe('likely duplicates', () => {
  it('gives the reason, or none when the other facts tell the records apart', () => {
    expect(duplicateReason({ country: 'RU' }, { country: 'RU' }, 'transliteration')).toBe(
      'same country, names match after transliteration',
    );
    expect(duplicateReason({ country: 'RU' }, { country: 'US' }, 'name')).toBeNull();
    expect(duplicateReason({ country: 'CN', parentId: 'pl_a' }, { country: 'CN', parentId: 'pl_b' }, 'name')).toBeNull();
    expect(duplicateReason({ placeId: 'pl_a' }, { placeId: 'pl_a' }, 'fuzzy', 2)).toBe('same place, names differ by 2 letters');
    expect(duplicateReason({}, {}, 'phonetic')).toBe('names sound alike');
    expect(duplicateReason({ country: 'RU' }, { country: 'RU' }, 'transliteration', 0, 'zh')).toBe('同一国家，转写后名称相同');
  });
});
