import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { SourceKindSchema, type SourceInput } from '../records/source/source.schema.ts';

type Meta = Omit<SourceInput, 'url'>;

/**
 * What is known of each web page the demo's tables cite, from `data/sources.csv`: one row a page,
 * `languages` separated by semicolons, `text_file` the full text the demo keeps of it in
 * `data/sources/`. Titles describe the page (the stored copies do not always keep the page's own
 * title); a date is given only where the page, its address or the provenance notes state it.
 */
function readSources(): { meta: Record<string, Meta>; texts: Record<string, string> } {
  const rows: Record<string, string>[] = parse(readFileSync(new URL('./data/sources.csv', import.meta.url), 'utf8'), {
    columns: true,
    bom: true,
    skip_empty_lines: true,
  });
  const meta: Record<string, Meta> = {};
  const texts: Record<string, string> = {};
  for (const { url = '', kind, title = '', publisher, published, languages = '', note, text_file: file } of rows) {
    meta[url] = {
      kind: SourceKindSchema.parse(kind),
      title,
      ...(publisher ? { publisher } : {}),
      ...(published ? { published } : {}),
      languages: languages.split(';').filter(Boolean),
      ...(note ? { note } : {}),
    };
    if (file) texts[url] = file;
  }
  return { meta, texts };
}

const SOURCES = readSources();

/** The sources the demo cites, by the address they were read at. */
export const SOURCE_META: Record<string, Meta> = SOURCES.meta;

/** The full texts the demo keeps, by the address they were published at. */
export const SOURCE_TEXTS: Record<string, string> = SOURCES.texts;
