import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { sortedByName } from '../../src/domain/collation.ts';
import { continentOf } from '../../src/domain/countries.ts';
import { compareNullableDates, type PreciseDate } from '../../src/domain/precise-date.ts';
import type { StatsFigures, StatsPartners } from '../../src/services/stats.service.ts';
import { describeInChromium, eventually, expectAccessible, screenshot } from '../support/browser.ts';
import { call } from '../support/server.ts';
import { auditEveryPage, listRequests, Portal } from './pages.ts';

const firstId = async (base: string, collection: string, query: string) =>
  ((await call(base, 'GET', `/api/${collection}?${query}`)).json.items as { id: string }[])[0]!.id;

type Listed = Record<string, unknown> & { id: string; titles: { en: string } };
const everyOne = async (base: string, path: string) => (await call(base, 'GET', `${path}limit=200`)).json.items as Listed[];

/**
 * The English titles of the events (in date order) and agreements a place's page showed when it
 * picked them out of every record: by venue, delegation, stop or tie, and by party or tie.
 */
async function moscowsOwn(base: string, placeId: string): Promise<{ events: string[]; agreements: string[] }> {
  const ties = (await everyOne(base, `/api/partnerships?place=${placeId}&`)).map((t) => t.id);
  const events = (await everyOne(base, '/api/events?')).filter(
    (e) =>
      (e.placeIds as string[]).includes(placeId) ||
      e.delegationFromPlaceId === placeId ||
      (e.partnershipIds as string[]).some((id) => ties.includes(id)) ||
      (e.itinerary as { placeId: string | null }[]).some((s) => s.placeId === placeId),
  );
  const agreements = (await everyOne(base, '/api/agreements?')).filter(
    (a) =>
      (a.partnerships as { partnershipId: string }[]).some((p) => ties.includes(p.partnershipId)) ||
      (a.parties as { placeId: string | null }[]).some((p) => p.placeId === placeId),
  );
  const start = (e: Listed) => e.start as PreciseDate | null;
  return {
    events: events.sort((a, b) => compareNullableDates(start(a), start(b))).map((e) => e.titles.en),
    agreements: agreements.map((a) => a.titles.en),
  };
}

