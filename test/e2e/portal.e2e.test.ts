import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { continentOf } from '../../src/domain/countries.ts';
import type { StatsResult } from '../../src/services/stats.service.ts';
import type { Store } from '../../src/storage/connect.ts';
import { BACKENDS, ctxFor, freshStore } from '../support/backends.ts';
import { collectErrors, expectAccessible, launchBrowser, screenshot, startWebServer } from '../support/browser.ts';
import { call } from '../support/server.ts';
import { Portal } from './pages.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const firstId = async (base: string, collection: string, query: string) =>
  ((await call(base, 'GET', `/api/${collection}?${query}`)).json.items as { id: string }[])[0]!.id;

for (const backend of BACKENDS) {
  describe(`the public portal in Chromium [${backend}]`, () => {
    let store: Store;
    let server: Awaited<ReturnType<typeof startWebServer>>;
    let context: BrowserContext;
    let page: Page;
    let portal: Portal;
    let errors: string[];
    let stats: StatsResult;
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      store = await freshStore(backend);
      await loadDemo(ctxFor(store));
      server = await startWebServer(store);
      ids.moscow = await firstId(server.url, 'places', 'q=Moscow');
      ids.home = await firstId(server.url, 'places', 'q=Shenzhen&kind=city');
      ids.visit = await firstId(server.url, 'events', 'q=Moscow%20delegation');
      ids.mechanism = await firstId(server.url, 'mechanisms', 'limit=1');
      ids.organisation = await firstId(server.url, 'organisations', 'limit=1');
      stats = (await call(server.url, 'GET', `/api/stats?home=${ids.home}`)).json as unknown as StatsResult;
      context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 }, acceptDownloads: true });
      context.setDefaultTimeout(8000);
      page = await context.newPage();
      errors = collectErrors(page);
      portal = new Portal(page, server.url);
    });
    afterAll(async () => {
      await context?.close();
      await server?.close();
      await store?.close();
    });

    it('shows the network sentence, the figures and the published figure in Chinese, then in English', async () => {
      await portal.open('/');
      await expect.poll(() => portal.heading().textContent()).toBe('深圳的国际友好城市');
      await page.getByText(stats.sentences.zh).waitFor();
      expect(await page.getByRole('term').filter({ hasText: '伙伴城市' }).locator('xpath=following-sibling::dd').textContent()).toBe(String(stats.places));
      await page.getByText(/^截至2024年3月7日公布的数字：93个城市/).waitFor();
      await portal.map().waitFor();
      await screenshot(page, `portal-home-zh-${backend}`);

      await portal.switchLanguage('English');
      await expect.poll(() => portal.heading().textContent()).toBe('Shenzhen and its partners');
      await page.getByText(stats.sentences.en).waitFor();
      await page.getByText(/^Published as of 7 March 2024: 93 cities/).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      await screenshot(page, `portal-home-en-${backend}`);
      expect(errors).toEqual([]);
    });

    it('opens Moscow’s page from the map, with its tie, agreement, events and sources', async () => {
      await portal.open('/');
      await portal.switchLanguage('English');
      await portal.map().waitFor();
      await portal.mapMarker(/^Moscow \(/).click();
      await expect.poll(() => portal.heading().textContent()).toBe('Moscow');
      expect(page.url()).toBe(`${server.url}/partners/${ids.moscow}`);
      const ties = page.getByRole('region', { name: 'The tie and its history' });
      await ties.getByText('Friendly exchange city').first().waitFor();
      await ties.getByText(/6 March 2024 — Established/).waitFor();
      const agreements = page.getByRole('region', { name: 'Agreements' });
      await agreements.getByRole('heading', { level: 3 }).first().waitFor();
      expect(await agreements.getByRole('listitem').count()).toBeGreaterThan(1);
      await page.getByRole('region', { name: 'Events' }).getByRole('link', { name: 'Moscow delegation visits Shenzhen' }).waitFor();
      const sources = page.getByRole('region', { name: 'Sources' });
      expect(await sources.locator('blockquote').count()).toBeGreaterThan(0);
      await page.locator('figure.world-map[data-drawn="true"]').waitFor();
      await screenshot(page, `portal-moscow-from-map-${backend}`);
    });

    it('finds Moscow in the table by its Chinese name and opens its page', async () => {
      await portal.open('/');
      await portal.switchLanguage('中文');
      await portal.search('莫斯科');
      const rows = portal.partnersTable().locator('tbody tr');
      await expect.poll(() => rows.count()).toBe(1);
      await rows.getByRole('link', { name: '莫斯科' }).click();
      await expect.poll(() => portal.heading().textContent()).toBe('莫斯科');
      await page.getByText('Москва').waitFor();
      await screenshot(page, `portal-moscow-from-table-${backend}`);
    });

    it('replays the growth with the as-of slider, filters the partners and exports them as CSV', async () => {
      const in2000 = (await call(server.url, 'GET', `/api/stats?home=${ids.home}&asOf=2000-12-31`)).json as unknown as StatsResult;
      await portal.open('/');
      await portal.switchLanguage('English');
      await page.getByRole('slider', { name: 'As of the end of' }).fill('2000');
      await page.getByText(`${in2000.places} partners as of 2000`).waitFor();
      await expect.poll(() => portal.partnersTable().locator('tbody tr').count()).toBe(in2000.places);
      await expect.poll(() => page.locator('.map-box').getByRole('link').count()).toBe(in2000.places);
      await screenshot(page, `portal-as-of-2000-${backend}`);

      await page.getByRole('slider', { name: 'As of the end of' }).fill(String(new Date().getUTCFullYear()));
      await page.getByLabel('Type of tie').selectOption('sister_city');
      await expect.poll(() => portal.partnersTable().locator('tbody tr').count()).toBe(stats.byType.sister_city);
      await page.getByLabel('Continent').selectOption('EU');
      const europeanSister = stats.partners.filter((p) => p.type === 'sister_city' && continentOf(p.partner.country) === 'EU').length;
      await expect.poll(() => portal.partnersTable().locator('tbody tr').count()).toBe(europeanSister);
      await page.getByLabel('Type of tie').selectOption('');
      await page.getByLabel('Continent').selectOption('');

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
      const csv = readFileSync((await download.path())!, 'utf8');
      expect(csv.split('\r\n')[0]).toBe('\uFEFFChinese name,English name,Russian name,Country,Type,Since');
      expect(csv).toContain('莫斯科,Moscow,Москва,Russia,Friendly exchange city,2024-03-06');
      expect(csv.trim().split('\r\n')).toHaveLength(stats.places + 1);
    });

    it('offers larger text, an eye-care mode and keyboard navigation', async () => {
      await portal.open('/');
      await portal.switchLanguage('English');
      await page.getByRole('button', { name: 'Larger text' }).click();
      expect(await page.locator('html').getAttribute('style')).toContain('font-size: 112%');
      await page.getByRole('button', { name: 'Eye-care mode' }).click();
      expect(await page.locator('html').getAttribute('class')).toContain('eye-care');
      await expectAccessible(page, 'home in eye-care mode');
      await screenshot(page, `portal-eye-care-${backend}`);
      await page.getByRole('button', { name: 'Eye-care mode' }).click();
      await page.getByRole('button', { name: 'Normal text size' }).click();

      // A new tab, so the keyboard starts from the top of the page.
      const tab = await context.newPage();
      await new Portal(tab, server.url).open('/');
      await tab.keyboard.press('Tab');
      expect(await tab.evaluate('document.activeElement?.textContent')).toBe('Skip to content');
      await tab.keyboard.press('Enter');
      await tab.keyboard.press('Tab');
      expect(await tab.evaluate("document.activeElement?.closest('main') !== null")).toBe(true);
      await tab.close();
    });

    it('passes axe-core on every public page, in both languages', async () => {
      const pages = [
        ['home', '/'], ['partner', `/partners/${ids.moscow}`], ['events', '/events'], ['visit', `/events/${ids.visit}`],
        ['mechanisms', '/mechanisms'], ['mechanism', `/mechanisms/${ids.mechanism}`], ['organisations', '/organisations'],
        ['organisation', `/organisations/${ids.organisation}`], ['login', '/login'], ['not-found', '/nowhere'],
      ] as const;
      for (const lang of ['中文', 'English'] as const) {
        await portal.open('/');
        await portal.switchLanguage(lang);
        for (const [name, path] of pages) {
          await portal.open(path);
          await page.waitForLoadState('networkidle');
          await expectAccessible(page, `${name} (${lang})`);
          if (lang === '中文') await screenshot(page, `portal-${name}-${backend}`);
        }
      }
    }, 180_000);

    it('shows a visit’s delegation and its itinerary in order, on a map and as a list', async () => {
      await portal.open('/');
      await portal.switchLanguage('English');
      await portal.open(`/events/${ids.visit}`);
      await page.getByRole('heading', { name: 'Delegation', exact: true }).waitFor();
      await page.getByRole('heading', { name: 'Head of the delegation' }).waitFor();
      const stops = page.locator('ol.itinerary > li');
      expect(await stops.count()).toBe(8);
      expect(await stops.first().textContent()).toContain('Signing of the memorandum');
      await page.locator('figure.world-map[data-drawn="true"]').waitFor();
      await screenshot(page, `portal-visit-${backend}`);
    });
  });
}
