import { sql, type Kysely } from 'kysely';
import type { Db } from './database.ts';
import { isPostgres } from './migrations/dialect.ts';

/** A column that names a record by kind and id (`refs.to_entity`, `refs.to_id`). */
export interface SoftReference {
  table: string;
  entityColumn: string;
  idColumn: string;
}

export const doctorRepository = {
  /**
   * SQLite's own check of the file: `quick_check` (fast, what a start runs) or `integrity_check`
   * (indexes against tables too). The lines it reports, none when the file is sound; a file too
   * damaged to run the check at all gives the error's message. PostgreSQL checks its own pages.
   */
  async integrity(db: Db, quick: boolean): Promise<string[]> {
    if (isPostgres(db as Kysely<unknown>)) return [];
    try {
      const { rows } = quick
        ? await sql<Record<string, string>>`pragma quick_check`.execute(db)
        : await sql<Record<string, string>>`pragma integrity_check`.execute(db);
      const lines = rows.map((r) => String(Object.values(r)[0]).replace(/\s*\n\s*/g, ' '));
      return lines.length === 1 && lines[0] === 'ok' ? [] : lines;
    } catch (error) {
      return [(error as Error).message];
    }
  },

  /** Rows whose foreign key names a row that is not there. */
  async missingTargets(db: Db, fk: { table: string; column: string; refTable: string; refColumn: string }): Promise<number> {
    const { rows } = await sql<{ n: number }>`
      select count(*) as n from ${sql.table(fk.table)} t
      where t.${sql.ref(fk.column)} is not null and not exists (
        select 1 from ${sql.table(fk.refTable)} r where r.${sql.ref(fk.refColumn)} = t.${sql.ref(fk.column)})`.execute(db);
    return Number(rows[0]?.n ?? 0);
  },

  /** Rows of `ref` that name a record of `entity` not in `target`'s table. */
  async missingRecords(db: Db, ref: SoftReference, entity: string, target: { table: string; column: string }): Promise<number> {
    const { rows } = await sql<{ n: number }>`
      select count(*) as n from ${sql.table(ref.table)} t
      where t.${sql.ref(ref.entityColumn)} = ${entity} and not exists (
        select 1 from ${sql.table(target.table)} r where r.${sql.ref(target.column)} = t.${sql.ref(ref.idColumn)})`.execute(db);
    return Number(rows[0]?.n ?? 0);
  },

  /** The kinds of record a soft reference names, with how many rows name each. */
  async entities(db: Db, ref: SoftReference): Promise<{ entity: string; n: number }[]> {
    const { rows } = await sql<{ entity: string; n: number }>`
      select ${sql.ref(ref.entityColumn)} as entity, count(*) as n from ${sql.table(ref.table)}
      group by ${sql.ref(ref.entityColumn)} order by 1`.execute(db);
    return rows.map((r) => ({ entity: r.entity, n: Number(r.n) }));
  },
};
