import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { collectErrors, describeInChromium, eventually, screenshot } from '../support/browser.ts';
import { importLines } from '../support/network.ts';
import { call, seedAccounts, signIn } from '../support/server.ts';
import { AddPartnerScreen } from './office-pages.ts';
import { ClaimChecker, signedInPage } from './pages.ts';

/** The world network knows Kaunas and Riga; the registry (the demo) ties neither to Shenzhen. */
const LINES = [
  'Riga,Latvia,56.9496,24.1052,Kaunas,Lithuania,54.8985,23.9036',
  'Vilnius,Lithuania,54.6872,25.2797,Riga,Latvia,56.9496,24.1052',
];
const KAUNAS = 'Shenzhen and Kaunas became friendly exchange cities on 16 June 2017.';
const RIGA = 'Shenzhen and Riga became sister cities on 5 May 2015.';

interface Tie {
  placeBId: string;
  type: string;
  established: string;
  citations?: { sourceId: string; quote?: string | null }[];
}

describeInChromium(
  'from a checked claim of an unknown tie to the partner added',
  (chromium) => {
    const { backend } = chromium;

    /** Checks the text and follows the claim's link to the add-a-partner screen, with the partner's search answered. */
    async function followClaim(page: Page, text: string, link: RegExp, partner: string) {
      const checker = new ClaimChecker(page, chromium.url);
      await checker.open();
      await checker.check(text);
      await eventually(() => checker.count(/unknown|无从核查/).textContent()).toMatch(/1$/);
      await checker.showList();
      await page.getByRole('link', { name: link }).click();
      await page.waitForURL(/\/staff\/add-partner\?/);
      await page.getByRole('heading', { level: 1, name: /^(Add a partner|添加友城)$/ }).waitFor();
      await page.locator(`[role="status"][data-query="${partner}"]`).waitFor();
    }

    it('adds Kaunas from the claim with the text kept as its source, in English', async () => {
      const page = await signedInPage(chromium, 'editor@example.org', { locale: 'en-GB' });
      const errors = collectErrors(page);
      const checker = new ClaimChecker(page, chromium.url);
      await checker.open();
      await checker.check(KAUNAS);
      const form = page.getByRole('form', { name: 'Add this text as a source' });
      await form.getByLabel('Address (optional)').fill('https://example.org/shenzhen-kaunas-news');
      await form.getByRole('button', { name: 'Add as a source' }).click();
      await page.getByRole('status').filter({ hasText: 'Added as a source: ' }).waitFor();
      const editor = await signIn(chromium.url, 'editor@example.org');
      const source = (
        (await call(chromium.url, 'GET', '/api/sources?limit=200', { session: editor })).json.items as { id: string; url: string }[]
      ).find((s) => s.url === 'https://example.org/shenzhen-kaunas-news')!;
      expect(source).toBeTruthy();

      await checker.showList();
      const link = page.getByRole('link', { name: 'Add as a partner in one screen' });
      await eventually(() => link.getAttribute('href')).toContain(`source=${source.id}`);
      await link.click();
      await page.waitForURL(/\/staff\/add-partner\?/);
      const screen = new AddPartnerScreen(page, chromium.url);
      await page.locator('[role="status"][data-query="Kaunas"]').waitFor();
      // Everything the claim says is filled in: the type, the day, its words as the quote, the text as the source.
      await eventually(() => page.getByLabel('Type', { exact: true }).inputValue()).toBe('friendly_exchange_city');
      expect(await page.getByLabel('Established', { exact: true }).inputValue()).toBe('2017-06-16');
      expect(await page.getByLabel('The words that say so').inputValue()).toBe(KAUNAS);
      await eventually(() => page.getByLabel('Source', { exact: true }).inputValue()).toBe(source.id);
      await screen.place(/^Kaunas — Lithuania · City · from the world network$/).check();
      await eventually(() => screen.preview().getByRole('row').nth(1).textContent()).toBe(
        '—KaunasLithuaniaFriendly exchange city16 June 2017',
      );
      await screenshot(page, `check-to-partner-en-${backend}`);
      const tieId = await screen.save();

      const tie = (await call(chromium.url, 'GET', `/api/partnerships/${tieId}`, { session: editor })).json as unknown as Tie;
      expect([tie.type, tie.established]).toEqual(['friendly_exchange_city', '2017-06-16']);
      const kaunas = (await call(chromium.url, 'GET', `/api/places/${tie.placeBId}`)).json as { names: { en: string } };
      expect(kaunas.names.en).toBe('Kaunas');
      const cited = (await call(chromium.url, 'GET', `/api/citations?entity=partnership&id=${tieId}`, { session: editor })).json;
      expect(JSON.stringify(cited)).toContain(source.id);
      // Checked again, the claim is the registry's own now.
      await checker.open();
      await checker.check(KAUNAS);
      await eventually(() => checker.count(/supported/).textContent()).toMatch(/supported\s*1$/);
      expect(errors).toEqual([]);
    });

    it('adds Riga from the claim with a pasted text as its source, in Chinese', async () => {
      const page = await signedInPage(chromium, 'editor@example.org', { locale: 'zh-CN' });
      const errors = collectErrors(page);
      await followClaim(page, RIGA, /^在一个页面中添加为伙伴$/, 'Riga');
      const screen = new AddPartnerScreen(page, chromium.url);
      await eventually(() => page.getByLabel('类型', { exact: true }).inputValue()).toBe('sister_city');
      expect(await page.getByLabel('建立日期', { exact: true }).inputValue()).toBe('2015-05-05');
      expect(await page.getByLabel('原文引述').inputValue()).toBe(RIGA);
      await screen.place(/^Riga — 拉脱维亚 · 城市 · 来自全球网络$/).check();
      await page.getByLabel('粘贴文本并保存为来源').check();
      await page.getByLabel('文本', { exact: true }).fill(RIGA);
      await eventually(() => screen.preview().getByRole('row').nth(1).textContent()).toBe('—Riga拉脱维亚友好城市2015年5月5日');
      await screenshot(page, `check-to-partner-zh-${backend}`);
      const tieId = await screen.save();

      const editor = await signIn(chromium.url, 'editor@example.org');
      const tie = (await call(chromium.url, 'GET', `/api/partnerships/${tieId}`, { session: editor })).json as unknown as Tie;
      expect([tie.type, tie.established]).toEqual(['sister_city', '2015-05-05']);
      expect(errors).toEqual([]);
    });
  },
  {
    given: async (ctx, store) => {
      await loadDemo(ctx);
      await importLines(ctx, LINES);
      await seedAccounts(store);
    },
  },
);
