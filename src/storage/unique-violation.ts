import { AmityError } from '../domain/errors.ts';
import type { AmityIssueCode } from '../domain/issue-codes.ts';

interface UniqueRule {
  /** The constraint's name as PostgreSQL reports it. */
  postgres: readonly string[];
  /** What SQLite names in its report: `table.column`, or `index 'name'` for an index on an expression. */
  sqlite: readonly string[];
  field: string;
  code: AmityIssueCode;
  message: string;
}

/** Every uniqueness rule of the registry the database enforces, with the field a request gives it through. */
const RULES: readonly UniqueRule[] = [
  {
    postgres: ['partnerships_live_pair'],
    sqlite: ['partnerships.pair_key'],
    field: 'placeBId',
    code: 'duplicate_tie',
    message: 'these two places are already tied',
  },
  { postgres: ['areas_pkey'], sqlite: ['areas.key'], field: 'key', code: 'area_taken', message: 'an area with this key exists' },
  {
    postgres: ['users_email_ci', 'users_email_key'],
    sqlite: ["index 'users_email_ci'", 'users.email'],
    field: 'email',
    code: 'email_taken',
    message: 'an account with this e-mail address exists',
  },
  {
    postgres: ['api_tokens_one_calendar'],
    sqlite: ['api_tokens.user_id'],
    field: 'token',
    code: 'already_exists',
    message: 'another calendar address was made at the same moment',
  },
];

/** PostgreSQL's SQLSTATE for a unique violation; better-sqlite3's codes for a unique or primary key. */
const PG_UNIQUE = '23505';
const SQLITE_UNIQUE = new Set(['SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY']);

function ruleFor(error: { code?: unknown; constraint?: unknown; message?: unknown }): UniqueRule | null | undefined {
  if (error.code === PG_UNIQUE) return RULES.find((r) => r.postgres.includes(String(error.constraint))) ?? null;
  if (typeof error.code === 'string' && SQLITE_UNIQUE.has(error.code)) {
    // SQLite names the failed columns or index only in its message: "UNIQUE constraint failed: areas.key".
    const failed = String(error.message).replace(/^UNIQUE constraint failed: /, '');
    return RULES.find((r) => r.sqlite.includes(failed)) ?? null;
  }
  return undefined;
}

/**
 * A unique violation from either driver as a 409 naming the field; undefined for any other error.
 * Checks made before a write only give a friendlier answer: the constraint settles a race.
 */
export function duplicateFromDatabase(error: unknown): AmityError | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const rule = ruleFor(error as Record<string, unknown>);
  if (rule === undefined) return undefined;
  if (rule === null) return new AmityError('duplicate', 'this would duplicate a record that must be unique; nothing was changed');
  return new AmityError('duplicate', `${rule.field}: ${rule.message}`, [{ path: [rule.field], code: rule.code, message: rule.message }]);
}
