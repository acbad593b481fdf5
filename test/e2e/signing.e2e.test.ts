import { expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { collectErrors, describeInChromium, eventually, expectAccessible, screenshot, settled } from '../support/browser.ts';
import { call, seedAccounts } from '../support/server.ts';
import { RecordSigningScreen } from './office-pages.ts';
import { Portal, pick, signedInPage } from './pages.ts';

const CHARLOTTE_TITLE = 'Memorandum on establishing sister-city relations between Shenzhen and Charlotte';
const CHARLOTTE_QUOTE = 'Shenzhen and Charlotte signed a memorandum in March 2026, becoming sister cities.';
const VIENNA_TEXT = '发布时间：2026年04月10日\n\n深圳市与维也纳市签署缔结友好城市关系备忘录，两市正式结为友好城市。';

describeInChromium(
  'recording a signing in one screen',
  (chromium) => {
    const { backend } = chromium;

    it('upgrades Charlotte from friendly exchange to sister city with its memorandum and a new signatory, in English', async () => {
      const page = await signedInPage(chromium, 'editor@example.org', { locale: 'en-GB' });
      const errors = collectErrors(page);
      const screen = new RecordSigningScreen(page, chromium.url);
      await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Record a signing' }).click();
      await page.getByRole('heading', { level: 1, name: 'Record a signing' }).waitFor();
      await page.getByLabel('Kind of agreement').selectOption({ label: 'Memorandum' });
      await page.getByLabel('Signed on').fill('March 2026');
      await page.getByText('Read as March 2026', { exact: false }).waitFor();
      await screen.agreement().getByLabel('Title in English').fill(CHARLOTTE_TITLE);
      await screen.agreement().getByLabel('Title in Chinese').fill('深圳市与夏洛特市缔结友好城市关系备忘录');
      await screen.upgrade('Charlotte');
      await page.getByLabel('New type').selectOption({ label: 'Sister city' });

      const wang = screen.signatory(1);
      const person = wang.getByLabel('Person in the registry');
      await pick(person, 'Wang Shourui');
      // The title he held on the day comes from his position in the registry.
      await eventually(() => wang.getByLabel('Title in English').inputValue()).toBe('Vice Mayor of Shenzhen');
      const mayor = screen.signatory(2);
      await mayor.getByLabel('A new person').check();
      await mayor.getByLabel('Name in English').fill('Vi Lyles');
      await mayor.getByLabel('Name in Chinese').fill('维·莱尔斯');
      await mayor.getByLabel('Title in English').fill('Mayor of Charlotte');
      await eventually(() => mayor.getByLabel('Signed for').locator('option:checked').textContent()).toBe('Charlotte');

      await page.getByLabel('Address', { exact: true }).fill('https://example.org/shenzhen-charlotte-2026');
      await page.getByLabel('Title', { exact: true }).fill('Shenzhen and Charlotte become sister cities');
      await page.getByLabel('The words that say so').fill(CHARLOTTE_QUOTE);
      await screen.showPreview();
      const preview = screen.preview();
      const history = preview.getByRole('list', { name: "The tie's history" });
      expect(await history.getByRole('listitem').allTextContents()).toEqual([
        '16 March 2017 — Established: Friendly exchange city',
        'March 2026 — Type changed: Sister city',
      ]);
      expect(await preview.getByRole('list', { name: 'Signed by' }).getByRole('listitem').allTextContents()).toEqual([
        'Wang Shourui, Vice Mayor of Shenzhen (for Shenzhen)',
        'Vi Lyles, Mayor of Charlotte (for Charlotte)',
      ]);
      await settled(page);
      await expectAccessible(page, 'the record-a-signing screen (en)');
      await screenshot(page, `signing-charlotte-en-${backend}`);
      const partnerId = await screen.save();

      const visitor = await chromium.newPage({ locale: 'en-GB' });
      await new Portal(visitor, chromium.url).open(`/partners/${partnerId}`);
      await visitor.getByRole('heading', { level: 1, name: /Charlotte/ }).waitFor();
      const ties = visitor.getByRole('region', { name: 'The tie and its history' });
      await ties.getByText('Sister city', { exact: true }).first().waitFor();
      await ties.getByRole('listitem').filter({ hasText: 'March 2026 — Type changed: Sister city' }).waitFor();
      await ties.getByRole('listitem').filter({ hasText: '16 March 2017 — Established: Friendly exchange city' }).waitFor();
      const agreement = visitor.getByRole('listitem').filter({ has: visitor.getByRole('heading', { name: CHARLOTTE_TITLE }) });
      await agreement.getByText('Memorandum · March 2026').waitFor();
      await agreement.getByText(/Vi Lyles, Mayor of Charlotte/).waitFor();
      await visitor.getByText(CHARLOTTE_QUOTE).first().waitFor();
      await screenshot(visitor, `signing-charlotte-public-${backend}`);
      expect(errors).toEqual([]);
    });

    it('upgrades Vienna with a memorandum, a new signatory and a pasted text, in Chinese', async () => {
      const page = await signedInPage(chromium, 'editor@example.org', { locale: 'zh-CN' });
      const errors = collectErrors(page);
      const screen = new RecordSigningScreen(page, chromium.url);
      await screen.open();
      await page.getByLabel('签署日期').fill('2026年4月');
      await screen.agreement().getByLabel('中文标题').fill('深圳市与维也纳市缔结友好城市关系备忘录');
      await screen.upgrade('维也纳');
      await page.getByLabel('新类型').selectOption({ label: '友好城市' });
      const signer = screen.signatory(1);
      await signer.getByLabel('新人物').check();
      await signer.getByLabel('中文姓名').fill('黄敏');
      await signer.getByLabel('英文姓名').fill('Huang Min');
      await signer.getByLabel('中文职务').fill('深圳市副市长');
      await page.getByRole('button', { name: '删除签署人 2' }).click();
      await eventually(() => screen.signatory(2).count()).toBe(0);
      await page.getByLabel('粘贴文本并保存为来源').check();
      await page.getByLabel('文本', { exact: true }).fill(VIENNA_TEXT);
      await page.getByLabel('原文引述').fill('两市正式结为友好城市');
      await screen.showPreview();
      const preview = screen.preview();
      await preview.getByRole('listitem').filter({ hasText: '2026年4月 — 类型变更: 友好城市' }).waitFor();
      await preview.getByRole('listitem').filter({ hasText: '黄敏, 深圳市副市长 (代表深圳)' }).waitFor();
      await settled(page);
      await expectAccessible(page, 'the record-a-signing screen (zh)');
      await screenshot(page, `signing-vienna-zh-${backend}`);
      const partnerId = await screen.save();

      const tie = (
        (await call(chromium.url, 'GET', `/api/partnerships?place=${partnerId}`)).json.items as {
          type: string;
          history: { kind: string; date: string }[];
        }[]
      )[0]!;
      expect(tie.type).toBe('sister_city');
      expect(tie.history.map((h) => [h.kind, h.date])).toEqual([
        ['established', '2024-05-24'],
        ['type_changed', '2026-04'],
      ]);
      const visitor = await chromium.newPage({ locale: 'zh-CN' });
      await new Portal(visitor, chromium.url).open(`/partners/${partnerId}`);
      await visitor.getByRole('heading', { level: 1, name: /维也纳/ }).waitFor();
      await visitor.getByRole('listitem').filter({ hasText: '2026年4月 — 类型变更: 友好城市' }).waitFor();
      await visitor.getByRole('heading', { name: '深圳市与维也纳市缔结友好城市关系备忘录' }).waitFor();
      await visitor.getByText('两市正式结为友好城市').first().waitFor();
      expect(errors).toEqual([]);
    });

    it('names the field the server refuses, and saves nothing', async () => {
      const page = await signedInPage(chromium, 'editor@example.org', { locale: 'en-GB' });
      const agreements = async () => Number((await call(chromium.url, 'GET', '/api/agreements?limit=1&count=true')).json.total);
      const before = await agreements();
      expect(before).toBeGreaterThan(0);
      const screen = new RecordSigningScreen(page, chromium.url);
      await screen.open();
      await page.getByLabel('Signed on').fill('2026-13');
      await screen.agreement().getByLabel('Title in English').fill('A memorandum');
      await screen.upgrade('Charlotte');
      await page.getByRole('button', { name: 'Show what the public will see' }).click();
      await page.locator('#flow-signed-on-error').waitFor();
      expect(await page.getByLabel('Signed on').getAttribute('aria-invalid')).toBe('true');
      expect(await page.getByRole('button', { name: 'Save the signing' }).isDisabled()).toBe(true);
      expect(await screen.preview().count()).toBe(0);
      expect(await agreements()).toBe(before);
    });
  },
  {
    given: async (ctx, store) => {
      await loadDemo(ctx);
      await seedAccounts(store);
    },
  },
);
