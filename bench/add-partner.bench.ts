import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { z } from 'zod';
import { CitationDataSchema } from '../src/domain/citation.ts';
import { HistoryEntrySchema, PartnershipDataSchema } from '../src/records/partnership/partnership.schema.ts';
import { PlaceDataSchema } from '../src/records/place/place.schema.ts';
import { SourceDataSchema } from '../src/records/source/source.schema.ts';
import { AddPartnerSchema, SourceChoiceSchema } from '../src/services/flows/add-partner.schema.ts';
import { ensureWebBuild } from '../src/cli/web-build.ts';
import { startDemoServer } from './demo-server.ts';

/**
 * Adding a partner: the screens and the fields a person must fill, and the time from opening the
 * add-a-partner screen to the saved tie in headless Chromium, over the demo registry. The baseline,
 * measured in the same run, is the four screens the same task took before (a new place, a new tie,
 * a new source, and the tie's page to cite it), each only opened and drawn, nothing filled: a lower
 * bound of the old way's time.
 */
const AMITY = join(import.meta.dirname, '..', 'bin', 'amity.js');
const EMAIL = 'bench-editor@example.org';
const PASSWORD = 'a bench editor password';
const RUNS = 5;

const required = (schema: z.ZodType) =>
  ((z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { required?: string[] }).required ?? []).length;
const sourceLink = SourceChoiceSchema.options.find((o) => o.shape.kind.value === 'link')!;
const oldFields =
  required(PlaceDataSchema) +
  required(PartnershipDataSchema) +
  required(HistoryEntrySchema) +
  required(SourceDataSchema) +
  required(CitationDataSchema);
// The request's required fields less the home (the page's own) and the source as a whole (its fields
// counted instead, less its kind, a choice the page starts with), plus the place, required by a refinement.
const flowFields = required(AddPartnerSchema) - 2 + 1 + required(sourceLink) - 1;
console.log(`screens: 1 (add a partner) against 4 before: ${(1 / 4).toFixed(2)}×`);
console.log(`required fields: ${flowFields} against ${oldFields} before: ${(flowFields / oldFields).toFixed(2)}×`);

ensureWebBuild((line) => console.log(line));
const { base, stop } = await startDemoServer({
  prepare: async (db) =>
    execFileSync('node', [AMITY, '--db', db, 'user', 'add', '--email', EMAIL, '--role', 'editor', '--password-stdin'], {
      input: PASSWORD,
      env: { ...process.env, AMITY_DATABASE_URL: '' },
    }),
});
const browser = await chromium.launch({
  executablePath: process.env.AMITY_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});

async function signedIn(): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${base}/login?next=%2Fstaff`);
  await page.getByLabel('E-mail').fill(EMAIL);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Workspace' }).waitFor();
  return page;
}

async function addPartner(page: Page, n: number): Promise<number> {
  const start = performance.now();
  await page.goto(`${base}/staff/add-partner`);
  const name = `Benchville ${n}`;
  await page.getByLabel('Find the place by any name', { exact: true }).fill(name);
  await page.locator(`[role="status"][data-query="${name}"]`).waitFor();
  await page.getByLabel('None of these: a new place').check();
  await page.getByLabel('Country', { exact: true }).selectOption('FR');
  await page.getByLabel('Established', { exact: true }).fill('2024-05');
  await page.getByLabel('Address', { exact: true }).fill(`https://example.org/benchville-${n}`);
  await page.getByLabel('Title', { exact: true }).fill(`${name} and Shenzhen`);
  await page.getByLabel('The words that say so', { exact: true }).fill(`${name} and Shenzhen became sister cities in May 2024.`);
  await page.getByRole('button', { name: 'Save the partner' }).click();
  await page.waitForURL(/\/staff\/records\/partnerships\/pt_/);
  return performance.now() - start;
}

async function fourScreens(page: Page, tieId: string): Promise<number> {
  const start = performance.now();
  for (const path of ['/staff/records/places/new', '/staff/records/partnerships/new', '/staff/records/sources/new']) {
    await page.goto(`${base}${path}`);
    await page.getByRole('button', { name: 'Save', exact: true }).waitFor();
  }
  await page.goto(`${base}/staff/records/partnerships/${tieId}`);
  await page.getByRole('button', { name: 'Add the citation' }).waitFor();
  return performance.now() - start;
}

const page = await signedIn();
const flow: number[] = [];
const old: number[] = [];
for (let i = 0; i < RUNS; i++) {
  flow.push(await addPartner(page, i));
  const tieId = new URL(page.url()).pathname.split('/').at(-1)!;
  old.push(await fourScreens(page, tieId));
}
await browser.close();
stop();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`opening to saved tie, one screen: median ${median(flow).toFixed(0)} ms (runs ${flow.map((x) => x.toFixed(0)).join(', ')})`);
console.log(`the four screens before, only opened and drawn: median ${median(old).toFixed(0)} ms`);
console.log(`ratio: ${(median(flow) / median(old)).toFixed(2)}× the old way's lower bound`);
