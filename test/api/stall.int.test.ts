import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { systemActor } from '../../src/domain/permissions.ts';
import { buildServer, type ServerOptions } from '../../src/http/server.ts';
import { CHECK_TEXT_LIMIT } from '../../src/services/claims/check.schema.ts';
import { openRegistry } from '../../src/services/setup.service.ts';
import type { Store } from '../../src/storage/connect.ts';
import { describeEachBackend, freshStore, POSTGRES_URL } from '../support/backends.ts';
import { call } from '../support/server.ts';

// The demo's press texts, repeated to the longest text a check takes.
const demoText = (name: string) => readFileSync(new URL(`../../src/demo/data/sources/${name}`, import.meta.url), 'utf8');
const UNIT = `${demoText('fao-sz-2024-03-07-moscow.txt')}\n\n${demoText('bnnbreaking-2024-03-07-moscow.txt')}\n\n`;
const LONGEST = UNIT.repeat(Math.ceil(CHECK_TEXT_LIMIT / UNIT.length)).slice(0, CHECK_TEXT_LIMIT);

describeEachBackend(
  'heavy work off the request thread',
  (_use, backend) => {
    // Worker threads open the registry themselves, so it is a file or a schema, not memory.
    const dir = mkdtempSync(join(tmpdir(), 'amity-stall-'));
    let store: Store;
    const servers: { close: () => Promise<void> }[] = [];
    const serve = async (work: ServerOptions['work']) => {
      const app = await buildServer({ store, work });
      await app.listen({ port: 0, host: '127.0.0.1' });
      servers.push(app);
      const address = app.server.address();
      return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    };

    beforeAll(async () => {
      store = await openRegistry(
        backend === 'sqlite' ? join(dir, 'amity.db') : `${POSTGRES_URL}?schema=t_stall_${randomBytes(4).toString('hex')}`,
      );
      await loadDemo({ db: store.db, actor: systemActor('test'), now: () => new Date() });
    });
    afterAll(async () => {
      for (const server of servers) await server.close();
      await store?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('answers /healthz within a second all the while a text of the longest size is checked', async () => {
      // The budget is wide here: this measures the server's answers, not the check's speed.
      const url = await serve({ budgets: { check: 300_000 } });
      let done = false;
      const checked = call(url, 'POST', '/api/check', { body: { text: LONGEST } }).finally(() => {
        done = true;
      });
      const waits: number[] = [];
      while (!done) {
        const start = performance.now();
        const health = await call(url, 'GET', '/healthz');
        waits.push(performance.now() - start);
        expect(health.status).toBe(200);
      }
      const result = await checked;
      expect(result.status).toBe(200);
      // A fact the text repeats is one claim with a span for each time: the whole text was read.
      const spans = (result.json.claims as { spans: unknown[] }[]).reduce((n, claim) => n + claim.spans.length, 0);
      expect(spans).toBeGreaterThan(1000);
      expect(waits.length).toBeGreaterThan(10);
      expect(Math.max(...waits)).toBeLessThan(1000);
    });

    it('refuses a text over the limit with 413, naming the field and the limit', async () => {
      const url = await serve({});
      const res = await call(url, 'POST', '/api/check', { body: { text: `${LONGEST}x` } });
      expect(res.status).toBe(413);
      expect(res.json.error).toBe('too_large');
      expect(res.json.message).toContain('500,000');
      expect(res.json.issues).toEqual([expect.objectContaining({ path: ['text'], code: 'size_limit' })]);
    });

    it('stops a check over its time budget with 503, and goes on answering', async () => {
      const url = await serve({ budgets: { check: 1 } });
      const res = await call(url, 'POST', '/api/check', { body: { text: UNIT } });
      expect(res.status).toBe(503);
      expect(res.json.error).toBe('over_budget');
      expect(res.json.issues).toEqual([expect.objectContaining({ code: 'time_budget' })]);
      expect((await call(url, 'GET', '/healthz')).status).toBe(200);
    });

    it('limits the heavy requests one address makes a minute, with 429 and when to come back', async () => {
      // A registry of its own: requests are counted in the database, per address.
      const own = await freshStore(backend);
      const app = await buildServer({ store: own, work: { heavyPerMinute: 2 } });
      await app.listen({ port: 0, host: '127.0.0.1' });
      servers.push({ close: () => app.close().then(() => own.close()) });
      const address = app.server.address();
      const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) statuses.push((await call(url, 'POST', '/api/check', { body: { text: 'Shenzhen' } })).status);
      const limited = await call(url, 'GET', '/api/network/rank');
      expect(statuses).toEqual([200, 200, 429]);
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await call(url, 'GET', '/healthz')).status).toBe(200);
    });
  },
  { registry: 'none', timeout: 300_000 },
);
