import { describe, expect, it } from 'vitest';
import { findDates } from './text-dates.ts';

const dates = (text: string, year: number | null = 2024) => findDates(text, year).map((d) => d.date);

describe('dates in a sentence', () => {
  it.each([
    ['3月6日上午,深圳市与莫斯科市签约', ['2024-03-06']],
    ['2022年,我市联合哈尔滨市', ['2022']],
    ['截至2022年9月,深圳已与', ['2022-09']],
    ['On the morning of 6 March, Shenzhen and Moscow signed', ['2024-03-06']],
    ['since his first visit in 1994, underscored', ['1994']],
    ['It became a friendship city on March 16, 2017.', ['2017-03-16']],
    ['In 2022, Shenzhen, together with Harbin', ['2022']],
    ['signed in May 2024 and renewed on 9 February 2017', ['2024-05', '2017-02-09']],
    ['The tie was formalised in 1992. 2017 marked its 25th anniversary', ['1992', '2017']],
    ['Of the 2017 visitors, 1,200 stayed', []],
    // A span of days is dated by the month its days share, else by the year.
    ['6月28日至7月10日,市长率团访问', ['2024']],
    ['1983年9月13日至23日,对日本进行访问', ['1983-09']],
  ])('%s', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  it('leaves a day without a year alone when the text has no year', () => {
    expect(dates('On 6 March they signed', null)).toEqual([]);
  });

  it('reads a month alone as of the text’s year, and a count of months as no date', () => {
    expect(findDates('3月，两市签署了协议书', 2023).map((d) => d.date)).toEqual(['2023-03']);
    expect(findDates('为期3个月的展览', 2023)).toEqual([]);
    expect(findDates('3月6日上午', 2024).map((d) => d.date)).toEqual(['2024-03-06']);
  });
});
