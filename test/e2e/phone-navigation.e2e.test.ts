import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { events, organisations, people } from '../../src/services/records.service.ts';
import type { StatsPartners } from '../../src/services/stats.service.ts';
import { describeInChromium, eventually, expectAccessible, screenshot, settled, SLOW } from '../support/browser.ts';
import { call } from '../support/server.ts';
import { listRequests, Portal } from './pages.ts';

const PHONE = { width: 390, height: 844 };
const firstId = async (base: string, collection: string, query: string) =>
  ((await call(base, 'GET', `/api/${collection}?${query}`)).json.items as { id: string }[])[0]!.id;

// What the tests read in the page itself, as expressions: the tests are compiled without the DOM's types.

/** How far the page reaches sideways beyond the screen, in pixels: 0 when nothing needs a sideways scroll. */
const overflow = (page: Page) => page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');

/** The most lines the text of any cell of the first rows of the partner table is drawn on (its heading left out). */
const tallestCellInLines = (page: Page) =>
  page.evaluate<number>(`(() => {
    const rows = [...document.querySelector('#partner-table tbody').rows].slice(0, 12);
    const lines = (cell) => {
      const range = document.createRange();
      range.selectNodeContents(cell);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      const height = Math.max(...rects.map((r) => r.bottom)) - Math.min(...rects.map((r) => r.top));
      return Math.round(height / Number.parseFloat(getComputedStyle(cell).lineHeight));
    };
    return Math.max(...rows.flatMap((row) => [...row.cells].map(lines)));
  })()`);

/** A fact about the element that has the keyboard's focus. */
const focused = <T>(page: Page, expression: string) =>
  page.evaluate<T>(`(() => { const el = document.activeElement; return ${expression}; })()`);

const ids: Record<string, string> = {};

