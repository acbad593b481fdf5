import { describe, expect, it } from 'vitest';
import { isAllowedText, textRuleIssues } from './text-rule.ts';

describe('the text rule', () => {
  it.each([
    ['NUL', 'a\u0000b'],
    ['a bell', 'a\u0007b'],
    ['an escape', '\u001b[31m'],
    ['a lone high surrogate', 'a\uD800'],
    ['a lone low surrogate', '\uDC00b'],
    ['U+FFFE', '\uFFFE'],
    ['U+FFFF', '\uFFFF'],
    ['U+FDD0', '\uFDD0'],
    ['U+1FFFF', '\u{1FFFF}'],
  ])('refuses %s', (_what, text) => {
    expect(isAllowedText(text)).toBe(false);
  });

  it.each([
    ['tabs and line breaks', 'a\tb\r\nc'],
    ['Chinese and Russian', '深圳 Москва'],
    ['a surrogate pair', 'emoji 😀'],
    ['combining marks', 'Saint-E\u0301tienne'],
  ])('keeps %s', (_what, text) => {
    expect(isAllowedText(text)).toBe(true);
  });

  it('names every string and key that breaks it, with the line of a text of several lines', () => {
    const issues = textRuleIssues({ names: { en: 'ok', 'z\u0000': 'x' }, history: [{ note: 'one\ntwo\u0000' }] }, ['body']);
    expect(issues.map((i) => i.path)).toEqual([
      ['body', 'names', 'z\u0000'],
      ['body', 'history', 0, 'note'],
    ]);
    expect(issues[1]!.message).toBe('holds NUL (U+0000) on line 2');
  });
});
