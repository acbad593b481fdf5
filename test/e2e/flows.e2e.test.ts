import { expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { collectErrors, describeInChromium, eventually, expectAccessible, screenshot, settled, SLOW } from '../support/browser.ts';
import { importLines } from '../support/network.ts';
import { call, seedAccounts, signIn } from '../support/server.ts';
import { AddPartnerScreen } from './office-pages.ts';
import { DuplicatesPage, FactList, Portal, signedInPage } from './pages.ts';

/** The world network knows Kaunas and Eilat; the registry (the demo) does not, until they are added as partners. */
const LINES = [
  'Riga,Latvia,56.9496,24.1052,Kaunas,Lithuania,54.8985,23.9036',
  'Tel Aviv,Israel,32.0853,34.7818,Eilat,Israel,29.5577,34.9519',
];
const KAUNAS_URL = 'https://example.org/shenzhen-kaunas';
const KAUNAS_QUOTE = 'It became a friendship city of Shenzhen on June 16, 2017.';
const EILAT_TEXT = '发布时间：2022年06月10日\n\n深圳和埃拉特自2012年结好以来，双方在科技创新领域交流密切。';

describeInChromium(
  'the office’s tasks in one screen',
  (chromium) => {
    const { backend } = chromium;
    const placesNamed = async (q: string) =>
      ((await call(chromium.url, 'GET', `/api/places?q=${q}&layer=all`)).json.items as { id: string; names: { en: string } }[]).filter(
        (p) => p.names.en === q,
      );

    it('adds Kaunas from the world network’s record with its source, in English, and the public sees it', async () => {
      const page = await signedInPage(chromium, 'editor@example.org', { locale: 'en-GB' });
      const errors = collectErrors(page);
      const screen = new AddPartnerScreen(page, chromium.url);
      await screen.open();
      await screen.find('Kaunas');
      const kaunas = screen.place(/^Kaunas — Lithuania · City · from the world network$/);
      await kaunas.check();
      await page.locator('.map-box canvas, figure.world-map').first().waitFor();
      await page.getByLabel('Type', { exact: true }).selectOption({ label: 'Friendly exchange city' });
      await page.getByLabel('Established', { exact: true }).fill('2017-06');
      await page.getByLabel('Culture').check();
      await page.getByLabel('Address', { exact: true }).fill(KAUNAS_URL);
      await page.getByLabel('Title', { exact: true }).fill('Shenzhen’s friendship cities: Kaunas');
      await page.getByLabel('The words that say so').fill(KAUNAS_QUOTE);
      const line = screen.preview().getByRole('row').nth(1);
      await eventually(() => line.textContent()).toBe('—KaunasLithuaniaFriendly exchange cityJune 2017');
      await settled(page);
      await expectAccessible(page, 'the add-a-partner screen (en)');
      await screenshot(page, `flows-add-partner-en-${backend}`);
      const tieId = await screen.save();

      const tie = (await call(chromium.url, 'GET', `/api/partnerships/${tieId}`)).json as { placeBId: string; established: string };
      expect(tie.established).toBe('2017-06');
      // The network's Kaunas became the partner: no second Kaunas, and it is in the registry's lists now.
      expect((await placesNamed('Kaunas')).map((p) => p.id)).toEqual([tie.placeBId]);
      const listed = (await call(chromium.url, 'GET', '/api/places?q=Kaunas')).json.items as { id: string }[];
      expect(listed.map((p) => p.id)).toEqual([tie.placeBId]);

      const visitor = await chromium.newPage({ locale: 'en-GB' });
      await new Portal(visitor, chromium.url).open(`/partners/${tie.placeBId}`);
      await visitor.getByRole('heading', { level: 1, name: /Kaunas/ }).waitFor();
      await visitor.getByText(KAUNAS_QUOTE).first().waitFor();
      const established = new FactList(visitor).fact(/^Established: June 2017/);
      await established.getByText('Sources agree').waitFor();
      await new FactList(visitor).fact(/^Type: Friendly exchange city/).waitFor();
      expect(await visitor.locator('main').textContent()).not.toMatch(/[{[]"/);
      await screenshot(visitor, `flows-kaunas-public-${backend}`);
      expect(errors).toEqual([]);
    });

    it('adds Eilat with a pasted text as its source, in Chinese', async () => {
      const page = await signedInPage(chromium, 'editor@example.org', { locale: 'zh-CN' });
      const errors = collectErrors(page);
      const screen = new AddPartnerScreen(page, chromium.url);
      await screen.open();
      await screen.find('Eilat');
      await screen.place(/^Eilat — 以色列 · 城市 · 来自全球网络$/).check();
      await page.getByLabel('类型', { exact: true }).selectOption({ label: '友好城市' });
      await page.getByLabel('建立日期', { exact: true }).fill('2012');
      await page.getByLabel('粘贴文本并保存为来源').check();
      await page.getByLabel('文本', { exact: true }).fill(EILAT_TEXT);
      await page.getByLabel('原文引述').fill('深圳和埃拉特自2012年结好以来');
      await page.getByLabel('备注', { exact: true }).fill('由科技处跟进');
      const preview = page.getByRole('region', { name: '公众将看到的内容' });
      await eventually(() => screen.preview().getByRole('row').nth(1).textContent()).toBe('—Eilat以色列友好城市2012年');
      await preview.getByText('由科技处跟进').waitFor();
      await preview.getByText('内部', { exact: true }).first().waitFor();
      await settled(page);
      await expectAccessible(page, 'the add-a-partner screen (zh)');
      await screenshot(page, `flows-add-partner-zh-${backend}`);
      const tieId = await screen.save();

      const tie = (await call(chromium.url, 'GET', `/api/partnerships/${tieId}`)).json as { placeBId: string; note: string };
      expect(tie.note).toBe('由科技处跟进');
      const visitor = await chromium.newPage({ locale: 'zh-CN' });
      await new Portal(visitor, chromium.url).open(`/partners/${tie.placeBId}`);
      await visitor.getByRole('heading', { level: 1, name: /Eilat/ }).waitFor();
      await new FactList(visitor)
        .fact(/^建立日期：2012年/)
        .getByText('来源一致')
        .waitFor();
      await visitor.getByText('深圳和埃拉特自2012年结好以来').first().waitFor();
      expect(await visitor.getByText('由科技处跟进').count()).toBe(0);
      expect(errors).toEqual([]);
    });

    it('suspends a tie after saying what it does to the public figures, and keeps the reason internal', async () => {
      const page = await signedInPage(chromium, 'editor@example.org', { locale: 'en-GB' });
      const errors = collectErrors(page);
      const editor = await signIn(chromium.url, 'editor@example.org');
      const brescia = (await placesNamed('Brescia'))[0]!;
      const tie = (
        (await call(chromium.url, 'GET', `/api/partnerships?place=${brescia.id}`, { session: editor })).json.items as {
          id: string;
        }[]
      )[0]!;
      const site = (await call(chromium.url, 'GET', '/api/site')).json as { home: { id: string } };
      const before = (await call(chromium.url, 'GET', `/api/stats?home=${site.home.id}`)).json as { places: number };
      await page.goto(`${chromium.url}/staff/records/partnerships/${tie.id}`);
      const status = page.getByRole('region', { name: 'Status' });
      const form = status.getByRole('form', { name: 'Change the tie’s status' });
      await form.getByLabel('New status').selectOption({ label: 'suspended' });
      await form.getByLabel(/^Reason/).fill('Paused while the city council reviews its exchanges');
      await form.getByText('Internal: the reason is never published.').waitFor();
      await form.getByRole('button', { name: 'Change the status' }).click();
      const dialog = page.getByRole('dialog', { name: 'Mark this tie suspended?' });
      await dialog.getByText(new RegExp(`partners ${before.places} → ${before.places - 1}`)).waitFor();
      await screenshot(page, `flows-suspend-effect-${backend}`);
      await dialog.getByRole('button', { name: 'Yes, change the status' }).click();
      await page.getByRole('status').filter({ hasText: 'The status was changed: suspended.' }).waitFor();
      const after = (await call(chromium.url, 'GET', `/api/stats?home=${site.home.id}`)).json as { places: number };
      expect(after.places).toBe(before.places - 1);

      const visitor = await chromium.newPage({ locale: 'en-GB' });
      await new Portal(visitor, chromium.url).open(`/partners/${brescia.id}`);
      await visitor.getByRole('listitem').filter({ hasText: 'Status changed' }).filter({ hasText: 'suspended' }).waitFor();
      expect(await visitor.getByText('Paused while the city council reviews its exchanges').count()).toBe(0);
      const publicTie = (await call(chromium.url, 'GET', `/api/partnerships/${tie.id}`)).json as { history: { note: string | null }[] };
      expect(publicTie.history.at(-1)!.note).toBeNull();
      expect(errors).toEqual([]);
    });

    it('tells likely duplicates apart by their names and country, and asks before merging', async () => {
      const editor = await signIn(chromium.url, 'editor@example.org');
      const made = await call(chromium.url, 'POST', '/api/places', {
        session: editor,
        body: { kind: 'city', names: { en: 'Zelenograd' }, country: 'RU' },
      });
      expect(made.status).toBe(201);
      await call(chromium.url, 'POST', '/api/places', {
        session: editor,
        body: { kind: 'city', names: { ru: 'Зеленоград' }, country: 'RU' },
      });
      const page = await signedInPage(chromium, 'editor@example.org', { locale: 'en-GB' });
      await page.goto(`${chromium.url}/staff/duplicates`);
      const pair = new DuplicatesPage(page).pair('Zelenograd', 'Зеленоград');
      await pair.waitFor(SLOW);
      const keep = pair.getByRole('radio', { name: /^Zelenograd \(Russia · City · recorded \d{4}-\d\d-\d\d\)$/ });
      await keep.waitFor();
      expect(await pair.textContent()).not.toMatch(/\bpl_\w+/);
      await keep.check();
      await pair.getByRole('button', { name: 'Merge “Зеленоград” into “Zelenograd”' }).click();
      const dialog = page.getByRole('dialog', { name: 'Merge “Зеленоград” into “Zelenograd”?' });
      await dialog.getByText(/“Зеленоград” \(Russia · City · recorded .*\) will be deleted/).waitFor();
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await eventually(() => dialog.count()).toBe(0);
      expect((await call(chromium.url, 'GET', `/api/places/${String(made.json.id)}`)).status).toBe(200);
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