describeInChromium(
  'the public portal in Chromium',
  (chromium) => {
    const { backend } = chromium;
    let page: Page;
    let portal: Portal;
    let stats: StatsFigures;
    let partners: StatsPartners;
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      const url = chromium.url;
      ids.moscow = await firstId(url, 'places', 'q=Moscow');
      ids.home = await firstId(url, 'places', 'q=Shenzhen&kind=city');
      ids.visit = await firstId(url, 'events', 'q=Moscow%20delegation');
      ids.mechanism = await firstId(url, 'mechanisms', 'limit=1');
      ids.organisation = await firstId(url, 'organisations', 'limit=1');
      stats = (await call(url, 'GET', `/api/stats?home=${ids.home}`)).json as unknown as StatsFigures;
      partners = (await call(url, 'GET', `/api/stats/partners?home=${ids.home}`)).json as unknown as StatsPartners;
      page = chromium.page;
      portal = new Portal(page, url);
    });

    it('shows the network sentence, the figures and the published figure in Chinese, then in English', async () => {
      await portal.open('/');
      await eventually(() => portal.heading().textContent()).toBe('深圳的国际友好城市');
      await page.getByText(stats.sentences.zh).waitFor();
      await eventually(() =>
        page.getByRole('term').filter({ hasText: '伙伴城市' }).locator('xpath=following-sibling::dd').textContent(),
      ).toBe(String(stats.places));
      await page.getByText(/^截至2024年3月7日公布的数字：93个城市/).waitFor();
      // Each pair of figures that differ says why, in the words the statistics API gives.
      const notes = page.getByRole('list', { name: '这些数字为何不同' }).getByRole('listitem');
      expect(stats.notes.zh.length).toBeGreaterThan(1);
      await eventually(() => notes.allTextContents()).toEqual(stats.notes.zh);
      await portal.map().waitFor();
      await screenshot(page, `portal-home-zh-${backend}`);

      await portal.switchLanguage('English');
      await eventually(() => portal.heading().textContent()).toBe('Shenzhen and its partners');
      await page.getByText(stats.sentences.en).waitFor();
      await page.getByText(/^Published as of 7 March 2024: 93 cities/).waitFor();
      await eventually(() => page.getByRole('list', { name: 'Why these figures differ' }).getByRole('listitem').allTextContents()).toEqual(
        stats.notes.en,
      );
      await eventually(() => page.locator('html').getAttribute('lang')).toBe('en');
      await screenshot(page, `portal-home-en-${backend}`);
      expect(chromium.errors).toEqual([]);
    });

    it('opens Moscow’s page from the map, with its tie, agreement, events and sources', async () => {
      const requests = listRequests(page);
      await portal.open('/');
      await portal.switchLanguage('English');
      await portal.map().waitFor();
      await portal.mapMarker(/^Moscow \(/).click();
      await eventually(() => portal.heading().textContent()).toBe('Moscow');
      await eventually(() => page.url()).toBe(`${chromium.url}/partners/${ids.moscow}`);
      const ties = page.getByRole('region', { name: 'The tie and its history' });
      await ties.getByText('Friendly exchange city').first().waitFor();
      await ties.getByText(/6 March 2024 — Established/).waitFor();
      const agreements = page.getByRole('region', { name: 'Agreements' });
      await agreements.getByRole('heading', { level: 3 }).first().waitFor();
      await eventually(() => agreements.getByRole('listitem').count()).toBeGreaterThan(1);
      await page.getByRole('region', { name: 'Events' }).getByRole('link', { name: 'Moscow delegation visits Shenzhen' }).waitFor();
      // The page asks for Moscow's own events and agreements and shows what picking them out of every record showed.
      const expected = await moscowsOwn(chromium.url, ids.moscow!);
      await eventually(() =>
        page.getByRole('region', { name: 'Events' }).getByRole('listitem').getByRole('link').allTextContents(),
      ).toEqual(expected.events);
      await eventually(() => agreements.getByRole('heading', { level: 3 }).allTextContents()).toEqual(expected.agreements);
      requests.stop();
      expect(requests.of('events')).toContainEqual(expect.stringContaining(`partner=${ids.moscow}`));
      expect(requests.of('agreements')).toContainEqual(expect.stringContaining(`partner=${ids.moscow}`));
      expect([...requests.whole('events'), ...requests.whole('agreements'), ...requests.whole('places')]).toEqual([]);
      const sources = page.getByRole('region', { name: 'Sources' });
      await eventually(() => sources.locator('blockquote').count()).toBeGreaterThan(0);
      await page.locator('figure.world-map[data-drawn="true"]').waitFor();
      await screenshot(page, `portal-moscow-from-map-${backend}`);
    });

    it('finds Moscow in the table by its Chinese name and opens its page', async () => {
      await portal.open('/');
      await portal.switchLanguage('中文');
      await portal.search('莫斯科');
      const rows = portal.partnersTable().locator('tbody tr');
      await eventually(() => rows.count()).toBe(1);
      await rows.getByRole('link', { name: '莫斯科' }).click();
      await eventually(() => portal.heading().textContent()).toBe('莫斯科');
      await page.getByText('Москва').waitFor();
      await screenshot(page, `portal-moscow-from-table-${backend}`);
    });

    it('lists organisations and partners in the reader’s order: by pinyin in Chinese, alphabetically in English', async () => {
      const reader = await chromium.newPage({ locale: 'zh-CN' });
      const view = new Portal(reader, chromium.url);
      await view.open('/organisations');
      await view.switchLanguage('中文');
      const names = reader.getByRole('table').locator('tbody tr td:first-child');
      await names.first().waitFor();
      const zh = await names.allTextContents();
      expect(zh.length).toBeGreaterThan(5);
      expect(zh).toEqual(sortedByName(zh, (n) => n, 'zh'));
      await view.switchLanguage('English');
      await eventually(() => names.first().textContent()).toMatch(/^[\p{Script=Latin}\d]/u);
      const en = await names.allTextContents();
      expect(en).toEqual(sortedByName(en, (n) => n, 'en'));
      await view.open('/');
      await view.switchLanguage('中文');
      await reader.getByRole('button', { name: /^中文名称/ }).click();
      await reader.locator('th[aria-sort="ascending"]').filter({ hasText: '中文名称' }).waitFor();
      const partners = view.partnersTable().locator('tbody tr td:first-child');
      const shown = await partners.allTextContents();
      expect(shown).toEqual(sortedByName(shown, (n) => n, 'zh'));
      await reader.close();
    });

    it('replays the growth with the as-of slider, filters the partners and exports them as CSV', async () => {
      const in2000 = (await call(chromium.url, 'GET', `/api/stats?home=${ids.home}&asOf=2000-12-31`)).json as unknown as StatsFigures;
      await portal.open('/');
      await portal.switchLanguage('English');
      const rows = portal.partnersTable().locator('tbody tr');
      await page.getByRole('slider', { name: 'As of the end of' }).fill('2000');
      await page.getByText(`${in2000.places} partners as of 2000`).waitFor();
      await eventually(() => rows.count()).toBe(in2000.places);
      await eventually(() => page.locator('.map-box').getByRole('link').count()).toBe(in2000.places);
      await screenshot(page, `portal-as-of-2000-${backend}`);

      await page.getByRole('slider', { name: 'As of the end of' }).fill(String(new Date().getUTCFullYear()));
      await page.getByLabel('Type of tie').selectOption('sister_city');
      await eventually(() => rows.count()).toBe(stats.byType.sister_city);
      await page.getByLabel('Continent').selectOption('EU');
      const europeanSister = partners.items.filter((p) => p.type === 'sister_city' && continentOf(p.partner.country) === 'EU').length;
      await eventually(() => rows.count()).toBe(europeanSister);
      await page.getByLabel('Type of tie').selectOption('');
      await page.getByLabel('Continent').selectOption('');
      // Every partner is listed again before the export, which writes what the table lists.
      await eventually(() => rows.count()).toBe(stats.places);

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
      const csv = readFileSync((await download.path())!, 'utf8');
      expect(csv.split('\r\n')[0]).toBe('\uFEFFChinese name,English name,Russian name,Country,Type,Since');
      expect(csv).toContain('莫斯科,Moscow,Москва,Russia,Friendly exchange city,2024-03-06');
      expect(csv.trim().split('\r\n')).toHaveLength(stats.places + 1);
    });

    it('offers larger text, an eye-care mode and keyboard navigation', async () => {
      await portal.open('/');
      await portal.switchLanguage('English');
      const html = page.locator('html');
      await page.getByRole('button', { name: 'Larger text' }).click();
      await eventually(() => html.getAttribute('style')).toContain('font-size: 112%');
      await page.getByRole('button', { name: 'Eye-care mode' }).click();
      await eventually(() => html.getAttribute('class')).toContain('eye-care');
      await expectAccessible(page, 'home in eye-care mode');
      await screenshot(page, `portal-eye-care-${backend}`);
      await page.getByRole('button', { name: 'Eye-care mode' }).click();
      await eventually(async () => (await html.getAttribute('class')) ?? '').not.toContain('eye-care');
      await page.getByRole('button', { name: 'Normal text size' }).click();
      await eventually(async () => (await html.getAttribute('style')) ?? '').not.toContain('font-size: 112%');

      // A new tab, so the keyboard starts from the top of the page.
      const tab = await chromium.context.newPage();
      await new Portal(tab, chromium.url).open('/');
      await tab.keyboard.press('Tab');
      await eventually(() => tab.evaluate('document.activeElement?.textContent')).toBe('Skip to content');
      await tab.keyboard.press('Enter');
      await tab.keyboard.press('Tab');
      await eventually(() => tab.evaluate("document.activeElement?.closest('main') !== null")).toBe(true);
      await tab.close();
    });

    describe('passes axe-core on every public page, in both languages', () => {
      const pages: [string, () => string][] = [
        ['home', () => '/'],
        ['partner', () => `/partners/${ids.moscow}`],
        ['events', () => '/events'],
        ['visit', () => `/events/${ids.visit}`],
        ['mechanisms', () => '/mechanisms'],
        ['mechanism', () => `/mechanisms/${ids.mechanism}`],
        ['organisations', () => '/organisations'],
        ['organisation', () => `/organisations/${ids.organisation}`],
        ['login', () => '/login'],
        ['not-found', () => '/nowhere'],
      ];
      auditEveryPage(
        pages,
        (name) => `portal-${name}-${backend}`,
        () => portal,
      );
    });

    it('shows a visit’s delegation and its itinerary in order, on a map and as a list', async () => {
      await portal.open('/');
      await portal.switchLanguage('English');
      await portal.open(`/events/${ids.visit}`);
      await page.getByRole('heading', { name: 'Delegation', exact: true }).waitFor();
      await page.getByRole('heading', { name: 'Head of the delegation' }).waitFor();
      const stops = page.locator('ol.itinerary > li');
      await eventually(() => stops.count()).toBe(8);
      await eventually(() => stops.first().textContent()).toContain('Signing of the memorandum');
      // The press release dates the signing only; the other stops say they fall within the visit, not that their date is unknown.
      await eventually(() => stops.nth(1).textContent()).toContain('during the visit (day not given)');
      expect(await stops.allTextContents()).not.toContainEqual(expect.stringContaining('date unknown'));
      await page.locator('figure.world-map[data-drawn="true"]').waitFor();
      await screenshot(page, `portal-visit-${backend}`);
    });
  },
  {
    locale: 'zh-CN',
    acceptDownloads: true,
    given: (ctx) => loadDemo(ctx),
  },
);
