import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openSite } from '../src/services/prepare-site.service.ts';
import { places } from '../src/services/records.service.ts';
import { openRegistry } from '../src/services/setup.service.ts';
import { networkRepository } from '../src/storage/network.repository.ts';
import { ctxFor, describeEachBackend, POSTGRES_URL } from './support/backends.ts';
import { given } from './support/given.ts';
import { importLines } from './support/network.ts';
import { rowCounts } from './support/row-counts.ts';

// `amity start` loads the demo into a registry without a place, and the world network into one
// without a tie; it asks only whether there is one, so a large registry costs its start nothing.

const dir = mkdtempSync(join(tmpdir(), 'amity-site-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TABLES = ['places', 'partnerships', 'sources', 'audit_log', 'network_ties', 'name_keys'] as const;

describeEachBackend('what `amity start` finds in a registry', (use) => {
  it('a place, a deleted one too when deleted ones are asked for, as a count of them would', async () => {
    const { ctx } = use();
    expect(await places.any(ctx, { includeDeleted: true })).toBe(false);
    const place = await given(ctx).place('Reykjavík', 'IS');
    expect(await places.any(ctx)).toBe(true);
    await places.remove(ctx, place.id, place.version);
    expect(await places.any(ctx)).toBe(false);
    expect(await places.count(ctx)).toBe(0);
    expect(await places.any(ctx, { includeDeleted: true })).toBe(true);
    expect(await places.count(ctx, { includeDeleted: true })).toBe(1);
  });

  it('a tie of the world network', async () => {
    const { ctx } = use();
    expect(await networkRepository.hasTies(ctx.db)).toBe(false);
    await importLines(ctx, ['Reykjavík,IS,64.15,-21.94,Nuuk,GL,64.18,-51.72']);
    expect(await networkRepository.hasTies(ctx.db)).toBe(true);
  });
});

describeEachBackend(
  'starting on a registry that has its places and its network',
  (_use, backend) => {
    it('loads neither the demo nor the network, and says nothing', async () => {
      const target =
        backend === 'sqlite'
          ? join(dir, `${randomBytes(6).toString('hex')}.db`)
          : `${POSTGRES_URL}?schema=t_${randomBytes(6).toString('hex')}`;
      const made = await openRegistry(target);
      const ctx = ctxFor(made);
      const place = await given(ctx).place('Reykjavík', 'IS');
      await places.remove(ctx, place.id, place.version);
      await importLines(ctx, ['Reykjavík,IS,64.15,-21.94,Nuuk,GL,64.18,-51.72']);
      const before = await rowCounts(ctx, TABLES);
      await made.close();

      const said: string[] = [];
      const store = await openSite(target, { demo: true, network: true }, { say: (line) => said.push(line) });
      try {
        expect(said).toEqual([]);
        expect(await rowCounts(ctxFor(store), TABLES)).toEqual(before);
      } finally {
        await store.close();
      }
    });
  },
  { registry: 'none' },
);
