import type { ColumnType, Generated, Kysely } from 'kysely';
import type { RecordTable, RecordTables } from '../records/kinds.ts';

/** JSON: PostgreSQL (jsonb) returns it parsed, SQLite (text) as a string; both are written as text. */
export type JsonColumn = ColumnType<unknown, string, string>;

/** The columns every record table has; the record itself is `doc`, the rest are projections for queries. */
export interface RecordColumns {
  id: string;
  doc: JsonColumn;
  version: number;
  visibility: string;
  sort_name: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface SettingsTable {
  key: string;
  value: JsonColumn;
  updated_at: string;
}

export interface CountryRelationsTable {
  country_a: string;
  country_b: string;
  established: string;
  source_id: string | null;
  note: string | null;
}

export interface CitationsTable {
  id: string;
  source_id: string;
  entity: string;
  entity_id: string;
  field: string | null;
  quote: string | null;
  value: string | null;
  note: string | null;
  created_at: string;
}

/** Every reference from one record to another, kept with the record so references can be found and moved. */
export interface RefsTable {
  from_entity: string;
  from_id: string;
  path: string;
  to_entity: string;
  to_id: string;
}

/** The keys each record is found by name with; see src/domain/names.ts. */
export interface NameKeysTable {
  entity: string;
  entity_id: string;
  key: string;
  kind: string;
  lang: string | null;
  form: string;
  name: string;
}

/** One-deletion keys of each record's sound-alike keys, to find near spellings. */
export interface NameFuzzTable {
  key: string;
  entity: string;
  entity_id: string;
  base: string;
  whole: number;
  kind: string;
  lang: string | null;
  name: string;
}

/** A merge of two records, with every step it took so that it can be undone. */
export interface MergesTable {
  id: string;
  entity: string;
  survivor_id: string;
  duplicate_id: string;
  at: string;
  actor_label: string;
  steps: JsonColumn;
  undone_at: string | null;
  undone_by: string | null;
}

export interface AreasTable {
  key: string;
  labels: JsonColumn;
  builtin: number;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor_id: string | null;
  actor_label: string;
  action: string;
  entity: string;
  entity_id: string;
  version: number | null;
  changes: JsonColumn;
}

export interface UsersTable {
  id: string;
  email: string;
  password_hash: string;
  role: string;
  disabled_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
  revoked_at: string | null;
  ip: string | null;
  user_agent: string | null;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
  /** `api` for scripts; `calendar` for a desk calendar's read-only feed. */
  scope: string;
}

export interface LoginAttemptsTable {
  key: string;
  window_start: string;
  failures: number;
}

export interface FactDecisionsTable {
  entity: string;
  entity_id: string;
  field: string;
  value: string;
  reason: string;
  decided_at: string;
  decided_by: string;
}

/** A tie a dataset lists between two places (`a` before `b` by id), with the rows of the dataset that list it. */
export interface NetworkTiesTable {
  id: Generated<number>;
  place_a_id: string;
  place_b_id: string;
  source_id: string;
  /** The dataset's row numbers, comma-separated. */
  source_rows: string;
  type: string;
  created_at: string;
}

export interface MetaTable {
  key: string;
  value: string;
}

/** Every table: each kind of record's (see src/records/kinds.ts), then the registry's own. */
export interface Database extends RecordTables {
  citations: CitationsTable;
  refs: RefsTable;
  name_keys: NameKeysTable;
  name_fuzz: NameFuzzTable;
  merges: MergesTable;
  areas: AreasTable;
  audit_log: AuditLogTable;
  meta: MetaTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  login_attempts: LoginAttemptsTable;
  fact_decisions: FactDecisionsTable;
  network_ties: NetworkTiesTable;
  settings: SettingsTable;
  country_relations: CountryRelationsTable;
}

export type { RecordTable };

/** A connection or a transaction: a function that takes `Db` runs in whichever it is given. */
export type Db = Kysely<Database>;

export function readJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}
