import type { Command } from 'commander';
import type { DoctorReport } from '../../services/doctor.service.ts';
import { jsonOption, langOption, readLang } from '../options.ts';
import type { DbOption } from '../run.ts';

const TEXT = {
  zh: {
    backedUp: (file: string, kb: string, rows: number, tables: number, version: string) =>
      `已备份到 ${file}（${kb} KB，${tables} 张表共 ${rows} 行，数据结构 ${version}）`,
    restored: (location: string, rows: number, tables: number, version: string) =>
      `已将 ${tables} 张表共 ${rows} 行恢复到 ${location}（数据结构 ${version}）`,
    healthy: (location: string) => `${location}：完好`,
    unhealthy: (location: string, n: number) => `${location}：发现 ${n} 个问题`,
  },
  en: {
    backedUp: (file: string, kb: string, rows: number, tables: number, version: string) =>
      `Backed up to ${file} (${kb} kB, ${rows} rows in ${tables} tables, schema ${version})`,
    restored: (location: string, rows: number, tables: number, version: string) =>
      `Restored ${rows} rows in ${tables} tables into ${location} (schema ${version})`,
    healthy: (location: string) => `${location}: healthy`,
    unhealthy: (location: string, n: number) => `${location}: ${n} problems found`,
  },
} as const;

const total = (rows: Record<string, number>) => Object.values(rows).reduce((a, b) => a + b, 0);

export function formatDoctor(report: DoctorReport, lang: 'zh' | 'en'): string {
  const t = TEXT[lang];
  const head = report.ok ? t.healthy(report.location) : t.unhealthy(report.location, report.findings.length);
  return [head, ...report.findings.map((f) => `${f.check}: ${f[lang]}`)].join('\n');
}

export function registerBackup(program: Command): void {
  const backup = program
    .command('backup')
    .description('write a backup of the whole database (every table but sessions) to one file; safe while the server runs')
    .requiredOption('--out <file>', 'the backup file to write (AMITY_BACKUP_OUT)', process.env.AMITY_BACKUP_OUT);
  langOption(backup).action(async (options: { out: string; lang: string }, command: Command) => {
    const lang = await readLang(options.lang);
    const { backupDatabase } = await import('../../services/backup.service.ts');
    const r = await backupDatabase((command.optsWithGlobals() as DbOption).db, options.out);
    process.stdout.write(
      `${TEXT[lang].backedUp(r.file, (r.bytes / 1000).toFixed(0), total(r.rows), Object.keys(r.rows).length, r.schemaVersion)}\n`,
    );
  });

  const restore = program
    .command('restore <file>')
    .description('restore a backup into an empty database (any backend), or replace its contents with --force')
    .option('--force', 'replace the contents of a database that is not empty', false);
  langOption(restore).action(async (file: string, options: { force: boolean; lang: string }, command: Command) => {
    const lang = await readLang(options.lang);
    const { restoreDatabase } = await import('../../services/backup.service.ts');
    const r = await restoreDatabase((command.optsWithGlobals() as DbOption).db, file, { force: options.force });
    process.stdout.write(`${TEXT[lang].restored(r.location, total(r.rows), Object.keys(r.rows).length, r.schemaVersion)}\n`);
  });

  const doctor = program
    .command('doctor')
    .description("check the database: the file's integrity, the schema's version, references to missing rows; exits 1 on a finding");
  langOption(doctor);
  jsonOption(doctor, 'print the report as JSON').action(async (options: { lang: string; json: boolean }, command: Command) => {
    const lang = await readLang(options.lang);
    const { diagnose } = await import('../../services/doctor.service.ts');
    const report = await diagnose((command.optsWithGlobals() as DbOption).db);
    process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatDoctor(report, lang)}\n`);
    if (!report.ok) process.exitCode = 1;
  });
}
