import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { formatPreciseDate } from '../../src/domain/precise-date.ts';
import { partnerships, people, places } from '../../src/services/records.service.ts';
import { collectErrors, describeInChromium, eventually, expectAccessible, screenshot, settled } from '../support/browser.ts';
import { call, PASSWORD, seedAccounts, signIn } from '../support/server.ts';
import { LoginForm, pick, Portal, signedInPage, VisitPlanner } from './pages.ts';

/** What one language's run writes and then expects to read. */
interface Plan {
  locale: string;
  title: { zh: string; en: string };
  member: { zh: string; en: string; titleZh: string; titleEn: string };
  stops: { zh: string; en: string; written: string; day: string }[];
  outcome: string;
  followUp: string;
}

const ENGLISH: Plan = {
  locale: 'en-GB',
  title: { zh: '韦特施塔特代表团访问港城', en: 'Weitstadt delegation visits Harbourtown' },
  member: { zh: '安娜·贝格尔', en: 'Anna Berger', titleZh: '韦特施塔特市议员', titleEn: 'Councillor of Weitstadt' },
  stops: [
    { zh: '市政府会见', en: 'Meeting at the City Hall', written: '2026-12-01', day: '2026-12-01' },
    { zh: '参观港口', en: 'Visit to the port', written: '2 December 2026', day: '2026-12-02' },
    { zh: '签约仪式', en: 'Signing ceremony', written: '2026年12月3日', day: '2026-12-03' },
  ],
  outcome: 'A memorandum on port cooperation',
  followUp: 'Send the minutes to Weitstadt',
};

const CHINESE: Plan = {
  locale: 'zh-CN',
  title: { zh: '港城代表团访问韦特施塔特', en: 'Harbourtown delegation visits Weitstadt' },
  member: { zh: '李伟', en: 'Li Wei', titleZh: '港城外事办主任', titleEn: 'Director of Foreign Affairs, Harbourtown' },
  stops: [
    { zh: '市长会见', en: 'Meeting with the mayor', written: '2027年3月5日', day: '2027-03-05' },
    { zh: '参观职业学校', en: 'Visit to a vocational school', written: '2027/3/6', day: '2027-03-06' },
  ],
  outcome: '双方同意开展职业教育交流',
  followUp: '寄送会谈纪要',
};