describeInChromium(
  'the portal on a phone, and its navigation',
  (chromium) => {
    const { backend } = chromium;

    beforeAll(async () => {
      ids.home = await firstId(chromium.url, 'places', 'q=Shenzhen&kind=city');
      ids.yekaterinburg = await firstId(chromium.url, 'places', 'q=Yekaterinburg');
    });

    const phone = async (locale: string) => {
      const page = await chromium.newPage({ locale });
      await page.setViewportSize(PHONE);
      return page;
    };

    it('folds the header into a menu and shows the Chinese partner table as cards, with nothing wider than the screen', async () => {
      const page = await phone('zh-CN');
      const portal = new Portal(page, chromium.url);
      await portal.open('/');
      await eventually(() => portal.heading().textContent()).toBe('深圳的国际友好城市');
      await page.locator('#partner-table tbody tr').first().waitFor();
      await settled(page);
      expect(await overflow(page)).toBeLessThanOrEqual(0);

      const menu = page.getByRole('button', { name: '菜单' });
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
      const nav = page.getByRole('navigation', { name: '主导航' });
      expect((await page.locator('.site-header').boundingBox())!.height).toBeLessThan(90);
      await eventually(() => nav.isVisible()).toBe(false);
      await menu.click();
      await eventually(() => menu.getAttribute('aria-expanded')).toBe('true');
      await eventually(() => nav.getByRole('link', { name: '交流活动' }).isVisible()).toBe(true);
      await expectAccessible(page, 'the home page on a phone, its menu open');
      await nav.getByRole('link', { name: '交流活动' }).click();
      await page.waitForURL('**/events');
      await eventually(() => menu.getAttribute('aria-expanded')).toBe('false');

      await portal.open('/');
      await page.locator('#partner-table tbody tr').first().waitFor();
      // Each cell on one or two lines, never a column one character wide.
      expect(await tallestCellInLines(page)).toBeLessThanOrEqual(2);
      const country = page.locator('#partner-table tbody tr').first().locator('td').nth(2);
      expect(await country.getAttribute('data-label')).toBe('国家');
      await screenshot(page, `phone-home-zh-${backend}`);
      await page.context().close();
    });

    it('shows every column of the English table on the screen', async () => {
      const page = await phone('en-GB');
      const portal = new Portal(page, chromium.url);
      await portal.open('/');
      const firstRow = page.locator('#partner-table tbody tr').first();
      await firstRow.waitFor();
      await settled(page);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      const type = firstRow.locator('td').nth(3);
      expect(await type.getAttribute('data-label')).toBe('Type');
      const box = (await type.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
      expect(await tallestCellInLines(page)).toBeLessThanOrEqual(2);
      await screenshot(page, `phone-home-en-${backend}`);
      await page.context().close();
    });

    it('gives the world map the screen’s height on a phone', async () => {
      const page = await phone('en-GB');
      await new Portal(page, chromium.url).open('/network');
      const map = page.locator('.network-map');
      await map.waitFor(SLOW);
      const { height } = (await map.boundingBox())!;
      expect(height).toBeGreaterThanOrEqual(0.85 * PHONE.height);
      expect(height).toBeLessThanOrEqual(PHONE.height);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await page.context().close();
    });

    it('has a link that takes the keyboard past the map’s markers to the partner table', async () => {
      const page = await chromium.newPage({ locale: 'en-GB' });
      const portal = new Portal(page, chromium.url);
      await portal.open('/');
      await portal.map().waitFor(SLOW);
      const markers = page.locator('.map-box a');
      await eventually(() => markers.count()).toBeGreaterThan(10);
      const skip = page.getByRole('link', { name: /^Skip the map’s \d+ markers to the table of partners$/ });
      // The link comes before the first marker in the order of the keyboard.
      expect(
        await page.evaluate<boolean>(
          `Boolean(document.querySelector('a.skip-inline').compareDocumentPosition(document.querySelector('.map-box a')) & Node.DOCUMENT_POSITION_FOLLOWING)`,
        ),
      ).toBe(true);
      await skip.focus();
      await eventually(() => skip.isVisible()).toBe(true);
      await page.keyboard.press('Enter');
      await eventually(() => focused<string>(page, 'el?.id')).toBe('partner-table');
      await page.keyboard.press('Tab');
      await eventually(() => focused<boolean>(page, "Boolean(el?.closest('#partner-table'))")).toBe(true);
      expect(await focused<boolean>(page, "Boolean(el?.closest('.map-box'))")).toBe(false);
      expect(await focused<string>(page, "el?.getAttribute('type')")).toBe('search');
      await page.context().close();
    });

    it('keeps ?lang=zh in the address and in every link it follows', async () => {
      const page = await chromium.newPage({ locale: 'en-GB' });
      await page.goto(`${chromium.url}/events?lang=zh`);
      await page.getByRole('heading', { level: 1, name: '交流活动' }).waitFor();
      await eventually(() => page.locator('html').getAttribute('lang')).toBe('zh-CN');
      const mechanisms = page.getByRole('link', { name: '多边机制', exact: true });
      expect(new URL(`${chromium.url}${await mechanisms.getAttribute('href')}`).searchParams.get('lang')).toBe('zh');
      await mechanisms.click();
      await page.waitForURL('**/mechanisms?lang=zh');
      const firstEvent = page.locator('main a[href^="/mechanisms/"]').first();
      await firstEvent.waitFor();
      await firstEvent.click();
      await page.waitForURL(/\/mechanisms\/[a-z]+_[0-9a-z]+\?lang=zh$/);
      await eventually(() => page.locator('html').getAttribute('lang')).toBe('zh-CN');
      // Choosing English rewrites the address, so it can be shared as read.
      await new Portal(page, chromium.url).switchLanguage('English');
      await page.waitForURL(/\?lang=en$/);
      await page.context().close();
    });

    it('shows the home city as a dashboard of its partners by type and continent, each named and linked', async () => {
      const partners = (await call(chromium.url, 'GET', `/api/stats/partners?home=${ids.home}`)).json as unknown as StatsPartners;
      const page = await chromium.newPage({ locale: 'en-GB' });
      await new Portal(page, chromium.url).open(`/partners/${ids.home}`);
      const byType = page.getByRole('region', { name: 'Partners by type of tie' });
      const byContinent = page.getByRole('region', { name: 'Partners by continent' });
      await byType.getByRole('link', { name: 'Moscow' }).waitFor();
      await byContinent.getByRole('link', { name: 'Moscow' }).waitFor();
      expect(await byType.getByRole('link').count()).toBe(partners.total);
      expect(await byContinent.getByRole('link').count()).toBe(partners.total);
      await byType.getByRole('link', { name: 'Moscow' }).click();
      await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Moscow');
      await page.goBack();
      await byType.waitFor();
      await settled(page);
      await expectAccessible(page, 'the home city’s page');
      expect(await page.evaluate<number>('document.documentElement.scrollHeight')).toBeLessThan(6000);
      await screenshot(page, `home-city-${backend}`);
      await page.context().close();
    });

    it('shows a public person with their public titles and events, and nothing internal', async () => {
      const page = await chromium.newPage({ locale: 'en-GB' });
      const requests = listRequests(page);
      await new Portal(page, chromium.url).open(`/people/${ids.person}`);
      await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Anna Testova');
      await page.getByRole('cell', { name: 'Special envoy' }).waitFor();
      await page.getByRole('link', { name: 'Open forum on river ports' }).waitFor();
      // Their events alone are asked for, not every event of the registry.
      await eventually(() =>
        page.getByRole('region', { name: 'Events' }).getByRole('listitem').getByRole('link').allTextContents(),
      ).toEqual(['Open forum on river ports']);
      requests.stop();
      expect(requests.of('events')).toContainEqual(expect.stringContaining(`person=${ids.person}`));
      expect(requests.whole('events')).toEqual([]);
      await settled(page);
      const text = (await page.locator('main').textContent()) ?? '';
      for (const hidden of ['Closed Bureau', 'Closed-door meeting', 'A private remark', 'Edit in the workspace'])
        expect(text).not.toContain(hidden);
      await expectAccessible(page, 'a person’s page');
      await screenshot(page, `person-${backend}`);

      await page.goto(`${chromium.url}/people/${ids.internalPerson}`);
      await page.getByRole('alert').waitFor();
      expect((await page.locator('main').textContent()) ?? '').not.toContain('Hidden Person');
      await page.context().close();
    });
  },
  {
    given: async (ctx) => {
      await loadDemo(ctx);
      const bureau = await organisations.create(ctx, {
        kind: 'government_body',
        names: { en: 'Closed Bureau' },
        visibility: 'internal',
      });
      const person = await people.create(ctx, {
        names: { en: 'Anna Testova' },
        positions: [
          { title: { en: 'Special envoy' }, from: '2020' },
          { title: { en: 'Bureau chief' }, organisationId: bureau.id, from: '2018', to: '2019' },
        ],
      });
      const hidden = await people.create(ctx, { names: { en: 'Hidden Person' }, visibility: 'internal' });
      await events.create(ctx, {
        kind: 'meeting',
        titles: { en: 'Open forum on river ports' },
        start: '2023-05',
        participants: [{ personId: person.id }],
        internalNote: 'A private remark',
      });
      await events.create(ctx, {
        kind: 'meeting',
        titles: { en: 'Closed-door meeting' },
        start: '2023-06',
        participants: [{ personId: person.id }],
        visibility: 'internal',
      });
      Object.assign(ids, { person: person.id, internalPerson: hidden.id });
    },
  },
);
