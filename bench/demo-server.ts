import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const AMITY = join(import.meta.dirname, '..', 'bin', 'amity.js');

/**
 * `amity serve` in a process of its own over a new SQLite file holding the demo registry,
 * and with `network` the shipped world network imported beside it.
 */
export async function startDemoServer(
  options: { network?: boolean; db?: string; prepare?: (db: string) => Promise<unknown> } = {},
): Promise<{ base: string; stop: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'amity-bench-'));
  const db = options.db ?? join(dir, 'amity.db');
  const env = { ...process.env, AMITY_DATABASE_URL: '' };
  execFileSync('node', [AMITY, '--db', db, 'demo'], { env });
  if (options.network) execFileSync('node', [AMITY, '--db', db, 'import-network'], { env });
  await options.prepare?.(db);
  const server = spawn('node', [AMITY, '--db', db, 'serve', '--port', '0', '--quiet'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  const base = await new Promise<string>((resolve) => {
    let out = '';
    server.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) resolve(m[1]!);
    });
  });
  return {
    base,
    stop: () => {
      server.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