/** The labels of the planner in the page's language. */
const WORDS = {
  'en-GB': {
    direction: 'Incoming or outgoing',
    titles: 'Titles',
    start: 'Start',
    addMember: 'Add a member',
    memberGroup: 'Member 1 of the delegation',
    newPerson: 'New person',
    nameZh: 'Member 1: name in Chinese',
    nameEn: 'Member 1: name in English',
    titleHeld: 'Title held at the time',
    addTie: 'Add a tie',
    tie: 'Tie 1',
    openFile: 'Open the visit file',
    outcomes: 'Outcomes',
    addFollowUp: 'Add a follow-up',
    followUp: 'Follow-up 1',
    task: 'Task',
    owner: 'Who does it',
    due: 'Due',
    save: 'Save the visit',
    saved: 'Saved (version 1).',
    publish: 'Publish',
    published: 'Published: everyone can see it (version 2).',
    confirmPublish: (title: string) => `Publish “${title}”?`,
    becomePublic: (names: string) =>
      `Everyone will see the visit, its programme and its delegation. One member of the delegation, internal until now, becomes public with it: ${names}.`,
    noneBecomePublic: 'Everyone will see the visit, its programme and its delegation; no other record becomes public with it.',
    unpublish: 'Unpublish',
    unpublished: 'Unpublished: only staff can see it (version 3).',
    confirmUnpublish: (title: string) => `Take “${title}” back to internal?`,
    goBack: (names: string) =>
      `Only staff will see the visit again. One member of the delegation whom its publication made public, and whom no other public record names, goes back to internal with it: ${names}.`,
    delegation: 'Delegation',
    itinerary: 'Itinerary',
    ties: 'Ties it serves',
    preview: 'What the public will see',
    followUps: 'Follow-up tasks',
    taskLine: 'office@example.org, due 30 June 2027, open',
  },
  'zh-CN': {
    direction: '来访或出访',
    titles: '标题',
    start: '开始日期',
    addMember: '添加成员',
    memberGroup: '第1位代表团成员',
    newPerson: '新人物',
    nameZh: '成员1：中文姓名',
    nameEn: '成员1：英文姓名',
    titleHeld: '时任职务',
    addTie: '添加友好关系',
    tie: '友好关系1',
    openFile: '建立访问档案',
    outcomes: '访问成果',
    addFollowUp: '添加后续任务',
    followUp: '后续任务1',
    task: '任务',
    owner: '负责人',
    due: '截止日期',
    save: '保存访问计划',
    saved: '已保存（第1版）。',
    publish: '公开',
    published: '已公开：所有人可见（第 2 版）。',
    confirmPublish: (title: string) => `公开“${title}”？`,
    becomePublic: (names: string) => `所有人将能看到此访问及其日程和代表团。1位至今仅内部可见的代表团成员将随之公开：${names}。`,
    noneBecomePublic: '所有人将能看到此访问及其日程和代表团；没有其他记录随之公开。',
    unpublish: '撤回公开',
    unpublished: '已撤回：仅工作人员可见（第 3 版）。',
    confirmUnpublish: (title: string) => `撤回公开“${title}”？`,
    goBack: (names: string) =>
      `此访问将重新仅对工作人员可见。1位因其公开而公开、且没有其他公开记录提及的代表团成员将随之恢复为内部：${names}。`,
    delegation: '代表团',
    itinerary: '日程安排',
    ties: '所服务的友好关系',
    preview: '公众将看到的内容',
    followUps: '后续任务',
    taskLine: 'office@example.org，2027年6月30日前，未完成',
  },
} as const;

const CASTELLETTI = { en: 'Laura Castelletti', zh: '劳拉·卡斯特莱蒂' };

