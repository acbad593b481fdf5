import { earliestDay } from '../../domain/precise-date.ts';
import type { EntitySpec } from '../spec.ts';
import { SourceDataSchema, type SourceData } from './source.schema.ts';
import type { SourcesTable } from './source.table.ts';

export const sourceSpec: EntitySpec<SourceData, SourcesTable, 'sources'> = {
  kind: 'source',
  collection: 'sources',
  label: { en: 'Sources', zh: '来源' },
  prefix: 'so',
  schema: SourceDataSchema,
  refFields: {},
  list: { filters: ['q', 'kind', 'from', 'to'], dateColumn: 'published_from' },
  table: 'sources',
  columns: (s) => ({ kind: s.kind, url: s.url, published: s.published, published_from: s.published ? earliestDay(s.published) : null }),
  sortName: (s) => s.title.slice(0, 200),
  refs: () => [],
};
