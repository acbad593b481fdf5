import { expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { collectErrors, describeInChromium, eventually, expectAccessible, screenshot, settled } from '../support/browser.ts';
import { call, seedAccounts } from '../support/server.ts';
import { RecordSigningScreen } from './office-pages.ts';
import { Portal, pick, signedInPage } from './pages.ts';

const CHARLOTTE_TITLE = 'Memorandum on establishing sister-city relations between Shenzhen and Charlotte';
const CHARLOTTE_QUOTE = 'Shenzhen and Charlotte signed a memorandum in March 2026, becoming sister cities.';
/** A memorandum founding a tie with a place new to the registry, signed by a person new to it, as each language's screen reads it. */
const FOUNDING = {
  en: {
    locale: 'en-GB',
    place: { zh: '塔尔图', en: 'Tartu', country: 'EE', shown: 'Tartu' },
    signedOn: { typed: 'May 2026', stored: '2026-05', shown: 'May 2026' },
    title: 'Memorandum on friendly exchange between Shenzhen and Tartu',
    signer: { zh: '卡勒·萨尔', en: 'Kalle Saar', title: 'Mayor of Tartu', titleLabel: 'Title in English', shown: 'Kalle Saar' },
    quote: 'Shenzhen and Tartu signed a memorandum on friendly exchange in May 2026.',
    labels: {
      signedOn: 'Signed on',
      agreementTitle: 'Title in English',
      founds: 'Founds a new tie',
      find: 'Find the place by any name',
      newPlace: 'None of these: a new place',
      newPlaceGroup: 'The new place',
      placeZh: 'Name in Chinese',
      placeEn: 'Name in English',
      country: 'Country',
      type: 'Type',
      exchange: 'Friendly exchange city',
      newPerson: 'A new person',
      personZh: 'Name in Chinese',
      personEn: 'Name in English',
      side: 'Signed for',
      removeSecond: 'Remove signatory 2',
      pasteText: 'A text to paste and keep as a source',
      text: 'The text',
      quote: 'The words that say so',
      positions: 'Positions to be recorded',
      established: 'May 2026 — Established: Friendly exchange city',
      position: 'Kalle Saar — Mayor of Tartu, from May 2026 (for Tartu)',
      ties: 'The tie and its history',
    },
  },
  zh: {
    locale: 'zh-CN',
    place: { zh: '库塔伊西', en: 'Kutaisi', country: 'GE', shown: '库塔伊西' },
    signedOn: { typed: '2026年5月18日', stored: '2026-05-18', shown: '2026年5月18日' },
    title: '深圳市与库塔伊西市友好交流备忘录',
    signer: { zh: '周岚', en: 'Zhou Lan', title: '库塔伊西市副市长', titleLabel: '中文职务', shown: '周岚' },
    quote: '深圳市与库塔伊西市于2026年5月18日签署友好交流备忘录。',
    labels: {
      signedOn: '签署日期',
      agreementTitle: '中文标题',
      founds: '建立新的关系',
      find: '按任一名称查找地方',
      newPlace: '都不是：新地方',
      newPlaceGroup: '新地方',
      placeZh: '中文名称',
      placeEn: '英文名称',
      country: '国家',
      type: '类型',
      exchange: '友好交流城市',
      newPerson: '新人物',
      personZh: '中文姓名',
      personEn: '英文姓名',
      side: '代表',
      removeSecond: '删除签署人 2',
      pasteText: '粘贴文本并保存为来源',
      text: '文本',
      quote: '原文引述',
      positions: '将记录的职务',
      established: '2026年5月18日 — 建立: 友好交流城市',
      position: '周岚——库塔伊西市副市长，自2026年5月18日起 (代表库塔伊西)',
      ties: '关系及其历程',
    },
  },
} as const;

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

    for (const lang of ['en', 'zh'] as const) {
      it(`founds a tie with a new place by a memorandum, its new signatory holding the title as a position (${lang})`, async () => {
        const f = FOUNDING[lang];
        const l = f.labels;
        const page = await signedInPage(chromium, 'editor@example.org', { locale: f.locale });
        const errors = collectErrors(page);
        const screen = new RecordSigningScreen(page, chromium.url);
        await screen.open();
        await page.getByLabel(l.signedOn).fill(f.signedOn.typed);
        await screen.agreement().getByLabel(l.agreementTitle).fill(f.title);
        await page.getByLabel(l.founds).check();
        // Not a partner yet, nor in the registry: the search finds nothing of that name, and the place is described anew.
        await page.getByLabel(l.find).fill(f.place.en);
        await page.locator(`[role="status"][data-query="${f.place.en}"]`).waitFor();
        await page.getByLabel(l.newPlace).check();
        const place = page.getByRole('group', { name: l.newPlaceGroup });
        await place.getByLabel(l.placeZh).fill(f.place.zh);
        await place.getByLabel(l.placeEn).fill(f.place.en);
        await place.getByLabel(l.country).selectOption(f.place.country);
        await page.getByLabel(l.type, { exact: true }).selectOption({ label: l.exchange });

        await page.getByRole('button', { name: l.removeSecond }).click();
        await eventually(() => screen.signatory(2).count()).toBe(0);
        const signer = screen.signatory(1);
        await signer.getByLabel(l.newPerson).check();
        await signer.getByLabel(l.personZh).fill(f.signer.zh);
        await signer.getByLabel(l.personEn).fill(f.signer.en);
        await signer.getByLabel(f.signer.titleLabel).fill(f.signer.title);
        await signer.getByLabel(l.side).selectOption({ label: f.place.shown });

        await page.getByLabel(l.pasteText).check();
        await page.getByLabel(l.text, { exact: true }).fill(f.quote);
        await page.getByLabel(l.quote).fill(f.quote);
        await screen.showPreview();
        const preview = screen.preview();
        await preview.getByRole('listitem').filter({ hasText: l.established }).waitFor();
        expect(await preview.getByRole('list', { name: l.positions }).getByRole('listitem').allTextContents()).toEqual([l.position]);
        await settled(page);
        await expectAccessible(page, `the record-a-signing screen founding a tie (${lang})`);
        await screenshot(page, `signing-founds-${lang}-${backend}`);
        const partnerId = await screen.save();

        const tie = (
          (await call(chromium.url, 'GET', `/api/partnerships?place=${partnerId}`)).json.items as {
            type: string;
            established: string;
          }[]
        )[0]!;
        expect([tie.type, tie.established]).toEqual(['friendly_exchange_city', f.signedOn.stored]);
        const visitor = await chromium.newPage({ locale: f.locale });
        await new Portal(visitor, chromium.url).open(`/partners/${partnerId}`);
        await visitor.getByRole('heading', { level: 1, name: new RegExp(f.place.shown) }).waitFor();
        await visitor.getByRole('region', { name: l.ties }).getByRole('listitem').filter({ hasText: l.established }).waitFor();
        const agreement = visitor.getByRole('listitem').filter({ has: visitor.getByRole('heading', { name: f.title }) });
        await agreement.getByRole('link', { name: f.signer.shown }).click();
        await visitor.getByRole('heading', { level: 1, name: f.signer.shown }).waitFor();
        const office = visitor.getByRole('row').filter({ hasText: f.signer.title });
        await eventually(() => office.getByRole('cell').allTextContents()).toEqual([f.signer.title, f.place.shown, f.signedOn.shown, '']);
        await screenshot(visitor, `signing-founds-person-${lang}-${backend}`);
        expect(errors).toEqual([]);
      });
    }

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
