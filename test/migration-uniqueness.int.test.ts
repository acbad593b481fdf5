import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { expect, it } from 'vitest';
import { openStore, type Store } from '../src/storage/connect.ts';
import { describeEachBackend, POSTGRES_URL } from './support/backends.ts';

const DIR = join(import.meta.dirname, '..', 'src', 'storage', 'migrations');
const UNIQUENESS = '2026-12-07T1100-uniqueness';
type Migration = { up(db: Kysely<unknown>): Promise<void> };
const load = async (name: string) => (await import(join(DIR, `${name}.ts`))) as Migration;

/** A registry as it was before the uniqueness migration: every earlier migration applied, by hand. */
async function storeBefore(backend: string): Promise<Store> {
  const store = openStore(backend === 'sqlite' ? ':memory:' : `${POSTGRES_URL}?schema=t_mig_${randomBytes(4).toString('hex')}`);
  if (store.schema) await sql`CREATE SCHEMA ${sql.id(store.schema)}`.execute(store.db);
  const earlier = readdirSync(DIR)
    .filter((f) => /^\d{4}-\d{2}-\d{2}T\d{4}-.+\.ts$/.test(f))
    .map((f) => f.replace(/\.ts$/, ''))
    .filter((name) => name < UNIQUENESS)
    .sort();
  for (const name of earlier) await (await load(name)).up(store.db as unknown as Kysely<unknown>);
  return store;
}

const record = (id: string, at: string) => ({
  id,
  doc: '{}',
  version: 1,
  visibility: 'public',
  sort_name: id,
  created_at: at,
  updated_at: at,
  deleted_at: null,
});
const user = (id: string, email: string) => ({
  id,
  email,
  password_hash: 'x',
  role: 'viewer',
  disabled_at: null,
  version: 1,
  created_at: '2020-01-01T00:00:00Z',
  updated_at: '2020-01-01T00:00:00Z',
});
const token = (id: string, userId: string, at: string) => ({
  id,
  user_id: userId,
  name: 'calendar feed',
  token_hash: id,
  created_at: at,
  expires_at: null,
  last_used_at: null,
  revoked_at: null,
  scope: 'calendar',
});

describeEachBackend(
  'the uniqueness migration on a registry written before it',
  (_use, backend) => {
    it('keeps older duplicate ties in place outside the index, leaves one calendar token per account and lower-cases e-mails', async () => {
      const store = await storeBefore(backend);
      try {
        const db = store.db;
        for (const id of ['pl_aaaaaaaaaaaa', 'pl_bbbbbbbbbbbb'])
          await db
            .insertInto('places')
            .values({ ...record(id, '2020-01-01T00:00:00Z'), kind: 'city', country: 'DE', layer: 'registry' } as never)
            .execute();
        const tie = (id: string, a: string, b: string, at: string, deleted: string | null = null) =>
          db
            .insertInto('partnerships')
            .values({
              ...record(id, at),
              deleted_at: deleted,
              place_a_id: a,
              place_b_id: b,
              type: 'sister_city',
              status: 'active',
            } as never)
            .execute();
        await tie('pt_first000000', 'pl_aaaaaaaaaaaa', 'pl_bbbbbbbbbbbb', '2020-01-01T00:00:00Z');
        await tie('pt_second00000', 'pl_bbbbbbbbbbbb', 'pl_aaaaaaaaaaaa', '2021-01-01T00:00:00Z');
        await tie('pt_deleted0000', 'pl_aaaaaaaaaaaa', 'pl_bbbbbbbbbbbb', '2019-01-01T00:00:00Z', '2019-06-01T00:00:00Z');
        await db.insertInto('users').values(user('us_aaaaaaaaaaaa', 'Mixed@Example.org')).execute();
        await db
          .insertInto('api_tokens')
          .values(token('tk_old000000000', 'us_aaaaaaaaaaaa', '2020-01-01T00:00:00Z'))
          .execute();
        await db
          .insertInto('api_tokens')
          .values(token('tk_new000000000', 'us_aaaaaaaaaaaa', '2021-01-01T00:00:00Z'))
          .execute();

        await (await load(UNIQUENESS)).up(db as unknown as Kysely<unknown>);

        const ties = await db.selectFrom('partnerships').select(['id', 'pair_key', 'deleted_at']).orderBy('id').execute();
        expect(ties).toEqual([
          { id: 'pt_deleted0000', pair_key: null, deleted_at: '2019-06-01T00:00:00Z' },
          { id: 'pt_first000000', pair_key: 'pl_aaaaaaaaaaaa pl_bbbbbbbbbbbb', deleted_at: null },
          { id: 'pt_second00000', pair_key: null, deleted_at: null },
        ]);
        // The index now holds: a third live tie for the pair is refused by the database itself.
        const third = tie('pt_third000000', 'pl_aaaaaaaaaaaa', 'pl_bbbbbbbbbbbb', '2022-01-01T00:00:00Z');
        await expect(
          third.then(() =>
            db
              .updateTable('partnerships')
              .set({ pair_key: 'pl_aaaaaaaaaaaa pl_bbbbbbbbbbbb' } as never)
              .where('id', '=', 'pt_third000000')
              .execute(),
          ),
        ).rejects.toThrow();
        const tokens = await db.selectFrom('api_tokens').select(['id', 'revoked_at']).orderBy('id').execute();
        expect(tokens).toEqual([
          { id: 'tk_new000000000', revoked_at: null },
          { id: 'tk_old000000000', revoked_at: '2020-01-01T00:00:00Z' },
        ]);
        expect((await db.selectFrom('users').select('email').executeTakeFirstOrThrow()).email).toBe('mixed@example.org');
      } finally {
        await store.close();
      }
    });

    it('refuses to run, naming them, when two accounts’ e-mails differ only in case', async () => {
      const store = await storeBefore(backend);
      try {
        await store.db.insertInto('users').values(user('us_aaaaaaaaaaaa', 'twin@example.org')).execute();
        await store.db.insertInto('users').values(user('us_bbbbbbbbbbbb', 'Twin@Example.org')).execute();
        await expect((await load(UNIQUENESS)).up(store.db as unknown as Kysely<unknown>)).rejects.toThrow(
          /twin@example\.org.*give each person one account/,
        );
      } finally {
        await store.close();
      }
    });
  },
  { registry: 'none' },
);
