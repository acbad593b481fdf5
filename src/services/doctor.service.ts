import { TABLE_OF } from '../records/kinds.ts';
import { backupRepository } from '../storage/backup.repository.ts';
import { openStore, resolveDatabaseTarget } from '../storage/connect.ts';
import type { Db } from '../storage/database.ts';
import { doctorRepository, type SoftReference } from '../storage/doctor.repository.ts';
import { schemaStatus } from '../storage/migrate.ts';

export type DoctorCheck = 'integrity' | 'schema' | 'references';

/** Something wrong, said in both languages. */
export interface Finding {
  check: DoctorCheck;
  en: string;
  zh: string;
}

export interface DoctorReport {
  ok: boolean;
  location: string;
  backend: 'sqlite' | 'postgres';
  /** The checks run, each with whether it found nothing wrong. */
  checks: { check: DoctorCheck; ok: boolean }[];
  findings: Finding[];
}

/** The columns that name a record by kind and id, outside the foreign keys the schema declares. */
const SOFT_REFERENCES: SoftReference[] = [
  { table: 'refs', entityColumn: 'from_entity', idColumn: 'from_id' },
  { table: 'refs', entityColumn: 'to_entity', idColumn: 'to_id' },
  { table: 'citations', entityColumn: 'entity', idColumn: 'entity_id' },
  { table: 'fact_decisions', entityColumn: 'entity', idColumn: 'entity_id' },
  { table: 'name_keys', entityColumn: 'entity', idColumn: 'entity_id' },
  { table: 'merges', entityColumn: 'entity', idColumn: 'survivor_id' },
  { table: 'merges', entityColumn: 'entity', idColumn: 'duplicate_id' },
];

/** Where the record a kind names lives: each kind's table by id, and cooperation areas by key. */
const TARGETS: Record<string, { table: string; column: string }> = {
  ...Object.fromEntries(Object.entries(TABLE_OF).map(([kind, table]) => [kind, { table, column: 'id' }])),
  area: { table: 'areas', column: 'key' },
};

async function integrity(db: Db): Promise<Finding[]> {
  const lines = await doctorRepository.integrity(db, false);
  return lines.slice(0, 20).map((line) => ({ check: 'integrity', en: `damaged: ${line}`, zh: `数据库文件已损坏：${line}` }));
}

async function schema(db: Db): Promise<Finding[]> {
  const status = await schemaStatus(db);
  const found: Finding[] = [];
  if (status.applied.length === 0)
    found.push({ check: 'schema', en: 'no Amity schema: not a registry', zh: '没有 Amity 的数据结构：不是登记库' });
  else if (status.pending.length) {
    const names = status.pending.join(', ');
    found.push({ check: 'schema', en: `schema not current: pending ${names}`, zh: `数据结构不是最新版本：待迁移 ${names}` });
  }
  if (status.unknown.length) {
    const names = status.unknown.join(', ');
    found.push({ check: 'schema', en: `schema newer than this Amity: ${names}`, zh: `数据结构比此版本的 Amity 新：${names}` });
  }
  return found;
}

async function references(db: Db): Promise<Finding[]> {
  const found: Finding[] = [];
  const tables = new Set((await backupRepository.tables(db)).map((t) => t.name));
  for (const fk of await backupRepository.foreignKeys(db)) {
    const n = await doctorRepository.missingTargets(db, fk);
    if (n === 0) continue;
    const where = `${fk.table}.${fk.column} → ${fk.refTable}.${fk.refColumn}`;
    found.push({ check: 'references', en: `${n} rows of ${where} name a missing row`, zh: `${where}：${n} 行指向不存在的记录` });
  }
  for (const ref of SOFT_REFERENCES) {
    if (!tables.has(ref.table)) continue;
    for (const { entity, n: rows } of await doctorRepository.entities(db, ref)) {
      const where = `${ref.table}.${ref.idColumn}`;
      const target = TARGETS[entity];
      if (!target) {
        found.push({
          check: 'references',
          en: `${rows} rows of ${where} name an unknown kind '${entity}'`,
          zh: `${where}：${rows} 行指向未知的类型“${entity}”`,
        });
        continue;
      }
      const n = await doctorRepository.missingRecords(db, ref, entity, target);
      if (n === 0) continue;
      found.push({
        check: 'references',
        en: `${n} rows of ${where} name a missing ${entity} (${target.table})`,
        zh: `${where}：${n} 行指向不存在的${entity}（${target.table}）`,
      });
    }
  }
  return found;
}

const CHECKS: Record<DoctorCheck, (db: Db) => Promise<Finding[]>> = { integrity, schema, references };

/**
 * Checks a database without changing it: SQLite's integrity check of the file, the schema's
 * version against this Amity's migrations, and references to rows that are not there (foreign
 * keys the schema declares, and the records named by kind and id: references, citations, fact
 * decisions, the name index, merges). A check that cannot run is a finding of its own.
 */
export async function diagnose(target?: string): Promise<DoctorReport> {
  const store = openStore(resolveDatabaseTarget(target));
  try {
    const checks: DoctorReport['checks'] = [];
    const findings: Finding[] = [];
    for (const [check, run] of Object.entries(CHECKS) as [DoctorCheck, (db: Db) => Promise<Finding[]>][]) {
      const found = await run(store.db).catch((error: Error): Finding[] => [
        { check, en: `could not check: ${error.message}`, zh: `无法检查：${error.message}` },
      ]);
      checks.push({ check, ok: found.length === 0 });
      findings.push(...found);
    }
    return { ok: findings.length === 0, location: store.location, backend: store.backend, checks, findings };
  } finally {
    await store.close();
  }
}
