import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The nearest folder at or above `from` that holds a package.json. */
export function packageRootFrom(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${from}`);
    dir = parent;
  }
  return dir;
}

/**
 * Amity's own folder (the checkout, or where the package is installed), the same whether this
 * runs from src/ or compiled from dist/node/.
 */
export const PACKAGE_ROOT = packageRootFrom(import.meta.dirname);
