import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { isPostgresUrl, resolveDatabaseTarget } from './target.ts';

/**
 * SQLite's quick check of the file `--db` names (what `serve` and `start` run before opening
 * it), on a thread of its own with a connection of its own: begun before the server's code is
 * loaded, it reads the file meanwhile on the other core, and its page cache goes with the thread.
 * The lines it reports, none when the file is sound. A file not there yet, a database in memory
 * and PostgreSQL (which checks its own pages) have nothing to check.
 */
export function quickCheck(option?: string): Promise<string[]> {
  const target = resolveDatabaseTarget(option);
  if (target === ':memory:' || isPostgresUrl(target) || !existsSync(target)) return Promise.resolve([]);
  return new Promise((done) => {
    const worker = new Worker(new URL('./quick-check.worker.mjs', import.meta.url), { workerData: { path: resolve(target) } });
    worker.once('message', done);
    worker.once('error', (error) => done([error.message]));
    worker.once('exit', (code) => done([`the check ended without an answer (exit code ${code})`]));
  });
}
