import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { PreciseDateSchema } from './precise-date.ts';
import { parseWrittenDate } from './written-date.ts';

const read = (text: string) => {
  const r = parseWrittenDate(text);
  return r.ok ? `${r.date} (${r.precision})` : `${r.code}: ${r.message}`;
};

describe('dates as people write them', () => {
  it('reads a day in every form people write one', () => {
    for (const text of [
      '2017-06-16',
      '2017/6/16',
      '2017/06/16',
      '2017年6月16日',
      '2017年6月16号',
      '16 June 2017',
      'June 16, 2017',
      '16th Jun 2017',
      ' 2017 年 6 月 16 日 ',
      '２０１７年６月１６日',
    ]) {
      expect(read(text), text).toBe('2017-06-16 (day)');
    }
  });

  it('reads a month as a month', () => {
    for (const text of ['2017-06', '2017/6', '2017年6月', 'June 2017', 'Jun. 2017', 'june, 2017']) {
      expect(read(text), text).toBe('2017-06 (month)');
    }
    expect(read('Sept 1986')).toBe('1986-09 (month)');
  });

  it('reads a year as a year', () => {
    expect(read('2017')).toBe('2017 (year)');
    expect(read('2017年')).toBe('2017 (year)');
  });

  it('refuses days and months that never were, saying which part is wrong', () => {
    expect(read('2017/13/1')).toBe("date_invalid: '2017/13/1' has no month 13");
    expect(read('2017年2月30日')).toBe("date_invalid: '2017年2月30日' has no day 30: February 2017 has 28 days");
    expect(read('2016年2月29日')).toBe('2016-02-29 (day)');
    expect(read('31 April 2020')).toBe("date_invalid: '31 April 2020' has no day 31: April 2020 has 30 days");
    expect(read('2017-00')).toBe("date_invalid: '2017-00' has no month 0");
    expect(read('0000')).toBe("date_invalid: '0000' has no year");
  });

  it('refuses what is no date at all, naming the forms it reads', () => {
    expect(read('next spring')).toMatch(/^date_format: 'next spring' is not a date: write 2017-06-16, 2017\/6\/16/);
    expect(read('Juno 2017')).toMatch(/^date_format: 'Juno 2017' names no month \('Juno'\)/);
    for (const text of ['', '17/6/2017', '2017-6/16', '2017年13', '16 June', '20170616', '2017-06-16T00:00']) {
      expect(parseWrittenDate(text).ok, text).toBe(false);
    }
  });

  it('lets a schema take either form and keep the precise one, or refuse with the field named', () => {
    expect(PreciseDateSchema.parse('2017年6月')).toBe('2017-06');
    expect(PreciseDateSchema.parse('16 June 2017')).toBe('2017-06-16');
    expect(PreciseDateSchema.parse('1986-03')).toBe('1986-03');
    const refused = z.object({ signedOn: PreciseDateSchema }).safeParse({ signedOn: '2017/13/1' });
    expect(refused.error?.issues.map((i) => ({ path: i.path, message: i.message, params: 'params' in i ? i.params : null }))).toEqual([
      { path: ['signedOn'], message: "'2017/13/1' has no month 13", params: { code: 'date_invalid' } },
    ]);
  });
});
