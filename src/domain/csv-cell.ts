/** What a spreadsheet reads as the start of a formula (OWASP's list for CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * A cell as a spreadsheet may open it safely: text that would start a formula (`=HYPERLINK(…)`,
 * `+1+1`, `@SUM(…)`) gets a leading apostrophe, which spreadsheets show as text; plain numbers
 * such as `-33.87` stay numbers. Every CSV Amity writes goes through this.
 */
export function safeCsvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** A cell as written by `safeCsvCell`, read back: the apostrophe it added goes again. */
export function readCsvCell(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}
