import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The command as a user runs it: `bin/amity.js`, in a Node process of its own. */
export const AMITY = join(import.meta.dirname, '..', '..', 'bin', 'amity.js');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `amity --db <db> …args` and answers its exit code and output; a failing command does not throw. */
export async function amity(db: string, ...args: string[]): Promise<CliRun> {
  try {
    const { stdout, stderr } = await run('node', [AMITY, '--db', db, ...args], { env: { ...process.env, AMITY_DATABASE_URL: '' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
