import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { newId } from '../src/domain/common.ts';
import { EventDataSchema } from '../src/records/event/event.schema.ts';
import { eventSpec } from '../src/records/event/event.spec.ts';
import { openStore } from '../src/storage/connect.ts';

const AMITY = join(import.meta.dirname, '..', 'bin', 'amity.js');
const EMAIL = 'bench-editor@example.org';
const PASSWORD = 'a long bench password';

/** An editor account, to open the forms whose pickers are timed. */
export function addEditor(db: string): void {
  execFileSync('node', [AMITY, '--db', db, 'user', 'add', '--email', EMAIL, '--role', 'editor', '--password-stdin'], {
    input: `${PASSWORD}\n`,
    env: { ...process.env, AMITY_DATABASE_URL: '' },
  });
}

/** Builds the name and reference indexes of rows written without them (`amity reindex`), so that pickers find them by name. */
export function reindex(db: string): void {
  execFileSync('node', [AMITY, '--db', db, 'reindex'], { env: { ...process.env, AMITY_DATABASE_URL: '' }, stdio: 'ignore' });
}

/** Adds `n` incoming visits to a demo registry's SQLite file, written as rows the way the services write them. */
export async function addVisitsAtScale(db: string, n: number): Promise<void> {
  const store = openStore(db);
  try {
    const now = new Date().toISOString();
    const rows = Array.from({ length: n }, (_, i) => {
      const data = EventDataSchema.parse({
        kind: 'incoming_visit',
        titles: { en: `Benchton delegation ${i}` },
        start: `${2000 + (i % 25)}-${String(1 + (i % 12)).padStart(2, '0')}`,
      });
      return {
        id: newId('ev'),
        doc: JSON.stringify(data),
        version: 1,
        visibility: 'public',
        sort_name: eventSpec.sortName(data),
        created_at: now,
        updated_at: now,
        deleted_at: null,
        ...eventSpec.columns(data),
      };
    });
    for (let i = 0; i < rows.length; i += 500) {
      await store.db
        .insertInto('events')
        .values(rows.slice(i, i + 500))
        .execute();
    }
  } finally {
    await store.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * In headless Chromium, signed in as an editor: the time from navigation to the first page of the
 * visits list, and the time from typing a search into the partner picker of a new tie to the
 * picker's answer for it (the pause the picker waits for before it asks, 250 ms, included).
 */
export async function timeVisitsAndPicker(browser: Browser, base: string, searches: readonly string[], runs = 7) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-GB' });
  const login = await context.request.post(`${base}/api/auth/login`, { data: { email: EMAIL, password: PASSWORD } });
  if (!login.ok()) throw new Error(`sign-in failed: ${login.status()}`);
  const page = await context.newPage();
  const visits: number[] = [];
  let shown = '';
  for (let i = 0; i < runs; i++) {
    const start = Date.now();
    await page.goto(`${base}/staff/visits`);
    const status = page.getByRole('status').filter({ hasText: /^Visits 1–\d+ of / });
    await status.waitFor({ timeout: 60_000 });
    visits.push(Date.now() - start);
    shown = (await status.textContent()) ?? '';
  }
  const picker: Record<string, { ms: number; options: number }> = {};
  for (const search of searches) {
    const times: number[] = [];
    let options = 0;
    for (let i = 0; i < runs; i++) {
      await page.goto(`${base}/staff/records/partnerships/new`);
      const select = page.getByRole('combobox', { name: /^Partner/ });
      await select.and(page.locator('[data-query=""]')).waitFor({ timeout: 60_000 });
      const box = page.locator('.field', { has: select }).getByRole('searchbox');
      const start = Date.now();
      await box.fill(search);
      const answered = select.and(page.locator(`[data-query="${search}"]`));
      await answered.waitFor({ timeout: 60_000 });
      times.push(Date.now() - start);
      options = (await answered.locator('option').count()) - 1;
    }
    picker[search] = { ms: median(times), options };
  }
  await context.close();
  return { shown, visits: median(visits), visitRuns: visits, picker };
}
