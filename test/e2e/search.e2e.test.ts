import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { describeInChromium, eventually, expectAccessible, screenshot } from '../support/browser.ts';
import { call } from '../support/server.ts';
import { NameSearch, Portal } from './pages.ts';

const firstId = async (base: string, collection: string, query: string) =>
  ((await call(base, 'GET', `/api/${collection}?${query}`)).json.items as { id: string }[])[0]!.id;

describeInChromium(
  'the name search in the header',
  (chromium) => {
    const { backend } = chromium;
    let page: Page;
    let search: NameSearch;
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      ids.yekaterinburg = await firstId(chromium.url, 'places', 'q=Yekaterinburg');
      ids.cheryomin = await firstId(chromium.url, 'people', 'q=Cheryomin');
      page = chromium.page;
      search = new NameSearch(page);
      await new Portal(page, chromium.url).open('/events');
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
        // find() waits until the listbox answers this query, not an earlier one.
        const first = await search.find(query, name);
        // The first group is the first hit's kind.
        const firstGroup = search.results().getByRole('group').first();
        await eventually(() => firstGroup.getAttribute('aria-labelledby')).toBeTruthy();
        const firstText = await first.textContent();
        await eventually(() => firstGroup.getByRole('option').first().textContent()).toBe(firstText);
        await search.results().getByRole('group', { name: group }).first().waitFor();
        if (note) await eventually(() => first.textContent(), query).toMatch(note);
        if (query === 'Cheremin') await screenshot(page, `search-cheremin-${backend}`);
      }
      await screenshot(page, `search-jekaterinburg-${backend}`);
      expect(chromium.errors).toEqual([]);
    });

    it('is chosen by keyboard: nothing is highlighted until ↓, which takes the first hit, and Enter opens it', async () => {
      await search.find('Jekaterinburg', 'Yekaterinburg');
      const box = search.box();
      await eventually(() => box.getAttribute('aria-expanded')).toBe('true');
      const firstOption = search.options().first();
      expect(await box.getAttribute('aria-activedescendant')).toBeNull();
      expect(await search.results().locator('[aria-selected="true"]').count()).toBe(0);
      const count = await search.options().count();
      await box.press('ArrowUp');
      await eventually(() => box.getAttribute('aria-activedescendant')).toBe(
        await search
          .options()
          .nth(count - 1)
          .getAttribute('id'),
      );
      await box.press('ArrowDown');
      await eventually(() => firstOption.getAttribute('aria-selected')).toBe('true');
      await expectAccessible(page, 'name search open');
      await box.press('Escape');
      await eventually(() => box.getAttribute('aria-expanded')).toBe('false');
      await eventually(() => search.results().isVisible()).toBe(false);

      // A fresh search: ↓ then Enter opens the first hit, not the second.
      await search.find('Ekaterinburg', 'Yekaterinburg');
      await box.press('ArrowDown');
      await eventually(() => box.getAttribute('aria-activedescendant')).toBe(await firstOption.getAttribute('id'));
      await box.press('Enter');
      await page.waitForURL(`**/partners/${ids.yekaterinburg}`);
      await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Yekaterinburg');
      await eventually(() => box.inputValue()).toBe('');
      await screenshot(page, `search-opened-${backend}`);
    });

    it('opens a person’s public page, for visitors too', async () => {
      await search.find('Cheremin', 'Sergey Cheryomin');
      await search.box().press('ArrowDown');
      await search.box().press('Enter');
      await page.waitForURL(`**/people/${ids.cheryomin}`);
      await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Sergey Cheryomin');
    });

    it('speaks Chinese in a Chinese interface', async () => {
      const tab = await chromium.newPage({ locale: 'zh-CN' });
      await new Portal(tab, chromium.url).open('/');
      const chinese = new NameSearch(tab);
      const first = await chinese.find('Jekaterinburg', '叶卡捷琳堡');
      await eventually(() => first.textContent()).toMatch(/俄罗斯.*读音相近/);
      await chinese.results().getByRole('group', { name: '地方' }).waitFor();
      await screenshot(tab, `search-zh-${backend}`);
      await tab.context().close();
    });
  },
  {
    given: (ctx) => loadDemo(ctx),
  },
);
