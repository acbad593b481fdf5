import { readFileSync, statSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { continentOf, type CountryCode } from '../../src/domain/countries.ts';
import type { HistoryEntryInput } from '../../src/records/partnership/partnership.schema.ts';
import { partnerships, places } from '../../src/services/records.service.ts';
import { collectErrors, describeInChromium, eventually, screenshot, SLOW } from '../support/browser.ts';
import { call, seedAccounts, signIn, type Session } from '../support/server.ts';
import { HealthPage, LiaisonDirectory, OfficeCalendar, ReportsPage, VisitFile } from './office-pages.ts';
import { auditEveryPage, Portal, RecordEditor, type Stored, signedInPage } from './pages.ts';

interface Health {
  partnershipId: string;
  type: string;
  partner: { names: { en: string }; country: string };
  dimensions: { dimension: string; points: number; value: number }[];
}

/** A day as the browser's calendar has it, some days from today. */
const dayFromToday = (days: number) => {
  const now = new Date();
  const local = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate() + days));
  return local.toISOString().slice(0, 10);
};

describeInChromium(
  'the office’s year in the workspace',
  (chromium) => {
    const { backend } = chromium;
    let editor: Session;
    const ids: Record<string, string> = {};
    const api = async (method: string, path: string, body?: unknown, version?: number) =>
      (await call(chromium.url, method, path, { session: editor, body, headers: version ? { 'if-match': `"${version}"` } : {} }))
        .json as Stored;
    const tieWith = async (name: string) => {
      const place = ((await api('GET', `/api/places?q=${encodeURIComponent(name)}&kind=city`)).items as { id: string }[])[0]!.id;
      return ((await api('GET', `/api/partnerships?place=${place}`)).items as Stored[])[0]!;
    };

    beforeAll(async () => {
      editor = await signIn(chromium.url, 'editor@example.org');
      ids.home = ((await api('GET', '/api/places?q=Shenzhen&kind=city')).items as { id: string }[])[0]!.id;
      const moscow = await tieWith('Moscow');
      ids.moscowTie = moscow.id;
      ids.kazanTie = (await tieWith('Kazan')).id;
      ids.visit = ((await api('GET', '/api/events?kind=incoming_visit&q=Moscow')).items as { id: string }[])[0]!.id;
      // What the walks need but do not test: an agreement ending soon, undecided, and a liaison contact in Moscow.
      const memo = ((await api('GET', '/api/agreements?q=Moscow')).items as Stored[])[0]!;
      ids.memo = memo.id;
      ids.expires = dayFromToday(40);
      await api('PATCH', `/api/agreements/${memo.id}`, { expiresOn: ids.expires, renewal: { decision: 'undecided' } }, memo.version);
      await api(
        'PATCH',
        `/api/partnerships/${moscow.id}`,
        {
          contacts: [
            {
              id: 'c1',
              side: 'b',
              name: 'Anna Petrova',
              title: 'Protocol officer',
              organisation: 'Moscow City Government',
              email: 'a.petrova@example.org',
              languages: ['ru', 'en'],
              since: '2024-03',
            },
          ],
        },
        moscow.version,
      );
    });

    it('walks through the calendar: anniversaries at their precision, a renewal decided, a calendar address', async () => {
      const page = await signedInPage(chromium, 'editor@example.org', { acceptDownloads: true });
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: chromium.url });
      const errors = collectErrors(page);
      const calendar = new OfficeCalendar(page, chromium.url);
      await calendar.open();

      await calendar.goToMonth('2029-03');
      await page.getByRole('heading', { level: 2, name: 'March 2029' }).waitFor();
      await calendar
        .day('6 March 2029')
        .getByRole('link', { name: '5 years of Shenzhen and Moscow as friendly exchange cities' })
        .waitFor();
      await screenshot(page, `office-calendar-2029-03-${backend}`);

      await calendar.goToMonth('2024-10');
      await page.getByRole('heading', { level: 2, name: 'October 2024' }).waitFor();
      await calendar.yearBand(2024).getByText('75 years of diplomatic relations between China and Russia').waitFor();
      // Known to the year only: it sits above the grid, on no day.
      expect(await page.getByRole('table').getByText('75 years of diplomatic relations').count()).toBe(0);

      await calendar.showList();
      const title = 'Memorandum of Understanding on Friendly Exchange and Cooperation between Shenzhen and Moscow';
      const expiry = page.getByRole('listitem').filter({ has: calendar.renewalForm(title) });
      await expiry.getByText('renewal not yet decided').waitFor();
      const renewal = calendar.renewalForm(title);
      await renewal.getByLabel('Renewal decision').selectOption('renew');
      await renewal.getByRole('button', { name: 'Record the decision' }).click();
      await renewal.getByRole('status').filter({ hasText: 'The renewal decision was recorded: renew.' }).waitFor();
      await expiry.getByText('to be renewed').waitFor();
      const memo = await api('GET', `/api/agreements/${ids.memo}`);
      expect(memo).toMatchObject({ expiresOn: ids.expires, renewal: { decision: 'renew', decidedOn: dayFromToday(0) } });
      await screenshot(page, `office-calendar-list-${backend}`);

      await page.getByRole('button', { name: 'Make my calendar address' }).click();
      const address = page.getByLabel('Calendar address');
      await eventually(() => address.inputValue()).toMatch(/\/api\/calendar\.ics\?token=cal_[\w-]{20,}&lang=en$/);
      const url = await address.inputValue();
      await page.getByRole('button', { name: 'Copy', exact: true }).click();
      await page.getByRole('status').filter({ hasText: 'The address was copied.' }).waitFor();
      await eventually(() =>
        page.evaluate(() =>
          (globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }).navigator.clipboard.readText(),
        ),
      ).toBe(url);
      const feed = await fetch(url);
      expect(feed.headers.get('content-type')).toMatch(/^text\/calendar/);
      expect(await feed.text()).toContain('BEGIN:VCALENDAR');
      expect(errors).toEqual([]);
    });

    it('shows the calendar in Chinese, the year-only anniversary as its year', async () => {
      const page = await signedInPage(chromium, 'viewer@example.org', { locale: 'zh-CN', acceptDownloads: true });
      const calendar = new OfficeCalendar(page, chromium.url);
      await calendar.open();
      await calendar.goToMonth('2029-03');
      await calendar.day('2029年3月6日').getByText('深圳与莫斯科结为友好交流城市5周年').waitFor();
      await calendar.goToMonth('2024-01');
      await page.getByRole('heading', { level: 2, name: '2024年1月' }).waitFor();
      await calendar.yearBand(2024).getByText('中国与俄罗斯建交75周年').waitFor();
      // A viewer reads the reminders but decides nothing: the list is shown with its reminders, and no form.
      await calendar.showList();
      expect(await page.getByRole('button', { name: '保存决定' }).count()).toBe(0);
      await screenshot(page, `office-calendar-zh-${backend}`);
    });

    it('ranks the ties by health with Moscow’s breakdown, and a suspension leaves the home page’s count', async () => {
      const page = await signedInPage(chromium, 'editor@example.org', { acceptDownloads: true });
      const errors = collectErrors(page);
      const expected = (await api('GET', `/api/health?home=${ids.home}`)).items as unknown as Health[];
      const moscow = expected.find((h) => h.partner.names.en === 'Moscow')!;
      const health = new HealthPage(page, chromium.url);
      await health.open();
      await health.showDetails('Moscow');
      const breakdown = health.breakdown('Moscow');
      for (const d of moscow.dimensions) {
        const row = breakdown.getByRole('row', { name: new RegExp(`^${d.dimension}`, 'i') });
        await eventually(() => row.getByRole('cell').nth(0).textContent(), d.dimension).toBe(String(d.points));
        await eventually(() => row.getByRole('cell').nth(1).textContent(), d.dimension).toBe(String(d.value));
      }
      await breakdown
        .getByRole('row', { name: /^Breadth/ })
        .getByText('cooperation areas with events in the last five years: 6')
        .waitFor();
      await breakdown
        .getByRole('row', { name: /^Length/ })
        .getByText(/years since 6 March 2024$/)
        .waitFor();
      await health.card('Moscow').locator('.chart[data-drawn="true"] svg').waitFor();
      await eventually(() => health.card('Moscow').locator('.chart svg text').allTextContents()).toContain('2024');
      await screenshot(page, `office-health-${backend}`);
      await health.closeDetails('Moscow');

      // The filters work in the page: each is awaited through the count of ties the page announces.
      const european = expected.filter((h) => continentOf(h.partner.country as CountryCode) === 'EU');
      const europeanSister = european.filter((h) => h.type === 'sister_city');
      expect(europeanSister.length).toBeLessThan(european.length);
      await health.filter('Continent', 'EU');
      await health.count(european.length).waitFor();
      await health.row('Moscow').waitFor();
      await health.filter('Type', 'sister_city');
      await health.count(europeanSister.length).waitFor();
      await eventually(() => health.row('Moscow').count()).toBe(0);
      await health.filter('Type', '');
      await health.filter('Continent', '');
      await health.count(expected.length).waitFor();

      const home = new Portal(page, chromium.url);
      const before = (await call(chromium.url, 'GET', `/api/stats?home=${ids.home}`)).json as { places: number };
      const form = await health.changeStatus('Kazan', 'suspended');
      await form.getByText('A suspension needs its reason.').waitFor();
      await form.getByLabel(/^Reason/).fill('Exchanges paused by both sides');
      await form.getByRole('button', { name: 'Change the status' }).click();
      await page.getByRole('dialog', { name: 'Mark this tie suspended?' }).getByRole('button', { name: 'Yes, change the status' }).click();
      await page.getByRole('status').filter({ hasText: 'The status was changed: suspended.' }).waitFor();
      await page.getByRole('region', { name: 'Suspended and ended ties' }).getByText('Exchanges paused by both sides').waitFor();
      await eventually(() => health.row('Kazan').count()).toBe(0);

      await home.open('/');
      const figures = page.getByRole('region', { name: 'The network in figures' });
      await figures.getByText('1 suspended tie is not counted in these figures.').waitFor();
      const partners = figures.locator('dt', { hasText: /^Partners$/ }).locator('xpath=following-sibling::dd');
      await eventually(() => partners.textContent()).toBe(String(before.places - 1));
      await screenshot(page, `office-home-suspended-${backend}`);

      await page.goto(`${chromium.url}/staff/records/partnerships/${ids.kazanTie}`);
      const status = page.getByRole('region', { name: 'Status' });
      await status.getByText('The tie is suspended now.').waitFor();
      await status
        .getByRole('listitem')
        .filter({ hasText: 'Status changed' })
        .filter({ hasText: 'Exchanges paused by both sides' })
        .waitFor();
      const stored = (await api('GET', `/api/partnerships/${ids.kazanTie}`)) as Stored & {
        status: string;
        history: { kind: string; status: string; note: string }[];
      };
      expect(stored.status).toBe('suspended');
      expect(stored.history.at(-1)).toMatchObject({ kind: 'status_changed', status: 'suspended', note: 'Exchanges paused by both sides' });
      await screenshot(page, `office-tie-status-${backend}`);
      expect(errors).toEqual([]);
    });

    it('hands a liaison contact over in the directory, keeping both', async () => {
      const page = await signedInPage(chromium, 'editor@example.org', { acceptDownloads: true });
      const directory = new LiaisonDirectory(page, chromium.url);
      await directory.open();
      await page.getByText('The directory is internal').waitFor();
      const tie = directory.tie('Shenzhen', 'Moscow');
      await tie.getByRole('group', { name: 'Their side: Moscow' }).getByRole('listitem', { name: 'Anna Petrova' }).waitFor();
      await directory.handOver('Anna Petrova', '2026-06-30', { name: 'Ivan Sokolov', email: 'i.sokolov@example.org' });
      await page.getByRole('status').filter({ hasText: 'Anna Petrova handed over to Ivan Sokolov.' }).waitFor();
      const anna = directory.contact('Anna Petrova');
      await anna.getByText('past', { exact: true }).waitFor();
      await anna.getByText('Ivan Sokolov').waitFor();
      await directory.contact('Ivan Sokolov').getByText('current', { exact: true }).waitFor();
      await screenshot(page, `office-liaison-${backend}`);
      const stored = (await api('GET', `/api/partnerships/${ids.moscowTie}`)) as Stored & {
        contacts: { id: string; name: string; until: string | null; succeeds: string | null; email: string | null }[];
      };
      expect(stored.contacts.map((c) => [c.id, c.name, c.until, c.succeeds])).toEqual([
        ['c1', 'Anna Petrova', '2026-06-30', null],
        ['c2', 'Ivan Sokolov', null, 'c1'],
      ]);
      expect(((await call(chromium.url, 'GET', `/api/partnerships/${ids.moscowTie}`)).json as { contacts: unknown[] }).contacts).toEqual(
        [],
      );
    });

    for (const { locale, home, partner, name, side, sideGroup } of [
      {
        locale: 'en-GB',
        home: 'Shenzhen',
        partner: 'Moscow',
        name: 'Olga Smirnova',
        side: 'partner side',
        sideGroup: 'Their side: Moscow',
      },
      { locale: 'zh-CN', home: '深圳', partner: '莫斯科', name: '王磊', side: '本方', sideGroup: '我方：深圳' },
    ]) {
      it(`adds a liaison contact from the directory without an id, which the tie gives it (${locale})`, async () => {
        const page = await signedInPage(chromium, 'editor@example.org', { locale });
        const errors = collectErrors(page);
        const directory = new LiaisonDirectory(page, chromium.url);
        await directory.open();
        const before = (await api('GET', `/api/partnerships/${ids.moscowTie}`)) as Stored & { contacts: { id: string }[] };
        await directory
          .tie(home, partner)
          .getByRole('link', { name: /^(Open the tie in the editor|在编辑页中打开该关系)$/ })
          .click();
        const editor = new RecordEditor(page, chromium.url);
        await editor.form().waitFor();
        const contacts = page.getByRole('group', { name: /^(Liaison contacts|联络人)$/ });
        await contacts
          .getByRole('listitem')
          .nth(before.contacts.length - 1)
          .waitFor();
        await contacts.getByRole('button', { name: /^(Add to “Liaison contacts”|添加“联络人”)$/ }).click();
        const added = contacts.getByRole('group', { name: new RegExp(`^(Liaison contacts|联络人) ?${before.contacts.length + 1}$`) });
        await added.getByLabel(/^(Side|方)/).selectOption({ label: side });
        await added.getByLabel(/^(Name|名称)/).fill(name);
        // The contact's id is the tie's to give: the form has no field for it.
        expect(await added.getByLabel(/^(Id|编号)$/).count()).toBe(0);
        await editor.save();
        await editor.saved().waitFor();

        await directory.open();
        await directory.tie(home, partner).getByRole('group', { name: sideGroup }).getByRole('listitem', { name }).waitFor();
        await directory
          .contact(name)
          .getByText(/^(current|现任)$/)
          .waitFor();
        const stored = (await api('GET', `/api/partnerships/${ids.moscowTie}`)) as Stored & { contacts: { id: string; name: string }[] };
        const contact = stored.contacts.find((c) => c.name === name);
        expect(contact?.id).toMatch(/^c\d+$/);
        expect(before.contacts.map((c) => c.id)).not.toContain(contact?.id);

        // Contacts are internal: the tie as the public reads it names none.
        const anonymous = await call(chromium.url, 'GET', `/api/partnerships/${ids.moscowTie}`);
        expect(anonymous.status).toBe(200);
        expect((anonymous.json as { contacts: unknown[] }).contacts).toEqual([]);
        expect(JSON.stringify(anonymous.json)).not.toContain(name);
        expect(errors).toEqual([]);
      });
    }

    it('keeps a visit’s file with a gift, and follows the visit up with a task', async () => {
      const page = await signedInPage(chromium, 'editor@example.org', { acceptDownloads: true });
      await page.goto(`${chromium.url}/staff/visits/${ids.visit}`);
      const file = new VisitFile(page);
      await file.section().getByRole('button', { name: 'Open the visit file' }).click();
      await file.section().getByRole('group', { name: 'Purpose' }).getByLabel('English').fill('Sign the friendly exchange memorandum');
      await file.section().getByLabel('Approval', { exact: true }).selectOption('approved');
      await file.section().getByLabel('Date of the approval').fill('2024-02-20');
      await file.section().getByRole('group', { name: 'Budget' }).getByLabel('Amount').fill('50000');
      await file.addGift({
        direction: 'received',
        what: 'Porcelain vase',
        who: 'Moscow City Government',
        custody: 'FAO store room',
        value: 3000,
        currency: 'CNY',
      });
      await page.getByRole('button', { name: 'Save the visit' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: /^Saved \(version \d+\)\.$/ })
        .waitFor();
      const stored = (await api('GET', `/api/events/${ids.visit}`)) as Stored & { visit: Record<string, unknown> };
      expect(stored.visit).toMatchObject({
        purpose: { en: 'Sign the friendly exchange memorandum' },
        approval: { status: 'approved', date: '2024-02-20' },
        budget: { amount: 50000, currency: 'CNY' },
        gifts: [
          {
            direction: 'received',
            description: 'Porcelain vase',
            counterpart: 'Moscow City Government',
            custody: 'FAO store room',
            value: { amount: 3000, currency: 'CNY' },
          },
        ],
      });
      expect(((await call(chromium.url, 'GET', `/api/events/${ids.visit}`)).json as { visit: unknown }).visit).toBeNull();
      await screenshot(page, `office-visit-file-${backend}`);

      await file.section().getByRole('link', { name: 'Add a follow-up task' }).click();
      const form = page.getByRole('form', { name: 'New task' });
      await eventually(() => form.getByLabel('Task').inputValue()).toBe('Follow up: Moscow delegation visits Shenzhen');
      await eventually(() => form.getByLabel('Visit or event').inputValue()).toBe(ids.visit);
      await eventually(() => form.getByLabel('Owner').inputValue()).toBe('editor@example.org');
      await form.getByLabel('Task').fill('Send the photographs to Moscow');
      await form.getByLabel('Due').fill(dayFromToday(-3));
      await form.getByRole('button', { name: 'Create the task' }).click();
      await file.section().getByRole('link', { name: 'Send the photographs to Moscow' }).waitFor();

      await page.goto(`${chromium.url}/staff/tasks`);
      const row = page.getByRole('row').filter({ hasText: 'Send the photographs to Moscow' });
      await row.getByText('(overdue)').waitFor();
      await row.getByRole('link', { name: 'Moscow delegation visits Shenzhen' }).waitFor();
      await row.getByRole('button', { name: 'Mark “Send the photographs to Moscow” done' }).click();
      await page.getByRole('status').filter({ hasText: '“Send the photographs to Moscow” is done.' }).waitFor();
      await page.getByLabel('State').selectOption('done');
      await row.getByRole('button', { name: 'Reopen “Send the photographs to Moscow”' }).waitFor();
      const task = ((await api('GET', '/api/tasks')).items as Stored[]).find((x) => x.title === 'Send the photographs to Moscow')!;
      expect(task).toMatchObject({ status: 'done', doneOn: dayFromToday(0), eventId: ids.visit, partnershipId: ids.moscowTie });
      await screenshot(page, `office-tasks-${backend}`);
    });

    it('shows the annual report in the page and downloads it as PDF, XLSX and DOCX', async () => {
      const page = await signedInPage(chromium, 'editor@example.org', { acceptDownloads: true });
      const reports = new ReportsPage(page, chromium.url);
      await reports.open();
      await reports.choose(2024, 'English');
      const shown = reports.shown(2024);
      await shown.getByRole('heading', { level: 1, name: /annual report 2024/i }).waitFor();
      const stats = (await call(chromium.url, 'GET', `/api/stats?home=${ids.home}&asOf=2024-12-31&includeDistricts=true`)).json as {
        places: number;
        countries: number;
      };
      await eventually(() => shown.locator('.kpi').allTextContents()).toEqual(
        expect.arrayContaining([`${stats.places}Partner places`, `${stats.countries}Countries`, '5Visits']),
      );
      await screenshot(page, `office-reports-${backend}`);

      const expected = {
        PDF: ['application/pdf', '%PDF', 'pdf'],
        'Excel (XLSX)': ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'PK', 'xlsx'],
        'Word (DOCX)': ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'PK', 'docx'],
      } as const;
      for (const [format, [type, magic, extension]] of Object.entries(expected)) {
        const [download] = await Promise.all([
          page.waitForEvent('download', SLOW),
          reports.download(format as keyof typeof expected).click(),
        ]);
        // The same address asked again with the page's session: the type the download came with.
        const again = await page.request.get(
          `${chromium.url}${await reports.download(format as keyof typeof expected).getAttribute('href')}`,
          SLOW,
        );
        expect(again.headers()['content-type']).toBe(type);
        expect(again.headers()['content-disposition']).toBe(`attachment; filename="amity-annual-report-2024-en.${extension}"`);
        expect(download.suggestedFilename()).toBe(`amity-annual-report-2024-en.${extension}`);
        const path = await download.path();
        expect(statSync(path).size).toBeGreaterThan(10_000);
        expect(readFileSync(path).subarray(0, magic.length).toString('latin1')).toBe(magic);
      }

      const visits = page.getByRole('region', { name: 'Visits by partner' });
      await visits.getByLabel('Year').selectOption('2024');
      const moscow = visits.getByRole('group', { name: /^Moscow/ });
      await moscow.getByRole('link', { name: 'Moscow delegation visits Shenzhen' }).waitFor();
      await moscow.getByText('Sign the friendly exchange memorandum').waitFor();
    }, 120_000);

    it('lets an administrator change the weights and the reminder horizons', async () => {
      const page = await signedInPage(chromium, 'admin@example.org', { acceptDownloads: true });
      await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Settings' }).click();
      await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
      await page.getByRole('group', { name: 'Weights of the dimensions' }).getByLabel('Length').fill('2');
      await page.getByLabel('Years without an event').fill('4');
      await page.getByLabel('Agreements ending within (days)').fill('365');
      await page.getByRole('button', { name: 'Save the settings' }).click();
      await page.getByRole('status').filter({ hasText: 'The settings were saved.' }).waitFor();
      const settings = (await call(chromium.url, 'GET', '/api/settings', { session: editor })).json as {
        health: { weights: { length: number }; dormantAfterYears: number };
        reminders: { expiryHorizonDays: number };
      };
      expect([settings.health.weights.length, settings.health.dormantAfterYears, settings.reminders.expiryHorizonDays]).toEqual([
        2, 4, 365,
      ]);
      const editorPage = await signedInPage(chromium, 'editor@example.org', { acceptDownloads: true });
      const nav = editorPage.getByRole('navigation', { name: 'Workspace' });
      // The links for editors are drawn once the session is known; Settings is not among them.
      await nav.getByRole('link', { name: 'Likely duplicates' }).waitFor();
      expect(await nav.getByRole('link', { name: 'Settings' }).count()).toBe(0);
    });

    describe('passes axe-core on every page of the office’s year, in both languages', () => {
      let page: Page;
      let portal: Portal;
      const pages: [string, () => string][] = [
        ['health', () => '/staff/health'],
        ['calendar', () => '/staff/calendar'],
        ['tasks', () => '/staff/tasks'],
        ['new-task', () => `/staff/tasks/new?eventId=${ids.visit}`],
        ['liaison', () => '/staff/liaison'],
        ['reports', () => '/staff/reports'],
        ['settings', () => '/staff/settings'],
        ['visit-file', () => `/staff/visits/${ids.visit}`],
        ['tie-editor', () => `/staff/records/partnerships/${ids.kazanTie}`],
      ];
      beforeAll(async () => {
        page = await signedInPage(chromium, 'admin@example.org', { acceptDownloads: true });
        portal = new Portal(page, chromium.url);
      });
      auditEveryPage(
        pages,
        (name) => `office-${name}-zh-${backend}`,
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

const SUSPENDED = 24;

describeInChromium(
  'the suspended and ended ties of the health page, a page at a time',
  (chromium) => {
    const { backend } = chromium;
    /** The next page of suspended ties the page asks the server for, as `check` says. */
    const suspendedPage = (page: Page, check: (query: URLSearchParams) => boolean) =>
      page.waitForResponse((r) => {
        const url = new URL(r.url());
        return url.pathname === '/api/partnerships' && url.searchParams.get('status') === 'suspended' && check(url.searchParams);
      });

    it('pages, orders and searches the suspended ties on the server, and lists the ended ones apart', async () => {
      const page = await signedInPage(chromium, 'editor@example.org');
      const errors = collectErrors(page);
      const health = new HealthPage(page, chromium.url);
      const suspended = 'Suspended ties';
      const first = suspendedPage(page, (q) => !q.has('cursor'));
      await health.open();
      const asked = new URL((await first).url()).searchParams;
      expect([asked.get('limit'), asked.get('count'), asked.get('sort'), asked.get('order')]).toEqual(['20', 'true', 'date', 'asc']);
      await health.stoppedPager(suspended).getByText(`1–20 of ${SUSPENDED}`).waitFor();
      await eventually(() => health.stoppedTies(suspended).count()).toBe(20);
      await eventually(() => health.stoppedTies(suspended).first().textContent()).toBe('Harbourtown — Stadt 1');
      await screenshot(page, `office-health-stopped-${backend}`);

      const second = suspendedPage(page, (q) => q.has('cursor'));
      await health.stoppedPager(suspended).getByRole('button', { name: 'Next page' }).click();
      expect((await second).status()).toBe(200);
      await health.stoppedPager(suspended).getByText(`21–24 of ${SUSPENDED}`).waitFor();
      await eventually(() => health.stoppedTies(suspended).allTextContents()).toEqual(
        [21, 22, 23, 24].map((n) => `Harbourtown — Stadt ${n}`),
      );

      await health.stopped(suspended).getByLabel('Order', { exact: true }).selectOption({ label: 'Established, latest first' });
      await health.stoppedPager(suspended).getByText(`1–20 of ${SUSPENDED}`).waitFor();
      await eventually(() => health.stoppedTies(suspended).first().textContent()).toBe('Harbourtown — Stadt 24');

      await health.stopped(suspended).getByLabel('Find by a place’s name').fill('Stadt 7');
      await health.stoppedPager(suspended).getByText('1–1 of 1').waitFor();
      await eventually(() => health.stoppedTies(suspended).allTextContents()).toEqual(['Harbourtown — Stadt 7']);

      const ended = 'Ended ties';
      await health.stoppedPager(ended).getByText('1–3 of 3').waitFor();
      await eventually(() => health.stoppedTies(ended).allTextContents()).toEqual([1, 2, 3].map((n) => `Harbourtown — Ende ${n}`));
      expect(await health.stoppedPager(ended).getByRole('button', { name: 'Next page' }).isDisabled()).toBe(true);
      // The active ties are ranked, not listed with the stopped ones.
      await health.row('Aktiv').waitFor();
      expect(await page.getByRole('region', { name: 'Suspended and ended ties' }).getByText('Aktiv').count()).toBe(0);
      expect(errors).toEqual([]);
    });

    it('shows the lists of stopped ties in Chinese, each with its own pager', async () => {
      const page = await signedInPage(chromium, 'viewer@example.org', { locale: 'zh-CN' });
      const health = new HealthPage(page, chromium.url);
      await page.goto(`${chromium.url}/staff/health`);
      await health.stoppedPager('已暂停的关系').getByText(`第1–20条，共${SUSPENDED}条`).waitFor();
      await eventually(() => health.stoppedTies('已暂停的关系').count()).toBe(20);
      await health.stoppedPager('已终止的关系').getByText('第1–3条，共3条').waitFor();
      expect(await health.stoppedPager('已暂停的关系').getAttribute('aria-label')).toBe('已暂停的关系：分页');
    });
  },
  {
    given: async (ctx, store) => {
      const home = await places.create(ctx, { kind: 'city', names: { en: 'Harbourtown', zh: '港城' }, country: 'CN' });
      const tie = async (name: string, year: number, ...after: HistoryEntryInput[]) => {
        const partner = await places.create(ctx, { kind: 'city', names: { en: name }, country: 'DE' });
        await partnerships.create(ctx, {
          placeAId: home.id,
          placeBId: partner.id,
          history: [{ kind: 'established', date: `${year}-05-01`, type: 'sister_city' }, ...after],
        });
      };
      for (let n = 1; n <= SUSPENDED; n++) {
        await tie(`Stadt ${n}`, 1970 + n, { kind: 'status_changed', status: 'suspended', date: '2024-02-01', note: 'Exchanges paused' });
      }
      for (let n = 1; n <= 3; n++) await tie(`Ende ${n}`, 1960 + n, { kind: 'ended', date: '2020' });
      await tie('Aktiv', 2001);
      await seedAccounts(store);
    },
  },
);
