import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { newId } from '../src/domain/common.ts';
import { PartnershipDataSchema } from '../src/records/partnership/partnership.schema.ts';
import { partnershipSpec } from '../src/records/partnership/partnership.spec.ts';
import { openStore } from '../src/storage/connect.ts';
import { insertPlaces } from './place-rows.ts';

const AMITY = join(import.meta.dirname, '..', 'bin', 'amity.js');
const EMAIL = 'bench-viewer@example.org';
const PASSWORD = 'a long bench password';

/** A viewer account to read a registry's workspace with. */
export function addViewer(db: string): void {
  execFileSync('node', [AMITY, '--db', db, 'user', 'add', '--email', EMAIL, '--role', 'viewer', '--password-stdin'], {
    input: `${PASSWORD}\n`,
    env: { ...process.env, AMITY_DATABASE_URL: '' },
  });
}

/**
 * Fills a demo registry's SQLite file with `n` more partner places, each tied to the home city,
 * written as rows the way the services write them, and a viewer account to read them with.
 */
export async function addTiesAtScale(db: string, n: number): Promise<void> {
  const store = openStore(db);
  try {
    const home = await store.db.selectFrom('places').select('id').where('sort_name', '=', 'Shenzhen').executeTakeFirstOrThrow();
    const now = new Date().toISOString();
    const names = Array.from({ length: n }, (_, i) => ({ name: `Benchton ${i}`, country: 'DE', lat: 50, lng: 8, population: null }));
    await insertPlaces(store.db, names, now);
    const partners = await store.db.selectFrom('places').select('id').where('sort_name', 'like', 'Benchton %').execute();
    const rows = partners.map((p, i) => {
      const data = PartnershipDataSchema.parse({
        placeAId: home.id,
        placeBId: p.id,
        history: [{ kind: 'established', date: String(1980 + (i % 45)), type: 'friendly_exchange_city' }],
      });
      return {
        id: newId('pt'),
        doc: JSON.stringify(data),
        version: 1,
        visibility: 'public',
        sort_name: partnershipSpec.sortName(data),
        created_at: now,
        updated_at: now,
        deleted_at: null,
        ...partnershipSpec.columns(data),
      };
    });
    for (let i = 0; i < rows.length; i += 500) {
      await store.db
        .insertInto('partnerships')
        .values(rows.slice(i, i + 500))
        .execute();
    }
  } finally {
    await store.close();
  }
  addViewer(db);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Time from navigation to the first page of the partnerships' workspace list, signed in, in
 * headless Chromium; beside it, in the same browser, the time to fetch every partnership and
 * every place page after page, which the list did before it was paged.
 */
export async function timeToFirstListPage(browser: Browser, base: string, runs = 7) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-GB' });
  const login = await context.request.post(`${base}/api/auth/login`, { data: { email: EMAIL, password: PASSWORD } });
  if (!login.ok()) throw new Error(`sign-in failed: ${login.status()}`);
  const page = await context.newPage();
  const firstPage: number[] = [];
  const everything: number[] = [];
  let shown = '';
  for (let i = 0; i < runs; i++) {
    const start = Date.now();
    await page.goto(`${base}/staff/records/partnerships`);
    const status = page.getByRole('status').filter({ hasText: /^Records 1–\d+ of / });
    await status.waitFor({ timeout: 60_000 });
    firstPage.push(Date.now() - start);
    shown = (await status.textContent()) ?? '';
    everything.push(
      await page.evaluate(async () => {
        const t = performance.now();
        for (const collection of ['partnerships', 'places']) {
          let cursor: string | null = null;
          do {
            const query = new URLSearchParams({ limit: '200', ...(cursor ? { cursor } : {}) });
            const answer = (await (await fetch(`/api/${collection}?${query}`)).json()) as { nextCursor: string | null };
            cursor = answer.nextCursor;
          } while (cursor);
        }
        return performance.now() - t;
      }),
    );
  }
  // The health ranking's first page over HTTP: the first request ranks every tie, the next ones read the kept ranking.
  const site = (await (await context.request.get(`${base}/api/site`)).json()) as { home: { id: string } };
  const ranking: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const res = await context.request.get(`${base}/api/health?home=${site.home.id}&limit=50`);
    if (!res.ok()) throw new Error(`health ranking: ${res.status()}`);
    ranking.push(performance.now() - start);
  }
  await context.close();
  return {
    shown,
    firstPage: median(firstPage),
    everything: median(everything),
    runs: firstPage,
    rankingFirst: ranking[0]!,
    rankingKept: median(ranking.slice(1)),
  };
}
