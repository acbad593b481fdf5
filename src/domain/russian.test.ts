import { describe, expect, it } from 'vitest';
import { romaniseRussian, russianRomanisations } from './russian.ts';

describe('Russian romanisation', () => {
  it.each([
    ['Черёмин', 'bgn-pcgn', 'Cherëmin'],
    ['Черёмин', 'everyday-yo', 'Cheryomin'],
    ['Черёмин', 'iso9', 'Čerëmin'],
    ['Черёмин', 'gost-b', 'Cheryomin'],
    ['Черёмин', 'passport', 'Cheremin'],
    ['Сергей', 'bgn-pcgn', 'Sergey'],
    ['Сергей', 'passport', 'Sergei'],
    ['Сергей', 'iso9', 'Sergej'],
    ['Екатеринбург', 'bgn-pcgn', 'Yekaterinburg'],
    ['Екатеринбург', 'iso9', 'Ekaterinburg'],
    ['Санкт-Петербург', 'bgn-pcgn', 'Sankt-Peterburg'],
    ['Харбин', 'bgn-pcgn', 'Kharbin'],
    ['Харбин', 'iso9', 'Harbin'],
    ['Харбин', 'gost-b', 'Xarbin'],
    ['Щукино', 'bgn-pcgn', 'Shchukino'],
    ['Щукино', 'gost-b', 'Shhukino'],
    ['Цукуба', 'gost-b', 'Czukuba'],
    ['Циолковский', 'gost-b', 'Ciolkovskij'],
    ['Ярославль', 'passport', 'Iaroslavl'],
    ['Подъездной', 'bgn-pcgn', 'Podyezdnoy'],
    ['Подъездной', 'passport', 'Podieezdnoi'],
    ['МГУ', 'bgn-pcgn', 'MGU'],
    ['ЩИТ', 'bgn-pcgn', 'SHCHIT'],
  ] as const)('writes %s in %s as %s', (text, system, latin) => {
    expect(romaniseRussian(text, system)).toBe(latin);
  });

  it('keeps what is not Cyrillic and lists each distinct romanisation once', () => {
    expect(romaniseRussian('Москва 2024', 'bgn-pcgn')).toBe('Moskva 2024');
    expect(russianRomanisations('Москва')).toEqual([{ system: 'bgn-pcgn', text: 'Moskva' }]);
    expect(russianRomanisations('Moscow')).toEqual([]);
    expect(russianRomanisations('Черёмин').map((r) => r.text)).toEqual(['Cherëmin', 'Cheryomin', 'Čerëmin', 'Cheremin']);
  });
});
