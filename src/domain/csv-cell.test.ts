import { describe, expect, it } from 'vitest';
import { readCsvCell, safeCsvCell } from './csv-cell.ts';

describe('CSV cells', () => {
  it.each([
    ['=HYPERLINK("http://example.org","Click me")', `'=HYPERLINK("http://example.org","Click me")`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTab', "'\tTab"],
    ['\rReturn', "'\rReturn"],
  ])('neutralise a cell a spreadsheet would run: %j', (input, written) => {
    expect(safeCsvCell(input)).toBe(written);
    expect(readCsvCell(safeCsvCell(input))).toBe(input);
  });

  it.each([['Moscow'], ['莫斯科'], ['-33.87'], ['+7'], ['1e-3'], ["'quoted"], ['2024-03']])('leave %j as it is', (input) => {
    expect(safeCsvCell(input)).toBe(input);
    expect(readCsvCell(input)).toBe(input);
  });

  it('writes nothing for a missing value and numbers as numbers', () => {
    expect([safeCsvCell(null), safeCsvCell(undefined), safeCsvCell(-151.2)]).toEqual(['', '', '-151.2']);
  });
});
