import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { systemActor } from '../src/domain/permissions.ts';
import { accounts } from '../src/services/auth/accounts.service.ts';
import { prepareRegistry } from '../src/services/setup.service.ts';
import { openStore } from '../src/storage/connect.ts';
import { describeEachBackend, POSTGRES_URL } from './support/backends.ts';
import { amity } from './support/cli.ts';
import { PASSWORD } from './support/server.ts';

describeEachBackend(
  'accounts and tokens on the command line',
  (_use, backend) => {
    it('keeps the last administrator, lists tokens with their expiry, revokes on disabling and refuses an unknown token', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'amity-accounts-'));
      const db = backend === 'sqlite' ? join(dir, 'amity.db') : `${POSTGRES_URL}?schema=t_acli_${randomBytes(4).toString('hex')}`;
      const store = openStore(db);
      try {
        await prepareRegistry(store);
        const ctx = { db: store.db, actor: systemActor('test'), now: () => new Date() };
        await accounts.add(ctx, { email: 'boss@example.org', role: 'admin', password: PASSWORD });
        await accounts.add(ctx, { email: 'clerk@example.org', role: 'editor', password: PASSWORD });
        await store.close();

        for (const args of [
          ['user', 'disable', 'boss@example.org'],
          ['user', 'role', 'boss@example.org', 'viewer'],
        ]) {
          const refused = await amity(db, ...args);
          expect(refused.code).not.toBe(0);
          expect(refused.stderr).toMatch(/last active administrator/);
        }

        const created = await amity(db, 'token', 'create', '--email', 'clerk@example.org', '--name', 'sync', '--expires', '30d');
        expect(created.code).toBe(0);
        expect(created.stdout).toMatch(/^amity_[\w-]{40,}\n$/);
        expect(created.stderr).toMatch(/valid until \d{4}-\d{2}-\d{2}T/);
        const listed = JSON.parse((await amity(db, 'token', 'list', '--json')).stdout) as {
          id: string;
          email: string;
          state: string;
          expiresAt: string;
        }[];
        expect(listed).toEqual([expect.objectContaining({ email: 'clerk@example.org', state: 'valid', expiresAt: expect.any(String) })]);
        expect((await amity(db, 'token', 'list')).stdout).toContain(listed[0]!.id);

        const disabled = await amity(db, 'user', 'disable', 'clerk@example.org');
        expect(disabled.code).toBe(0);
        expect(disabled.stdout).toMatch(/revoked 1 API token\(s\) and 0 calendar token\(s\)/);
        expect(JSON.parse((await amity(db, 'token', 'list', '--json')).stdout)).toEqual([expect.objectContaining({ state: 'revoked' })]);

        const unknown = await amity(db, 'token', 'revoke', 'tk_doesnotexist');
        expect(unknown.code).not.toBe(0);
        expect(unknown.stdout).not.toMatch(/Revoked/);
        expect(unknown.stderr).toMatch(/no token tk_doesnotexist/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  },
  { registry: 'none', timeout: 120_000 },
);
