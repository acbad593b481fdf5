import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from './migrations/index.ts';

const MIGRATION_FILE = /^(\d{4}-\d{2}-\d{2}T\d{4}-[a-z0-9-]+)\.ts$/;
const files = readdirSync(join(import.meta.dirname, 'migrations')).filter((f) => MIGRATION_FILE.test(f));

describe('the list of migrations', () => {
  it('names every migration file in src/storage/migrations, and nothing else', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(Object.keys(MIGRATIONS).sort()).toEqual(files.map((f) => f.replace(MIGRATION_FILE, '$1')).sort());
  });

  it.each(files)('%s is listed under its own name', async (file) => {
    const migration = await import(`./migrations/${file}`);
    expect(MIGRATIONS[file.replace(MIGRATION_FILE, '$1')]?.up).toBe(migration.up);
  });
});
