import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type CompiledQuery,
  type Compilable,
} from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Database, Db } from './database.ts';
import { nameKeysQueries } from './name-keys.repository.ts';
import { placeQueries } from './place.repository.ts';
import { RecordRepository, type Filter, type ListOptions } from './record.repository.ts';
import { refsQueries } from './refs.repository.ts';
import { statsQueries } from './stats.repository.ts';

/**
 * The SQL of the queries that matter most, as each backend receives it: a change to one
 * shows in review as a change to a file under __snapshots__. Nothing connects; Kysely
 * compiles against the dialect's adapter and compiler alone.
 */
const DIALECTS: Record<'sqlite' | 'postgres', Db> = {
  sqlite: new Kysely<Database>({
    dialect: {
      createAdapter: () => new SqliteAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (db) => new SqliteIntrospector(db),
      createQueryCompiler: () => new SqliteQueryCompiler(),
    },
  }),
  postgres: new Kysely<Database>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (db) => new PostgresIntrospector(db),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  }),
};

const places = new RecordRepository('places');
const partnerships = new RecordRepository('partnerships');
const figures = new RecordRepository('figures');
const sources = new RecordRepository('sources');
const tasks = new RecordRepository('tasks');

/** What a reader who is not signed in is shown: public records, never deleted ones. */
const PUBLIC: ListOptions = { visibleOnly: 'public', includeDeleted: false };
const HOME = ['pl_home', 'pl_district'];
const SEARCHABLE = ['place', 'organisation', 'person', 'mechanism'];

/** `/partnerships?place=pl_home&…`: the place on either side of the tie. */
const ofPlace: Filter = { op: 'either', columns: ['place_a_id', 'place_b_id'], value: 'pl_home' };

/** `type=sister_city&status=active&from=2000&to=2020`, in the order the list query adds them. */
const datedFilters: Filter[] = [
  { column: 'type', op: '=', value: 'sister_city' },
  { column: 'status', op: '=', value: 'active' },
  { column: 'established_from', op: '>=', value: '2000-01-01' },
  { column: 'established_from', op: '<=', value: '2020-12-31' },
  ofPlace,
];

