import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { WEB_BUILD_DIR } from '../http/web-app.ts';
import { PACKAGE_ROOT } from '../package-root.ts';

const ROOT = PACKAGE_ROOT;
/** What the built app is made from: its own sources and the domain and record modules it shares with the server. */
const SOURCES = [join(ROOT, 'web'), join(ROOT, 'src', 'domain'), join(ROOT, 'src', 'records')];

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(
    stat.mtimeMs,
    ...readdirSync(path)
      .filter((f) => f !== 'node_modules')
      .map((f) => newest(join(path, f))),
  );
}

/** True when there is no build, or a source file is newer than it. */
export function webBuildIsStale(): boolean {
  const index = join(WEB_BUILD_DIR, 'index.html');
  if (!existsSync(join(ROOT, 'web', 'index.html'))) return false;
  if (!existsSync(index)) return true;
  return SOURCES.some((s) => existsSync(s) && newest(s) > statSync(index).mtimeMs);
}

/**
 * Builds the web app with Vite when it is missing or older than its sources. Returns what it
 * did; a checkout without Vite installed serves the API alone and says so.
 */
export function ensureWebBuild(log: (line: string) => void = () => undefined): 'fresh' | 'built' | 'unavailable' {
  if (!webBuildIsStale()) return 'fresh';
  let vite: string;
  try {
    // The package exports only its API; its command sits two folders above the entry point.
    vite = join(dirname(createRequire(import.meta.url).resolve('vite')), '..', '..', 'bin', 'vite.js');
  } catch {
    log('The web app is not built and Vite is not installed (npm install): serving the API only.');
    return 'unavailable';
  }
  log('Building the web app…');
  // A production build whatever NODE_ENV the caller has (the test runner sets 'test', which
  // would bundle React's development build).
  const result = spawnSync(process.execPath, [vite, 'build', '--config', join(ROOT, 'web', 'vite.config.ts'), '--logLevel', 'error'], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error(`building the web app failed (vite exited with ${result.status})`);
  return 'built';
}
