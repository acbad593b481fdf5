import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/load-demo.ts';
import type { Dashboard } from '../../src/services/dashboard.service.ts';
import { collectErrors, describeInChromium, eventually, screenshot } from '../support/browser.ts';
import { call, seedAccounts, signIn, type Session } from '../support/server.ts';
import { auditEveryPage, pick, Portal, RecordEditor, VisitPlanner, type Stored, signedInPage } from './pages.ts';

describeInChromium(
  'the staff workspace in Chromium',
  (chromium) => {
    const { backend } = chromium;
    let editor: Session;
    const ids: Record<string, string> = {};
    const api = async (method: string, path: string, body?: unknown, version?: number) =>
      (await call(chromium.url, method, path, { session: editor, body, headers: version ? { 'if-match': `"${version}"` } : {} }))
        .json as Stored;

    beforeAll(async () => {
      editor = await signIn(chromium.url, 'editor@example.org');
      const first = async (path: string) => ((await call(chromium.url, 'GET', path)).json.items as { id: string }[])[0]!.id;
      ids.home = await first('/api/places?q=Shenzhen&kind=city');
      ids.source = await first('/api/sources?limit=1&sort=name');
      ids.testville = (
        await api('POST', '/api/places', {
          kind: 'city',
          names: { en: 'Testville', zh: '测试市' },
          country: 'FR',
          coordinates: { lat: 48.1, lng: 2.3 },
        })
      ).id;
    });

    it('signs in and draws the dashboard’s charts with the registry’s numbers', async () => {
      const page = await signedInPage(chromium, 'editor@example.org');
      const errors = collectErrors(page);
      const d = (await call(chromium.url, 'GET', `/api/dashboard?home=${ids.home}`, { session: editor })).json as unknown as Dashboard;
      await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
      await eventually(() => page.locator('.chart[data-drawn="true"] svg').count()).toBe(3);
      const continents = page.getByRole('region', { name: 'Partners by continent' });
      await eventually(() => continents.locator('svg text').allTextContents()).toEqual(
        expect.arrayContaining(Object.values(d.byContinent).map(String)),
      );
      const comparison = page.getByRole('region', { name: 'The registry against the latest published figure' });
      await eventually(() => comparison.locator('svg text').allTextContents()).toEqual(
        expect.arrayContaining([String(d.places), String(d.published!.places), String(d.countries), String(d.published!.countries)]),
      );
      const growth = page.getByRole('region', { name: 'Partners over time, by type' });
      await growth.getByText('The figures as a table').click();
      const lastRow = growth.locator('tbody tr').last();
      await eventually(() => lastRow.locator('th').textContent()).toBe(String(d.byYear.at(-1)!.year));
      await eventually(() => lastRow.locator('td').last().textContent()).toBe(String(d.places));
      await eventually(() => growth.locator('svg text').allTextContents()).toContain(String(d.byYear[0]!.year));
      const quiet = page.getByRole('region', { name: 'Partners with no event in three years' });
      await eventually(() => quiet.getByRole('listitem').count()).toBe(d.quiet.length);
      const anniversaries = page.getByRole('region', { name: 'Round anniversaries in the next twelve months' });
      await eventually(() => anniversaries.getByRole('listitem').count()).toBe(d.anniversaries.length);
      await screenshot(page, `workspace-dashboard-${backend}`);
      expect(errors).toEqual([]);
    });

    it('says what is wrong in the user’s language', async () => {
      const page = await signedInPage(chromium, 'editor@example.org', { locale: 'zh-CN' });
      const form = new RecordEditor(page, chromium.url);
      await form.open('places');
      await form.save();
      const summary = page.getByRole('alert');
      await summary.getByText('有2处需要修改').waitFor();
      await summary.getByText('名称: 请至少填写一个名称。').waitFor();
      await summary.getByText('国家: 请选择国家。').waitFor();
      await page.getByRole('group', { name: '名称', exact: true }).getByLabel('English').fill('Bad<script>');
      await form.save();
      await summary
        .getByText(/名称只能包含文字/)
        .first()
        .waitFor();
      await screenshot(page, `workspace-validation-zh-${backend}`);
    });

    it('creates a partnership in the editor and cites a source for it', async () => {
      const page = await signedInPage(chromium, 'editor@example.org');
      const form = new RecordEditor(page, chromium.url);
      await form.open('partnerships');
      await pick(page.getByRole('combobox', { name: /^Home side/ }), 'Shenzhen');
      await pick(page.getByRole('combobox', { name: /^Partner/ }), 'Testville');
      await page.getByRole('button', { name: 'Add to “History”' }).click();
      const step = page.getByRole('group', { name: 'History 1' });
      await step.getByLabel('Kind').selectOption('established');
      await step.getByLabel('Date', { exact: true }).fill('2025-09');
      await step.getByLabel('Type').selectOption('sister_city');
      await page.getByRole('group', { name: 'Areas of cooperation' }).getByLabel('Culture').check();
      await form.save();
      await form.saved().waitFor();
      // The editor moves to the new record's address once it is saved.
      await page.waitForURL(/\/staff\/records\/partnerships\/pt_\w+$/);
      const id = /\/staff\/records\/partnerships\/(pt_\w+)$/.exec(page.url())?.[1];
      expect(id).toBeTruthy();

      const cite = page.getByRole('form', { name: 'Cite a source' });
      await cite.getByLabel('Source', { exact: true }).selectOption(ids.source!);
      await cite.getByLabel('For').selectOption({ label: 'Established' });
      await cite.getByLabel('Quote').fill('Testville and Shenzhen became sister cities in September 2025.');
      await cite.getByLabel('The value this source gives').fill('2025-09');
      await cite.getByRole('button', { name: 'Add the citation' }).click();
      await page.getByRole('status').filter({ hasText: 'The citation was added.' }).waitFor();
      await page
        .getByRole('region', { name: 'Sources cited' })
        .locator('blockquote', { hasText: 'became sister cities in September 2025' })
        .waitFor();
      await page.getByRole('region', { name: 'History' }).getByText('Created').waitFor();
      await screenshot(page, `workspace-partnership-created-${backend}`);

      const stored = (await call(chromium.url, 'GET', `/api/partnerships/${id}`)).json as Stored & {
        citations: { field: string; quote: string }[];
      };
      expect(stored).toMatchObject({
        placeAId: ids.home,
        placeBId: ids.testville,
        type: 'sister_city',
        established: '2025-09',
        areas: ['culture'],
      });
      expect(stored.citations).toEqual([
        expect.objectContaining({
          sourceId: ids.source,
          field: 'established',
          value: '2025-09',
          quote: 'Testville and Shenzhen became sister cities in September 2025.',
        }),
      ]);
    });

    it('shows both edits side by side when a save meets a newer version, and merges or discards them', async () => {
      const place = await api('POST', '/api/places', { kind: 'city', names: { en: 'Conflictville' }, country: 'DE' });
      const alice = await signedInPage(chromium, 'editor@example.org');
      const bob = await signedInPage(chromium, 'admin@example.org');
      for (const page of [alice, bob]) await new RecordEditor(page, chromium.url).open('places', place.id);

      await alice.getByRole('group', { name: 'Names', exact: true }).getByLabel('English').fill('Conflictville-on-Sea');
      await new RecordEditor(alice, chromium.url).save();
      await new RecordEditor(alice, chromium.url).saved().waitFor();

      await bob.getByRole('group', { name: 'Names', exact: true }).getByLabel('English').fill('Conflict City');
      await bob.getByLabel('Note').fill('Twinned through the chamber of commerce.');
      await new RecordEditor(bob, chromium.url).save();
      const panel = bob
        .getByRole('alert')
        .filter({ has: bob.getByRole('heading', { name: 'Someone else saved this record while you were editing' }) });
      await panel.waitFor();
      const names = panel.getByRole('row', { name: /^Names/ });
      await eventually(() => names.textContent()).toContain('Conflictville-on-Sea');
      await eventually(() => names.textContent()).toContain('Conflict City');
      await eventually(() => panel.getByRole('row', { name: /^Note/ }).textContent()).toContain('Twinned through the chamber of commerce.');
      expect((await api('GET', `/api/places/${place.id}`)).version).toBe(2);
      await screenshot(bob, `workspace-conflict-${backend}`);

      await panel.getByRole('group', { name: 'Which to keep for Names' }).getByLabel('theirs').check();
      await panel.getByRole('button', { name: 'Merge and save' }).click();
      await new RecordEditor(bob, chromium.url).saved().waitFor();
      const merged = await api('GET', `/api/places/${place.id}`);
      expect(merged).toMatchObject({ version: 3, names: { en: 'Conflictville-on-Sea' }, note: 'Twinned through the chamber of commerce.' });

      // Alice's form is still at version 2: her next save meets Bob's merge, and she drops her edit.
      await alice.getByLabel('Note').fill('A note Alice will discard.');
      await new RecordEditor(alice, chromium.url).save();
      await alice.getByRole('button', { name: 'Discard my edit' }).click();
      await alice.getByRole('status').filter({ hasText: 'Your edit was discarded' }).waitFor();
      await eventually(() => alice.getByLabel('Note').inputValue()).toBe('Twinned through the chamber of commerce.');
      expect((await api('GET', `/api/places/${place.id}`)).version).toBe(3);
    });

    it('plans a visit, reorders its stops and prints the programme in both languages', async () => {
      const page = await signedInPage(chromium, 'editor@example.org');
      const planner = new VisitPlanner(page, chromium.url);
      await planner.openNew();
      await page.getByLabel('Incoming or outgoing').selectOption('outgoing_visit');
      const titles = page.getByRole('group', { name: 'Titles' });
      await titles.getByLabel('中文').fill('深圳市代表团访问莫斯科');
      await titles.getByLabel('English').fill('Shenzhen delegation visits Moscow');
      await page.getByLabel('Start', { exact: true }).fill('2026-12-01');
      await page.getByLabel('End', { exact: true }).fill('2026-12-03');
      await page.getByRole('button', { name: 'Add a member' }).click();
      await pick(page.getByLabel('Delegation member 1'), 'Wang Shourui');
      await planner.addStop('会见莫斯科市政府', 'Meeting at the Moscow City Government', '2026-12-01');
      await planner.addStop('参观莫斯科地铁', 'Visit to the Moscow Metro', '2026-12-02');
      await planner.addStop('交通合作座谈会', 'Transport cooperation round table', '2026-12-01');
      await planner.stop(3).getByRole('button', { name: 'Move stop 3 up' }).click();
      await page.getByRole('button', { name: 'Save the visit' }).click();
      await page.getByRole('status').filter({ hasText: 'Saved (version 1).' }).waitFor();
      await page.waitForURL(/\/staff\/visits\/ev_\w+$/);
      const id = /\/staff\/visits\/(ev_\w+)$/.exec(page.url())![1]!;
      const stored = (await api('GET', `/api/events/${id}`)) as Stored & {
        itinerary: { title: { en: string } }[];
        participants: { delegation: string }[];
      };
      expect(stored.itinerary.map((s) => s.title.en)).toEqual([
        'Meeting at the Moscow City Government',
        'Transport cooperation round table',
        'Visit to the Moscow Metro',
      ]);
      expect(stored.participants).toEqual([expect.objectContaining({ delegation: 'head' })]);
      await screenshot(page, `workspace-visit-planner-${backend}`);

      await page.getByRole('link', { name: 'Programme for printing' }).click();
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.emulateMedia({ media: 'print' });
      await eventually(() => page.locator('.site-header').isVisible()).toBe(false);
      await eventually(() => page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
      const rows = page.getByRole('region', { name: /Itinerary/ }).locator('tbody tr');
      await eventually(() => rows.count()).toBe(3);
      await rows.nth(2).getByText('Visit to the Moscow Metro').waitFor();
      await eventually(() => rows.allTextContents()).toEqual([
        expect.stringMatching(/^12026年12月1日 \/ 1 December 2026会见莫斯科市政府Meeting at the Moscow City Government/),
        expect.stringMatching(/^22026年12月1日 \/ 1 December 2026交通合作座谈会Transport cooperation round table/),
        expect.stringMatching(/^32026年12月2日 \/ 2 December 2026参观莫斯科地铁Visit to the Moscow Metro/),
      ]);
      await page.getByText('深圳市代表团访问莫斯科').waitFor();
      await page.getByText('Shenzhen delegation visits Moscow').waitFor();
      await page.getByText('王守睿').waitFor();
      await screenshot(page, `workspace-programme-print-${backend}`);
      await page.emulateMedia({ media: 'screen' });
    });

    it('lets an administrator create an account and change its role', async () => {
      const page = await signedInPage(chromium, 'admin@example.org');
      await page.getByRole('link', { name: 'Accounts' }).click();
      const form = page.getByRole('form', { name: 'New account' });
      await form.getByLabel('E-mail').fill('officer@example.org');
      await form.getByLabel('Role').selectOption('viewer');
      await form.getByLabel('Password').fill('a long enough password');
      await form.getByRole('button', { name: 'Create the account' }).click();
      await page.getByRole('status').filter({ hasText: 'The account officer@example.org was created.' }).waitFor();
      await page.getByLabel('Role of officer@example.org').selectOption('editor');
      // A role change asks first and says what it changes.
      await page.getByRole('dialog').getByRole('button', { name: 'Change the role' }).click();
      await page.getByRole('status').filter({ hasText: 'The account officer@example.org was changed.' }).waitFor();
      const admin = await signIn(chromium.url, 'admin@example.org');
      const users = (await call(chromium.url, 'GET', '/api/users', { session: admin })).json.items as { email: string; role: string }[];
      expect(users.find((u) => u.email === 'officer@example.org')?.role).toBe('editor');
      await screenshot(page, `workspace-accounts-${backend}`);
    });

    describe('passes axe-core on every workspace page, in both languages', () => {
      let page: Page;
      let portal: Portal;
      let visit = '';
      const pages: [string, () => string][] = [
        ['dashboard', () => '/staff'],
        ['places', () => '/staff/records/places'],
        ['place', () => `/staff/records/places/${ids.testville}`],
        ['new-partnership', () => '/staff/records/partnerships/new'],
        ['new-event', () => '/staff/records/events/new'],
        ['visits', () => '/staff/visits'],
        ['planner', () => `/staff/visits/${visit}`],
        ['programme', () => `/staff/visits/${visit}/programme`],
        ['accounts', () => '/staff/users'],
        ['login', () => '/login'],
      ];
      beforeAll(async () => {
        page = await signedInPage(chromium, 'admin@example.org');
        portal = new Portal(page, chromium.url);
        visit = ((await call(chromium.url, 'GET', '/api/events?kind=incoming_visit&q=Moscow')).json.items as { id: string }[])[0]!.id;
      });
      auditEveryPage(
        pages,
        (name) => `workspace-${name}-${backend}`,
        () => portal,
      );
    });
  },
  {
    given: async (ctx, store) => {
      await loadDemo(ctx);
      await seedAccounts(store);
    },
  },
);