const QUERIES: Record<string, (db: Db) => Compilable<unknown>> = {
  // The statistics of a home place as of a day (networkStats).
  'stats.home-by-name': (db) => nameKeysQueries.byKeys(db, ['shenzhen'], { entities: ['place'], forms: ['fold', 'variant'] }),
  'stats.districts-of-home': (db) => places.listQuery(db, { filters: [{ column: 'parent_id', op: '=', value: 'pl_home' }] }),
  'stats.ties-of-home': (db) => statsQueries.tiesOf(db, HOME, true),
  'stats.figures-of-home': (db) => figures.listQuery(db, { ...PUBLIC, filters: [{ column: 'home_place_id', op: '=', value: 'pl_home' }] }),
  'stats.source-of-figure': (db) => sources.findByIdQuery(db, 'src_figures'),
  'stats.default-home': (db) => statsQueries.homesByFigures(db),
  'stats.home-side-of-most-ties': (db) => statsQueries.homeSideOfMostTies(db, true),

  // A page of a place's partnerships (listRecords), first by name, then by date from a cursor.
  'list.partnerships-of-place.by-name': (db) =>
    partnerships.listQuery(db, {
      ...PUBLIC,
      filters: [{ column: 'status', op: '=', value: 'active' }, ofPlace],
      orderBy: { column: 'sort_name', direction: 'asc', nullable: false },
      limit: 51,
    }),
  'list.partnerships-of-place.by-date': (db) =>
    partnerships.listQuery(db, {
      ...PUBLIC,
      filters: datedFilters,
      orderBy: { column: 'established_from', direction: 'desc', nullable: true },
      after: { value: '2010-05-01', id: 'pt_cursor' },
      limit: 51,
    }),
  'list.partnerships-of-place.total': (db) => partnerships.countQuery(db, { ...PUBLIC, filters: datedFilters }),
  'place.layers-of': (db) => placeQueries.layersOf(db, ['pl_1', 'pl_2']),
  'place.to-registry': (db) => placeQueries.toRegistry(db, 'pl_1'),
  'list.partnerships-in-country': (db) =>
    partnerships.listQuery(db, {
      ...PUBLIC,
      // `/partnerships?country=CN`: either place in the country, read inside the query however many places are.
      filters: [{ op: 'in country', columns: ['place_a_id', 'place_b_id'], country: 'CN' }],
      orderBy: { column: 'sort_name', direction: 'asc', nullable: false },
      limit: 51,
    }),
  // `/partnerships?q=san`: either place named so, matched inside the query however many places are.
  'list.partnerships-named': (db) =>
    partnerships.listQuery(db, {
      ...PUBLIC,
      filters: [{ op: 'named', columns: ['place_a_id', 'place_b_id'], entity: 'place', key: 'san' }],
      orderBy: { column: 'sort_name', direction: 'asc', nullable: false },
      limit: 51,
    }),
  'list.partnerships-in-area': (db) => refsQueries.fromIds(db, 'partnership', 'area', 'culture'),
  'list.people-named': (db) => nameKeysQueries.byWordStart(db, 'person', 'cheremin'),
  // A page of the open tasks that follow no agreement, event or tie (`/tasks?state=open&follows=none`), by due date.
  'list.tasks-following-nothing': (db) =>
    tasks.listQuery(db, {
      filters: [
        { column: 'status', op: '=', value: 'open' },
        ...['agreement', 'event', 'partnership'].map((to): Filter => ({ op: 'refers', entity: 'task', to, present: false })),
      ],
      orderBy: { column: 'due', direction: 'asc', nullable: true },
      limit: 51,
    }),
  // A page of one visit's follow-up tasks (`/tasks?visit=ev_…`, the visit file), by due date.
  'list.tasks-of-visit': (db) =>
    tasks.listQuery(db, {
      filters: [{ op: 'refers', entity: 'task', to: 'event', toId: 'ev_visit0001', present: true }],
      orderBy: { column: 'due', direction: 'asc', nullable: true },
      limit: 51,
    }),

  // Search by name (search): the query's keys, then a prefix of longer names, then near spellings.
  'search.keys': (db) => nameKeysQueries.byKeys(db, ['shenzen', 'sxnsn'], { entities: SEARCHABLE }),
  'search.prefix': (db) => nameKeysQueries.byPrefix(db, 'shenzen', 200),
  'search.near-spellings': (db) => nameKeysQueries.fuzzy(db, ['sxns', 'snsn', 'xnsn'], { entities: SEARCHABLE }),
};

/** Clauses that start a line when they are not inside parentheses. */
const CLAUSES = ['from', 'inner join', 'left join', 'where', 'and', 'group by', 'having', 'order by', 'limit', 'offset'];

/** One clause a line, and the bound parameters after, with anything beyond ASCII escaped. */
function layout(query: CompiledQuery): string {
  const text = query.sql;
  let out = '';
  let depth = 0;
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === "'" || c === '"') {
      quote = c;
    } else if (c === '(') {
      depth++;
    } else if (c === ')') {
      depth--;
    } else if (c === ' ' && depth === 0) {
      const clause = CLAUSES.find((k) => text.startsWith(`${k} `, i + 1));
      if (clause) {
        out += clause === 'and' ? '\n  ' : '\n';
        continue;
      }
    }
    out += c;
  }
  const parameters = JSON.stringify(query.parameters).replace(
    /[^\x20-\x7e]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `${out}\n-- parameters: ${parameters}\n`;
}

for (const [dialect, db] of Object.entries(DIALECTS)) {
  describe(`the SQL of the main queries [${dialect}]`, () => {
    for (const [name, build] of Object.entries(QUERIES)) {
      it(name, async () => {
        await expect(layout(build(db).compile())).toMatchFileSnapshot(`./__snapshots__/${name}.${dialect}.sql`);
      });
    }
  });
}
