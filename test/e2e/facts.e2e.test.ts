import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { collectErrors, describeInChromium, eventually, expectAccessible, screenshot, SLOW } from '../support/browser.ts';
import { call, PASSWORD, seedAccounts, signIn, type Session } from '../support/server.ts';
import { DuplicatesPage, FactList, LoginForm, Portal, RecordEditor, type Stored } from './pages.ts';

describeInChromium(
  'facts, sources and duplicates in Chromium',
  (chromium) => {
    const { backend } = chromium;
    let editor: Session;
    const ids: Record<string, string> = {};

    async function newPage(email?: string, locale = 'en-GB'): Promise<Page> {
      const page = await chromium.newPage({ locale });
      if (email) await new LoginForm(page, chromium.url).signIn(email, PASSWORD);
      return page;
    }
    const api = async (method: string, path: string, body?: unknown) =>
      (await call(chromium.url, method, path, { session: editor, body })).json as Stored;

    beforeAll(async () => {
      const url = chromium.url;
      editor = await signIn(url, 'editor@example.org');
      ids.houston = ((await call(url, 'GET', '/api/places?q=Houston')).json.items as { id: string }[])[0]!.id;
      ids.houstonTie = ((await call(url, 'GET', `/api/partnerships?place=${ids.houston}`)).json.items as { id: string }[])[0]!.id;
      ids.moscow = ((await call(url, 'GET', '/api/places?q=Moscow&kind=city')).json.items as { id: string }[])[0]!.id;
    });

    it('shows Houston’s three dates as a conflict, with the office’s choice and its reason', async () => {
      const page = await newPage();
      const errors = collectErrors(page);
      await new Portal(page, chromium.url).open(`/partners/${ids.houston}`);
      const facts = new FactList(page);
      const established = facts.fact(/^Established: March 1986/);
      await established.waitFor();
      await eventually(() => established.getByText('Sources disagree').count()).toBe(1);
      const supports = established
        .getByRole('listitem')
        .filter({ has: page.getByText(/^✓ March 1986 — given by 1 source that supports the record$/) });
      await supports.getByRole('link', { name: 'Shenzhen story: friendship cities (sz.gov.cn)' }).waitFor();
      const april = established.getByRole('listitem').filter({ has: page.getByText(/^✗ April 1986 — given by 1 source that disagrees$/) });
      await april
        .getByText('Shenzhen FAO: the agreement establishing the friendship-city relationship was signed in April 1986.')
        .waitFor();
      const october = established
        .getByRole('listitem')
        .filter({ has: page.getByText(/^✗ October 1989 — given by 1 source that disagrees$/) });
      await october.getByRole('link', { name: /Wikipedia/ }).waitFor();
      await established.getByText(/^✓ 1986 — given by 1 source that supports the record$/).waitFor();
      await established.getByText('The office chose: March 1986').waitFor();
      await established.getByText(/The city government’s own account \(sz\.gov\.cn\)/).waitFor();
      // The public sees the choice but cannot change it.
      expect(await established.getByText('Change the choice or its reason').count()).toBe(0);
      await screenshot(page, `facts-houston-${backend}`);
      await expectAccessible(page, 'Houston’s page with its facts');
      expect(errors).toEqual([]);
    });

    it('shows the conflicts found with the 2025 partners: Porto’s three years', async () => {
      const page = await newPage();
      const porto = ((await call(chromium.url, 'GET', '/api/places?q=Porto')).json.items as { id: string }[])[0]!.id;
      await new Portal(page, chromium.url).open(`/partners/${porto}`);
      const established = new FactList(page).fact(/^Established: 2016/);
      await established.waitFor();
      await eventually(() => established.getByText('Sources disagree').count()).toBe(1);
      await established.getByText(/^✓ 2016 — given by 1 source that supports the record$/).waitFor();
      await established.getByText(/^✗ October 2018 — given by 1 source that disagrees$/).waitFor();
      await established.getByText(/^✗ 2014 — given by 1 source that disagrees$/).waitFor();
      await established.getByText('Hoje Macau on Porto and Shenzhen, “irmãs desde 2014”').waitFor();
      await page.close();
    });

    it('lets an editor change the reason, on the partner page and in the workspace', async () => {
      const page = await newPage('editor@example.org', 'zh-CN');
      await new Portal(page, chromium.url).open(`/partners/${ids.houston}`);
      const facts = new FactList(page);
      const established = facts.fact(/^建立日期：1986年3月/);
      await established.getByText('来源说法不一').waitFor();
      await established.getByText('修改采用的数值或理由').click();
      const form = established.getByRole('form', { name: '采用的数值：建立日期' });
      await eventually(() => form.getByRole('radio', { name: '1986年3月' }).isChecked()).toBe(true);
      await form.getByLabel('理由').fill('市政府自己的说法（sz.gov.cn）：1986年3月休斯敦建市150周年时缔结。');
      await form.getByRole('button', { name: '保存修改' }).click();
      await form.getByRole('status').filter({ hasText: '已保存外办的选择。' }).waitFor();
      await established.getByText('理由： 市政府自己的说法（sz.gov.cn）：1986年3月休斯敦建市150周年时缔结。').waitFor();
      await screenshot(page, `facts-houston-changed-zh-${backend}`);

      const sheet = (await call(chromium.url, 'GET', `/api/facts?entity=partnership&id=${ids.houstonTie}`)).json as {
        facts: { field: string; decision: { value: string; reason: string; decidedBy: string } }[];
      };
      expect(sheet.facts.find((f) => f.field === 'established')!.decision).toMatchObject({
        value: '1986-03',
        reason: '市政府自己的说法（sz.gov.cn）：1986年3月休斯敦建市150周年时缔结。',
        decidedBy: 'editor@example.org',
      });

      // The tie's editor shows the same fact, and changes it the same way.
      await new RecordEditor(page, chromium.url).open('partnerships', ids.houstonTie);
      const inEditor = new FactList(page).fact(/^建立日期：1986年3月/);
      await inEditor.getByText('外办采用：1986年3月').waitFor();
      await inEditor.getByText('修改采用的数值或理由').click();
      await inEditor.getByLabel('理由').fill('The city government’s own account, confirmed by the office.');
      await inEditor.getByRole('button', { name: '保存修改' }).click();
      await inEditor.getByText('理由： The city government’s own account, confirmed by the office.').waitFor();
      await expectAccessible(page, 'the tie’s editor with its facts');
    });

    it('shows Moscow as a likely duplicate while Moskva (RU) is created, and after', async () => {
      const page = await newPage('editor@example.org');
      const form = new RecordEditor(page, chromium.url);
      await form.open('places');
      await page.getByRole('group', { name: 'Names', exact: true }).getByLabel('English').fill('Moskva');
      await page.getByRole('combobox', { name: /^Country/ }).selectOption('RU');
      const likely = page.getByRole('region', { name: 'Likely a duplicate of 1 record' });
      await eventually(() => likely.getByRole('link', { name: 'Moscow' }).getAttribute('href')).toBe(`/staff/records/places/${ids.moscow}`);
      await eventually(() => likely.textContent()).toMatch(/Moscow — same country, names match/);
      await screenshot(page, `duplicates-moskva-draft-${backend}`);
      await form.save();
      await form.saved().waitFor();
      const after = page.getByRole('region', { name: 'Likely a duplicate of 1 record' });
      await after.getByText('The new record was saved; it is likely a copy of the records below.').waitFor();
      await after.getByRole('link', { name: 'Moscow' }).waitFor();
      await after.getByRole('link', { name: 'Merge them on the likely duplicates page' }).waitFor();
      await expectAccessible(page, 'a new place with its likely duplicate');
    });

    it('merges two test places on the duplicates page, and an administrator undoes the merge', async () => {
      const a = await api('POST', '/api/places', { kind: 'city', names: { en: 'Zelenograd' }, country: 'RU' });
      const b = await api('POST', '/api/places', { kind: 'city', names: { ru: 'Зеленоград' }, country: 'RU' });
      const tie = await api('POST', '/api/partnerships', {
        placeAId: ids.moscow,
        placeBId: b.id,
        history: [{ kind: 'established', date: '2020', type: 'cooperation' }],
      });

      const page = await newPage('editor@example.org');
      await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Likely duplicates' }).click();
      const duplicates = new DuplicatesPage(page);
      // Finding every pair reads the whole name index: it takes a second or more, and longer while the machine is busy.
      const pair = duplicates.pair('Zelenograd', 'Зеленоград');
      await pair.waitFor(SLOW);
      await eventually(() => pair.textContent()).toMatch(/same country, names match after transliteration/);
      await pair.getByRole('radio', { name: /^Zelenograd/ }).check();
      await pair.getByRole('button', { name: 'Merge “Зеленоград” into “Zelenograd”' }).click();
      await page
        .getByRole('dialog', { name: 'Merge “Зеленоград” into “Zelenograd”?' })
        .getByRole('button', { name: 'Merge', exact: true })
        .click();
      await page.getByRole('status').filter({ hasText: 'Merged “Зеленоград” into “Zelenograd”' }).waitFor();
      await pair.waitFor({ state: 'detached', ...SLOW });
      const row = duplicates.merge('Zelenograd');
      await row.getByText('only administrators can undo it').waitFor();
      expect((await api('GET', `/api/partnerships/${tie.id}`)).placeBId).toBe(a.id);
      expect((await call(chromium.url, 'GET', `/api/places/${b.id}`)).status).toBe(404);
      await screenshot(page, `duplicates-merged-${backend}`);
      await expectAccessible(page, 'the duplicates page');

      const admin = await newPage('admin@example.org', 'zh-CN');
      // The page's first list of pairs, answered before the undo, reaches the browser only after it:
      // the undo must ask again rather than wait for that answer, which lacks the pair.
      let undone = () => {};
      const afterUndo = new Promise<void>((resolve) => {
        undone = resolve;
      });
      let held = 0;
      await admin.route('**/api/duplicates?*', async (route) => {
        if (held++ > 0) return route.continue();
        const early = await route.fetch();
        await afterUndo;
        await route.fulfill({ response: early });
      });
      await admin.goto(`${chromium.url}/staff/duplicates`);
      const adminPage = new DuplicatesPage(admin);
      await adminPage.merge('Zelenograd').getByRole('button', { name: '撤销：恢复“Зеленоград”' }).click();
      const undoAnswer = admin.waitForResponse((r) => r.url().includes('/undo') && r.request().method() === 'POST');
      await admin.getByRole('dialog', { name: '撤销“Зеленоград”的合并？' }).getByRole('button', { name: '撤销合并', exact: true }).click();
      expect((await undoAnswer).status()).toBe(200);
      undone();
      await admin.getByRole('status').filter({ hasText: '已撤销合并' }).waitFor();
      await adminPage.merge('Zelenograd').getByText('已撤销').waitFor();
      await adminPage.pair('Zelenograd', 'Зеленоград').waitFor(SLOW);
      expect((await api('GET', `/api/partnerships/${tie.id}`)).placeBId).toBe(b.id);
      expect((await call(chromium.url, 'GET', `/api/places/${b.id}`)).status).toBe(200);
      await screenshot(admin, `duplicates-undone-zh-${backend}`);
      await expectAccessible(admin, 'the duplicates page (zh)');
    }, 180_000);
  },
  {
    given: async (ctx, store) => {
      await loadDemo(ctx);
      await seedAccounts(store);
    },
  },
);
