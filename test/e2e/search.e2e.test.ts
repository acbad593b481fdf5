import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/load-demo.ts';
import type { Store } from '../../src/storage/connect.ts';
import { BACKENDS, ctxFor, freshStore } from '../support/backends.ts';
import { collectErrors, expectAccessible, launchBrowser, screenshot, startWebServer } from '../support/browser.ts';
import { call } from '../support/server.ts';
import { NameSearch, Portal } from './pages.ts';

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
  describe(`the name search in the header [${backend}]`, () => {
    let store: Store;
    let server: Awaited<ReturnType<typeof startWebServer>>;
    let context: BrowserContext;
    let page: Page;
    let search: NameSearch;
    let errors: string[];
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      store = await freshStore(backend);
      await loadDemo(ctxFor(store));
      server = await startWebServer(store);
      ids.yekaterinburg = await firstId(server.url, 'places', 'q=Yekaterinburg');
      ids.cheryomin = await firstId(server.url, 'people', 'q=Cheryomin');
      context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
      context.setDefaultTimeout(8000);
      page = await context.newPage();
      errors = collectErrors(page);
      search = new NameSearch(page);
      await new Portal(page, server.url).open('/events');
    });
    afterAll(async () => {
      await context?.close();
      await server?.close();
      await store?.close();
    });

    it('finds each record first by any of its spellings, with the spelling it matched', async () => {
      const cases: [string, string, string, RegExp | null][] = [
        ['Cheremin', 'Sergey Cheryomin', 'People', /matched Сергей Черёмин/],
        ['Черёмин', 'Sergey Cheryomin', 'People', /matched Cheryomin \(transliteration\)/],
        ['Shenzen', 'Shenzhen', 'Places', /near spelling/],
        ['shen zhen', 'Shenzhen', 'Places', null],
        ['深圳市', 'Shenzhen', 'Places', /matched 深圳 \(standard name\)/],
        ['Sankt-Peterburg', 'Saint Petersburg', 'Places', /matched Санкт-Петербург \(transliteration\)/],
        ['Ekaterinburg', 'Yekaterinburg', 'Places', /matched Екатеринбург/],
        ['Jekaterinburg', 'Yekaterinburg', 'Places', /matched Екатеринбург \(sounds alike\)/],
      ];
      for (const [query, name, group, note] of cases) {
        const first = await search.find(query, name);
        // The first group is the first hit's kind.
        const firstGroup = search.results().getByRole('group').first();
        expect(await firstGroup.getAttribute('aria-labelledby')).toBeTruthy();
        expect(await firstGroup.getByRole('option').first().textContent()).toBe(await first.textContent());
        await search.results().getByRole('group', { name: group }).first().waitFor();
        if (note) expect(await first.textContent(), query).toMatch(note);
        if (query === 'Cheremin') await screenshot(page, `search-cheremin-${backend}`);
      }
      await screenshot(page, `search-jekaterinburg-${backend}`);
      expect(errors).toEqual([]);
    });

    it('is chosen by keyboard: arrows move, Escape closes, Enter opens the record’s page', async () => {
      await search.find('Jekaterinburg', 'Yekaterinburg');
      const box = search.box();
      expect(await box.getAttribute('aria-expanded')).toBe('true');
      const firstOption = search.options().first();
      expect(await box.getAttribute('aria-activedescendant')).toBe(await firstOption.getAttribute('id'));
      const count = await search.options().count();
      await box.press('ArrowUp');
      expect(await box.getAttribute('aria-activedescendant')).toBe(await search.options().nth(count - 1).getAttribute('id'));
      await box.press('ArrowDown');
      expect(await firstOption.getAttribute('aria-selected')).toBe('true');
      await expectAccessible(page, 'name search open');
      await box.press('Escape');
      expect(await box.getAttribute('aria-expanded')).toBe('false');
      expect(await search.results().isVisible()).toBe(false);
      await box.press('ArrowDown');
      expect(await box.getAttribute('aria-expanded')).toBe('true');
      await box.press('Enter');
      await page.waitForURL(`**/partners/${ids.yekaterinburg}`);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Yekaterinburg');
      expect(await box.inputValue()).toBe('');
      await screenshot(page, `search-opened-${backend}`);
    });

    it('opens a person through sign-in, since people have no public page', async () => {
      await search.find('Cheremin', 'Sergey Cheryomin');
      await search.box().press('Enter');
      await page.waitForURL(/\/login\?next=/);
      expect(decodeURIComponent(new URL(page.url()).searchParams.get('next')!)).toBe(`/staff/records/people/${ids.cheryomin}`);
    });

    it('speaks Chinese in a Chinese interface', async () => {
      const zh = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
      const tab = await zh.newPage();
      await new Portal(tab, server.url).open('/');
      const chinese = new NameSearch(tab);
      const first = await chinese.find('Jekaterinburg', '叶卡捷琳堡');
      expect(await first.textContent()).toMatch(/俄罗斯.*读音相近/);
      await chinese.results().getByRole('group', { name: '地方' }).waitFor();
      await screenshot(tab, `search-zh-${backend}`);
      await zh.close();
    });
  });
}