describeInChromium(
  'planning a visit and publishing it',
  (chromium) => {
    const { backend } = chromium;
    const tieLabel = { en: 'Harbourtown — Weitstadt', zh: '港城 — 魏特施塔特' };

    /** Plans the visit in the planner as an editor, with a new member, and returns the page and the visit's id. */
    async function planIn(plan: Plan): Promise<{ page: Page; id: string; errors: string[] }> {
      const w = WORDS[plan.locale as keyof typeof WORDS];
      const lang = plan.locale === 'zh-CN' ? 'zh' : 'en';
      const page = await chromium.newPage({ locale: plan.locale });
      await new LoginForm(page, chromium.url).signIn('editor@example.org', PASSWORD, '/staff/visits/new');
      const errors = collectErrors(page);
      const planner = new VisitPlanner(page, chromium.url);
      await planner.openNew();
      await page.getByLabel(w.direction).selectOption('incoming_visit');
      const titles = page.getByRole('group', { name: w.titles, exact: true });
      await titles.getByLabel('中文').fill(plan.title.zh);
      await titles.getByLabel('English').fill(plan.title.en);
      await page.getByLabel(w.start, { exact: true }).fill(plan.stops[0]!.written);

      await page.getByRole('button', { name: w.addMember }).click();
      const member = page.getByRole('group', { name: w.memberGroup });
      await member.getByLabel(w.newPerson).check();
      if (lang === 'en') {
        // A new member without a name is refused, and the problem names the field.
        await page.getByRole('button', { name: w.save }).click();
        await page.getByRole('alert').filter({ hasText: 'Members › 1 › New person › Names:' }).waitFor();
      }
      await member.getByLabel(w.nameZh).fill(plan.member.zh);
      await member.getByLabel(w.nameEn).fill(plan.member.en);
      const held = member.getByRole('group', { name: w.titleHeld });
      await held.getByLabel('中文').fill(plan.member.titleZh);
      await held.getByLabel('English').fill(plan.member.titleEn);

      await page.getByRole('button', { name: w.addTie }).click();
      const tie = page.getByLabel(w.tie, { exact: true });
      await tie.locator('option', { hasText: tieLabel[lang] }).waitFor({ state: 'attached' });
      await tie.selectOption({ label: tieLabel[lang] });

      for (const stop of plan.stops) await planner.addStop(stop.zh, stop.en, stop.written);

      await page.getByRole('button', { name: w.openFile }).click();
      const outcomes = page.getByRole('group', { name: w.outcomes });
      await outcomes.getByLabel(lang === 'zh' ? '中文' : 'English').fill(plan.outcome);
      await page.getByRole('button', { name: w.addFollowUp }).click();
      const followUp = page.getByRole('listitem', { name: w.followUp });
      await followUp.getByLabel(w.task, { exact: true }).fill(plan.followUp);
      await followUp.getByLabel(w.owner).fill('office@example.org');
      await followUp.getByLabel(w.due).fill('2027-06-30');

      // Before saving, the planner shows what the public will see once the visit is published.
      const preview = page.getByRole('region', { name: w.preview });
      const title = lang === 'zh' ? plan.member.titleZh : plan.member.titleEn;
      await preview.getByText(`${plan.member[lang]}${lang === 'zh' ? '、' : ', '}${title}`).waitFor();
      await eventually(() => preview.locator('.when').allTextContents()).toEqual(plan.stops.map((s) => formatPreciseDate(s.day, lang)));
      expect(await preview.getByText(plan.outcome).count()).toBe(0);

      await settled(page);
      await expectAccessible(page, `the visit planner (${lang})`);
      await screenshot(page, `plan-visit-planner-${lang}-${backend}`);
      await page.getByRole('button', { name: w.save }).click();
      await page.getByRole('status').filter({ hasText: w.saved }).waitFor();
      await page.waitForURL(/\/staff\/visits\/ev_\w+$/);
      const id = /\/staff\/visits\/(ev_\w+)$/.exec(page.url())![1]!;
      return { page, id, errors };
    }

    /** The public event page, signed out, in the plan's language. */
    async function publicPage(plan: Plan, id: string): Promise<Page> {
      const visitor = await chromium.newPage({ locale: plan.locale });
      await new Portal(visitor, chromium.url).open(`/events/${id}`);
      return visitor;
    }

    for (const plan of [ENGLISH, CHINESE]) {
      const lang = plan.locale === 'zh-CN' ? 'zh' : 'en';
      it(`plans a visit with a new member, publishes it and takes it back, in ${lang === 'zh' ? 'Chinese' : 'English'}`, async () => {
        const w = WORDS[plan.locale as keyof typeof WORDS];
        const { page, id, errors } = await planIn(plan);

        // Before publishing, the public has neither the visit nor its new member.
        expect((await call(chromium.url, 'GET', `/api/events/${id}`)).status).toBe(404);
        const before = await chromium.newPage({ locale: plan.locale });
        await before.goto(`${chromium.url}/events/${id}`);
        await before.getByRole('alert').waitFor();
        expect(await before.getByText(plan.title[lang]).count()).toBe(0);
        const editor = await signIn(chromium.url, 'editor@example.org');
        const stored = (await call(chromium.url, 'GET', `/api/events/${id}`, { session: editor })).json as {
          participants: { personId: string; title: Record<string, string> }[];
          visibility: string;
        };
        expect(stored.visibility).toBe('internal');
        const memberId = stored.participants[0]!.personId;
        expect((await call(chromium.url, 'GET', `/api/people/${memberId}`)).status).toBe(404);

        // Publishing asks first, naming the new member who becomes public with the visit; cancelled, nothing changes.
        await page.getByRole('button', { name: w.publish, exact: true }).click();
        const confirm = page.getByRole('dialog', { name: w.confirmPublish(plan.title[lang]) });
        await confirm.getByText(w.becomePublic(plan.member[lang]), { exact: true }).waitFor();
        await confirm.getByRole('button', { name: lang === 'zh' ? '取消' : 'Cancel' }).click();
        await confirm.waitFor({ state: 'detached' });
        expect((await call(chromium.url, 'GET', `/api/people/${memberId}`)).status).toBe(404);
        await page.getByRole('button', { name: w.publish, exact: true }).click();
        await confirm.getByRole('button', { name: w.publish, exact: true }).click();
        await page.getByRole('status').filter({ hasText: w.published }).waitFor();
        expect((await call(chromium.url, 'GET', `/api/people/${memberId}`)).status).toBe(200);

        const visitor = await publicPage(plan, id);
        await visitor.getByRole('heading', { level: 1, name: plan.title[lang] }).waitFor();
        const delegation = visitor.getByRole('region', { name: w.delegation });
        await delegation
          .getByRole('listitem')
          .filter({ hasText: plan.member[lang] })
          .filter({ hasText: lang === 'zh' ? plan.member.titleZh : plan.member.titleEn })
          .waitFor();
        await visitor.getByRole('region', { name: w.ties }).getByRole('link', { name: tieLabel[lang] }).waitFor();
        const stops = visitor.getByRole('region', { name: w.itinerary }).locator('ol.itinerary > li');
        await eventually(() => stops.count()).toBe(plan.stops.length);
        for (const [i, stop] of plan.stops.entries()) {
          await eventually(() => stops.nth(i).locator('.when').textContent()).toBe(formatPreciseDate(stop.day, lang));
          await stops.nth(i).getByText(stop[lang]).waitFor();
        }
        // The file's outcomes and the follow-up stay with the office.
        expect(await visitor.getByText(plan.outcome).count()).toBe(0);
        expect(await visitor.getByText(plan.followUp).count()).toBe(0);
        const tasks = (await call(chromium.url, 'GET', '/api/tasks')).json.items as unknown[] | undefined;
        expect(tasks ?? []).toEqual([]);
        const asStaff = (await call(chromium.url, 'GET', `/api/tasks?visit=${id}`, { session: editor })).json.items as { title: string }[];
        expect(asStaff.map((t) => t.title)).toEqual([plan.followUp]);
        // The visit file lists the visit's own follow-ups, as the server finds them.
        const followUps = page.getByRole('region', { name: w.followUps });
        await followUps.getByRole('listitem').filter({ hasText: plan.followUp }).filter({ hasText: w.taskLine }).waitFor();
        expect(await followUps.getByRole('link').filter({ hasText: plan.followUp }).count()).toBe(1);
        await screenshot(visitor, `plan-visit-public-${lang}-${backend}`);

        // Taken back to internal, the visit takes back the member it made public, and says so first.
        await page.getByRole('button', { name: w.unpublish, exact: true }).click();
        const back = page.getByRole('dialog', { name: w.confirmUnpublish(plan.title[lang]) });
        await back.getByText(w.goBack(plan.member[lang]), { exact: true }).waitFor();
        await back.getByRole('button', { name: w.unpublish, exact: true }).click();
        await page.getByRole('status').filter({ hasText: w.unpublished }).waitFor();
        expect((await call(chromium.url, 'GET', `/api/people/${memberId}`)).status).toBe(404);

        // The printable programme names the member with the title, and every stop with its date.
        await page.goto(`${chromium.url}/staff/visits/${id}/programme`);
        const programme = page.getByRole('region', { name: new RegExp(w.itinerary) }).locator('tbody tr');
        await eventually(() => programme.count()).toBe(plan.stops.length);
        for (const [i, stop] of plan.stops.entries()) {
          await eventually(() => programme.nth(i).textContent()).toContain(formatPreciseDate(stop.day, 'zh'));
          await eventually(() => programme.nth(i).textContent()).toContain(formatPreciseDate(stop.day, 'en'));
        }
        await page.getByText(`${plan.member.en}, ${plan.member.titleEn}`).waitFor();
        await page.getByText(`${plan.member.zh}，${plan.member.titleZh}`).waitFor();
        // The one error the console shows is the refused save of a member without a name.
        expect(errors).toEqual(lang === 'en' ? [expect.stringContaining('status of 400')] : []);
        // Three pages, two sign-ins and a dozen saves and reads: longer than one page's test.
      }, 180_000);
    }

    for (const lang of ['en', 'zh'] as const) {
      it(`prefills a chosen member's title from the position held on the visit's dates, and keeps it editable, in ${lang === 'zh' ? 'Chinese' : 'English'}`, async () => {
        const locale = lang === 'zh' ? 'zh-CN' : 'en-GB';
        const w = WORDS[locale];
        const page = await signedInPage(chromium, 'editor@example.org', { locale });
        const errors = collectErrors(page);
        const planner = new VisitPlanner(page, chromium.url);
        await planner.openNew();
        const title = lang === 'zh' ? '布雷西亚代表团访问港城' : 'Brescia delegation visits Harbourtown';
        await page
          .getByRole('group', { name: w.titles, exact: true })
          .getByLabel(lang === 'zh' ? '中文' : 'English')
          .fill(title);
        // In October 2022 she was deputy mayor; she has been mayor since June 2023.
        await page.getByLabel(w.start, { exact: true }).fill(lang === 'zh' ? '2022年10月12日' : '12 October 2022');
        await page.getByRole('button', { name: w.addMember }).click();
        const member = page.getByRole('group', { name: w.memberGroup });
        await pick(member.getByLabel(lang === 'zh' ? '代表团成员1' : 'Delegation member 1'), CASTELLETTI[lang], 'Castelletti');
        const held = member.getByRole('group', { name: w.titleHeld });
        await eventually(() => held.getByLabel('English').inputValue()).toBe('Deputy Mayor of Brescia');
        await eventually(() => held.getByLabel('中文').inputValue()).toBe('布雷西亚副市长');
        const edited = lang === 'zh' ? '布雷西亚副市长（主管文化）' : 'Deputy Mayor of Brescia for culture';
        await held.getByLabel(lang === 'zh' ? '中文' : 'English').fill(edited);
        await page.getByRole('button', { name: w.save }).click();
        await page.getByRole('status').filter({ hasText: w.saved }).waitFor();
        await page.waitForURL(/\/staff\/visits\/ev_\w+$/);
        const id = /\/staff\/visits\/(ev_\w+)$/.exec(page.url())![1]!;
        const editor = await signIn(chromium.url, 'editor@example.org');
        const stored = (await call(chromium.url, 'GET', `/api/events/${id}`, { session: editor })).json as {
          participants: { title: Record<string, string> }[];
        };
        expect(stored.participants[0]!.title).toEqual(
          lang === 'zh' ? { zh: edited, en: 'Deputy Mayor of Brescia' } : { zh: '布雷西亚副市长', en: edited },
        );
        await eventually(() => held.getByLabel(lang === 'zh' ? '中文' : 'English').inputValue()).toBe(edited);

        // She is public already: publishing says so in one line, naming no one.
        await page.getByRole('button', { name: w.publish, exact: true }).click();
        const confirm = page.getByRole('dialog', { name: w.confirmPublish(title) });
        await confirm.getByText(w.noneBecomePublic, { exact: true }).waitFor();
        await confirm.getByRole('button', { name: w.publish, exact: true }).click();
        await page.getByRole('status').filter({ hasText: w.published }).waitFor();
        expect(errors).toEqual([]);
      }, 120_000);
    }
  },
  {
    given: async (ctx, store) => {
      await people.create(ctx, {
        names: CASTELLETTI,
        positions: [
          { title: { en: 'Deputy Mayor of Brescia', zh: '布雷西亚副市长' }, from: '2013', to: '2023-05' },
          { title: { en: 'Mayor of Brescia', zh: '布雷西亚市长' }, from: '2023-06', to: null },
        ],
      });
      const home = await places.create(ctx, { kind: 'city', names: { en: 'Harbourtown', zh: '港城' }, country: 'CN' });
      const partner = await places.create(ctx, { kind: 'city', names: { en: 'Weitstadt', zh: '魏特施塔特' }, country: 'DE' });
      await partnerships.create(ctx, {
        placeAId: home.id,
        placeBId: partner.id,
        history: [{ kind: 'established', date: '2001-05-01', type: 'sister_city' }],
      });
      await seedAccounts(store);
    },
  },
);
