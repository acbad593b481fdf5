// Where the compiled server and command line live, and whether they are older than their sources.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..');
export const SRC_DIR = join(ROOT, 'src');
export const BUILD_DIR = join(ROOT, 'dist', 'node');
/** Written last by a build: its time is the build's. */
export const BUILD_STAMP = '.built';

/** Every file under src, tests included. */
export function sourceFiles(dir = SRC_DIR) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : [path];
  });
}

/** The newest change under a folder: a file written, added or removed. */
function newest(dir) {
  let latest = statSync(dir).mtimeMs;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/** True when there is no build, or something under src changed after it. */
export function buildIsStale() {
  const stamp = join(BUILD_DIR, BUILD_STAMP);
  if (!existsSync(stamp)) return true;
  return existsSync(SRC_DIR) && newest(SRC_DIR) > statSync(stamp).mtimeMs;
}
