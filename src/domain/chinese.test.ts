import { describe, expect, it } from 'vitest';
import { chineseWords, readChinese, toSimplified, withoutAdminSuffix } from './chinese.ts';
import { palladiusSyllable, palladiusWord } from './palladius.ts';

describe('Chinese names', () => {
  it('read in pinyin with and without tones, a word at a time', () => {
    expect(readChinese('深圳')).toEqual({ pinyin: 'shenzhen', tones: 'shen1zhen4', palladius: 'Шэньчжэнь' });
    expect(readChinese('深圳北理莫斯科大学').pinyin).toBe('shenzhen bei li mosike daxue');
    expect(readChinese('重庆').pinyin).toBe('chongqing');
    expect(readChinese('绿岛').tones).toBe('lv4 dao3');
  });

  it('read traditional characters as their simplified forms', () => {
    expect(toSimplified('蒙特利爾')).toBe('蒙特利尔');
    expect(readChinese('蒙特利爾').pinyin).toBe(readChinese('蒙特利尔').pinyin);
    expect(toSimplified('Moscow')).toBe('Moscow');
  });

  it('are split into words with Intl.Segmenter', () => {
    expect(chineseWords('世界创新城市合作组织')).toEqual(['世界', '创新', '城市', '合作', '组织']);
  });

  it('lose the administrative suffix but keep 州 and two-character names', () => {
    expect(withoutAdminSuffix('深圳市')).toBe('深圳');
    expect(withoutAdminSuffix('宝安区')).toBe('宝安');
    expect(withoutAdminSuffix('香港特别行政区')).toBe('香港');
    expect(withoutAdminSuffix('广州')).toBeNull();
    expect(withoutAdminSuffix('沙市')).toBeNull();
  });
});

describe('Palladius', () => {
  it.each([
    ['shen', 'шэнь'],
    ['zhen', 'чжэнь'],
    ['ha', 'ха'],
    ['er', 'эр'],
    ['bin', 'бинь'],
    ['wang', 'ван'],
    ['shou', 'шоу'],
    ['rui', 'жуй'],
    ['hui', 'хуэй'],
    ['gui', 'гуй'],
    ['si', 'сы'],
    ['zi', 'цзы'],
    ['zhi', 'чжи'],
    ['ju', 'цзюй'],
    ['xue', 'сюэ'],
    ['quan', 'цюань'],
    ['lü', 'люй'],
    ['nv', 'нюй'],
    ['guo', 'го'],
    ['yi', 'и'],
    ['you', 'ю'],
    ['wei', 'вэй'],
    ['zhong', 'чжун'],
    ['jiang', 'цзян'],
    ['xiong', 'сюн'],
    ['e', 'э'],
    ['ou', 'оу'],
  ])('writes %s as %s', (syllable, cyrillic) => {
    expect(palladiusSyllable(syllable)).toBe(cyrillic);
  });

  it('joins a word and refuses what is not pinyin', () => {
    expect(palladiusWord(['ha', 'er', 'bin'])).toBe('Хаэрбинь');
    expect(palladiusWord(['mo', 'si', 'ke'])).toBe('Мосыкэ');
    expect(palladiusSyllable('msu')).toBeNull();
    expect(palladiusWord(['shen', 'th'])).toBeNull();
  });
});
