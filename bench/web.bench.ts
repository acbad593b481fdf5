import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { ensureWebBuild } from '../src/cli/web-build.ts';
import { chunksBeyondFirstLoad, readManifest, WEB_BUILD_DIR } from '../src/http/web-app.ts';
import { startDemoServer } from './demo-server.ts';
import { addTiesAtScale, addViewer, timeToFirstListPage } from './workspace-list.ts';
import { addEditor, addVisitsAtScale, reindex, timeVisitsAndPicker } from './workspace-visits.ts';

/**
 * The web app's weight and speed: the gzip size of the JavaScript the home page loads first and
 * of the chunks loaded on demand, and the time from navigation to a drawn map in headless
 * Chromium over the demo registry, cold (new browser context, empty cache) and warm.
 */
const BUDGET_KB = 500;
ensureWebBuild((line) => console.log(line));
const assets = join(WEB_BUILD_DIR, 'assets');
const gz = (file: string) => gzipSync(readFileSync(join(assets, file)), { level: 9 }).length / 1024;

// What index.html makes the browser fetch before anything else: the entry and its static imports.
const html = readFileSync(join(WEB_BUILD_DIR, 'index.html'), 'utf8');
const firstLoad = [...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]!);
const firstKb = firstLoad.reduce((sum, f) => sum + gz(f), 0);
const chunk = (prefix: string) => readdirSync(assets).find((f) => f.startsWith(`${prefix}-`) && f.endsWith('.js'));
const allJs = readdirSync(assets).filter((f) => f.endsWith('.js'));
console.log(
  `first load (index.html's scripts): ${firstKb.toFixed(1)} kB gzip — budget ${BUDGET_KB} kB: ${(firstKb / BUDGET_KB).toFixed(2)}×`,
);
for (const name of [
  'home',
  'world-map',
  'countries-110m',
  'partner',
  'workspace',
  'record-editor',
  'dashboard',
  'charts',
  'check',
  'duplicates',
  'network',
]) {
  const file = chunk(name);
  if (file) console.log(`  on demand: ${name.padEnd(14)} ${gz(file).toFixed(1).padStart(7)} kB gzip`);
}
// The world map page with everything it loads beyond the first load (deck.gl, the country shapes).
const mapPage = chunksBeyondFirstLoad(readManifest(), ['src/pages/public/network.tsx']).map((c) => c.file.replace(/^assets\//, ''));
console.log(
  `  on demand: the world map page, all its chunks ${mapPage.reduce((sum, f) => sum + gz(f), 0).toFixed(1)} kB gzip in ${mapPage.length} files`,
);
console.log(`  all JavaScript: ${allJs.reduce((s, f) => s + gz(f), 0).toFixed(1)} kB gzip in ${allJs.length} files`);

const { base, stop } = await startDemoServer({
  prepare: async (db) => {
    addViewer(db);
    addEditor(db);
  },
});
const browser = await chromium.launch({
  executablePath: process.env.AMITY_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
async function timeToMap(context: Awaited<ReturnType<typeof browser.newContext>>) {
  const page = await context.newPage();
  let bytes = 0;
  page.on('response', async (r) => {
    if (r.url().endsWith('.js')) bytes += Number((await r.allHeaders())['content-length'] ?? 0);
  });
  await page.goto(`${base}/`);
  await page.locator('figure.world-map[data-drawn="true"]').waitFor({ timeout: 30_000 });
  const ms = await page.evaluate(() => performance.getEntriesByName('amity:map-drawn')[0]!.startTime);
  await page.close();
  return { ms, bytes };
}
const cold: number[] = [];
const warm: number[] = [];
let transferred = 0;
for (let i = 0; i < 7; i++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const first = await timeToMap(context);
  cold.push(first.ms);
  transferred = first.bytes;
  warm.push((await timeToMap(context)).ms);
  await context.close();
}
// The baseline of the list's time: the same list over the demo registry alone, in the same run.
const demoList = await timeToFirstListPage(browser, base);
// A picker's search: a name few places bear, and a word every added place bears.
const SEARCHES = ['Mosc', 'Benchton'];
const demoVisits = await timeVisitsAndPicker(browser, base, SEARCHES);
stop();

// A workspace list at 10,000 partnerships: its first page, beside fetching every record as the list once did.
const TIES = 10_000;
const scaled = await startDemoServer({
  prepare: async (db) => {
    await addTiesAtScale(db, TIES);
    await addVisitsAtScale(db, TIES);
    reindex(db);
    addEditor(db);
  },
});
const list = await timeToFirstListPage(browser, scaled.base);
const visits = await timeVisitsAndPicker(browser, scaled.base, SEARCHES);
scaled.stop();
await browser.close();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`JavaScript sent for the home page with its map (brotli where accepted): ${(transferred / 1024).toFixed(1)} kB`);
console.log(`time to a drawn map, cold: median ${median(cold).toFixed(0)} ms (runs ${cold.map((x) => x.toFixed(0)).join(', ')})`);
console.log(`time to a drawn map, warm: median ${median(warm).toFixed(0)} ms`);
console.log(
  `time to the first page of a workspace list at ${TIES.toLocaleString('en')} partnerships ('${list.shown}'), signed in: median ${list.firstPage} ms (runs ${list.runs.join(', ')})`,
);
console.log(
  `  baseline, the same list over the demo registry alone ('${demoList.shown}'): median ${demoList.firstPage} ms; ratio ${(list.firstPage / demoList.firstPage).toFixed(2)}×`,
);
console.log(
  `the health ranking's first page (/api/health?limit=50) at ${TIES.toLocaleString('en')} ties: ${list.rankingFirst.toFixed(0)} ms to rank them all, then ${list.rankingKept.toFixed(0)} ms from the kept ranking (over the demo: ${demoList.rankingFirst.toFixed(0)} ms, then ${demoList.rankingKept.toFixed(0)} ms)`,
);
console.log(
  `  for comparison, fetching every partnership and place page after page, as the list did before paging: ${list.everything.toFixed(0)} ms at ${TIES.toLocaleString('en')} (${demoList.everything.toFixed(0)} ms over the demo)`,
);
console.log(
  `time to the first page of the visits list at ${TIES.toLocaleString('en')} visits ('${visits.shown}'), signed in: median ${visits.visits} ms (runs ${visits.visitRuns.join(', ')})`,
);
console.log(
  `  baseline, the visits list over the demo registry alone ('${demoVisits.shown}'): median ${demoVisits.visits} ms; ratio ${(visits.visits / demoVisits.visits).toFixed(2)}×`,
);
for (const search of SEARCHES) {
  const at = visits.picker[search]!;
  const demo = demoVisits.picker[search]!;
  console.log(
    `the partner picker's answer to '${search}' at ${TIES.toLocaleString('en')} more places (${at.options} listed): median ${at.ms} ms from typing, 250 ms pause included; over the demo (${demo.options} listed): ${demo.ms} ms`,
  );
}
if (firstKb > BUDGET_KB) {
  console.error(`the home page's first load is over its budget of ${BUDGET_KB} kB`);
  process.exit(1);
}
