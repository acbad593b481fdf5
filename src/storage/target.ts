/** Which database a command names, known without loading a driver. */
export const DEFAULT_DATABASE = './data/amity.db';

export function isPostgresUrl(target: string): boolean {
  return /^postgres(ql)?:\/\//.test(target);
}

/** The database named by `--db`, else `AMITY_DATABASE_URL`, else the embedded default. */
export function resolveDatabaseTarget(option?: string): string {
  return option ?? process.env.AMITY_DATABASE_URL ?? DEFAULT_DATABASE;
}
