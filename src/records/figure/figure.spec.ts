import { earliestDay } from '../../domain/precise-date.ts';
import type { EntitySpec } from '../spec.ts';
import { ref } from '../spec.ts';
import { FigureDataSchema, type FigureData } from './figure.schema.ts';
import type { FiguresTable } from './figure.table.ts';

export const figureSpec: EntitySpec<FigureData, FiguresTable, 'figures'> = {
  kind: 'figure',
  collection: 'figures',
  label: { en: 'Published figures', zh: '公布数字' },
  prefix: 'fi',
  schema: FigureDataSchema,
  refFields: { homePlaceId: 'place', sourceId: 'source' },
  list: { filters: ['home', 'from', 'to'], dateColumn: 'as_of_from' },
  table: 'figures',
  columns: (f) => ({ home_place_id: f.homePlaceId, as_of: f.asOf, as_of_from: earliestDay(f.asOf), source_id: f.sourceId }),
  sortName: (f) => earliestDay(f.asOf),
  refs: (f) => [...ref('homePlaceId', 'place', f.homePlaceId), ...ref('sourceId', 'source', f.sourceId)],
};
