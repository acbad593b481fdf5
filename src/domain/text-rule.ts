import type { FieldIssue } from './errors.ts';

/**
 * The one rule for every text Amity takes in, whatever the field and whatever the backend:
 * no NUL or other C0 control character except tab, line feed and carriage return; no lone
 * surrogate (half of a UTF-16 pair, which no UTF-8 text can hold); no non-character (U+FFFE,
 * U+FFFF, U+FDD0–U+FDEF and the last two code points of every plane). PostgreSQL refuses NUL
 * and lone surrogates in text while SQLite stores them; refusing them before any write makes
 * both backends answer alike, with a 400 naming the field.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the pattern exists to find control characters
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\p{Cs}\p{Noncharacter_Code_Point}]/u;

export function isAllowedText(text: string): boolean {
  return !FORBIDDEN.test(text);
}

/** What the first forbidden character is and where, by line for text of several lines. */
function describe(text: string): string {
  const match = FORBIDDEN.exec(text);
  if (!match) return '';
  const char = match[0];
  const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const what =
    char === '\u0000'
      ? 'NUL'
      : /\p{Cs}/u.test(char)
        ? 'a lone surrogate'
        : /\p{Cc}/u.test(char)
          ? 'a control character'
          : 'a non-character';
  const before = text.slice(0, match.index);
  const line = before.split('\n').length;
  const where = text.includes('\n') ? ` on line ${line}` : '';
  return `holds ${what} (${code})${where}`;
}

/**
 * Every string in `value` (keys too) that breaks the rule, with its path: a request's body,
 * query or parameters, or a file being imported.
 */
export function textRuleIssues(value: unknown, prefix: (string | number)[] = []): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const visit = (v: unknown, path: (string | number)[], depth: number) => {
    if (typeof v === 'string') {
      if (!isAllowedText(v)) issues.push({ path, code: 'text_characters', message: describe(v) });
    } else if (Array.isArray(v)) {
      if (depth < 64) for (const [i, item] of v.entries()) visit(item, [...path, i], depth + 1);
    } else if (typeof v === 'object' && v !== null && depth < 64) {
      for (const [key, item] of Object.entries(v)) {
        if (!isAllowedText(key)) issues.push({ path: [...path, key], code: 'text_characters', message: `its name ${describe(key)}` });
        else visit(item, [...path, key], depth + 1);
      }
    }
  };
  visit(value, prefix, 0);
  return issues;
}
