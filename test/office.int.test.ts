import nodeIcal from 'node-ical';
import { expect, it } from 'vitest';
import { loadDemo } from '../src/demo/load-demo.ts';
import { ANONYMOUS, type Actor } from '../src/domain/permissions.ts';
import { accounts } from '../src/services/auth/accounts.service.ts';
import { healthOfTies } from '../src/services/office/health.service.ts';
import { handOver, liaisonDirectory } from '../src/services/office/liaison.service.ts';
import { calendarFeed, reminders } from '../src/services/office/reminders.service.ts';
import { settingsService } from '../src/services/office/settings.service.ts';
import { changeTieStatus } from '../src/services/office/tie-status.service.ts';
import { agreements, partnerships, places, tasks } from '../src/services/records.service.ts';
import { networkStats } from '../src/services/stats.service.ts';
import { describeEachBackend } from './support/backends.ts';

const VIEWER: Actor = { kind: 'user', id: 'us_viewer000', email: 'v@example.org', role: 'viewer' };

describeEachBackend('the office’s year', (use) => {
  async function tieWith(name: string) {
    const { ctx } = use();
    const place = (await places.findByName(ctx.db, name))[0]!;
    return (await partnerships.touching(ctx.db, [place.id]))[0]!;
  }

  it('scores every tie of the demo with a breakdown, and follows the configured weights', async () => {
    const { ctx } = use();
    await loadDemo(ctx);
    const list = await healthOfTies(ctx, { home: 'Shenzhen', asOf: '2024-12-31' });
    expect(list.length).toBeGreaterThan(30);
    const moscow = list.find((t) => t.partner.names.en === 'Moscow')!;
    expect(moscow.dimensions.map((d) => d.dimension)).toEqual(['length', 'breadth', 'depth', 'intensity', 'frequency']);
    expect(moscow.dimensions.find((d) => d.dimension === 'breadth')!.value).toBe(6);
    expect(moscow.score).toBeCloseTo(
      moscow.dimensions.reduce((n, d) => n + d.points, 0),
      0,
    );
    expect(list.find((t) => t.partner.names.en === 'Houston')!.goingDormant).toBe(true);
    expect(list.map((t) => t.score)).toEqual([...list.map((t) => t.score)].sort((a, b) => b - a));
    await settingsService.set(ctx, 'health', {
      ...(await settingsService.get(ctx.db, 'health')),
      weights: { length: 1, breadth: 0, depth: 0, intensity: 0, frequency: 0 },
    });
    const byLength = await healthOfTies(ctx, { home: 'Shenzhen', asOf: '2024-12-31' });
    const longest = byLength.filter((t) => t.score === 100).map((t) => t.partner.names.en);
    expect(longest).toEqual(expect.arrayContaining(['Houston', 'Brescia', 'Poznań']));
    expect(longest).not.toContain('Moscow');
  });

  it('takes a suspended tie out of the statistics from the day of its suspension, and says so', async () => {
    const { ctx } = use();
    await loadDemo(ctx);
    const kazan = await tieWith('Kazan');
    await expect(changeTieStatus(ctx, kazan.id, { status: 'suspended', date: '2022-03' }, kazan.version)).rejects.toThrow(/reason/);
    await changeTieStatus(ctx, kazan.id, { status: 'suspended', date: '2022-03-01', reason: 'exchanges paused' }, kazan.version);
    const before = await networkStats(ctx, { home: 'Shenzhen', asOf: '2022-02-28' });
    const after = await networkStats(ctx, { home: 'Shenzhen', asOf: '2022-03-01' });
    expect(after.places).toBe(before.places - 1);
    expect(after.suspended).toMatchObject([{ partner: { names: { en: 'Kazan' } }, since: '2022-03-01', reason: 'exchanges paused' }]);
    expect((await partnerships.get(ctx, kazan.id)).history.at(-1)).toMatchObject({ kind: 'status_changed', status: 'suspended' });
  });

  it('hands a liaison contact over, keeps both, and shows contacts only to signed-in roles', async () => {
    const { ctx } = use();
    await loadDemo(ctx);
    const tie = await tieWith('Moscow');
    const withContact = await partnerships.patch(
      ctx,
      tie.id,
      {
        contacts: [
          {
            id: 'c1',
            side: 'b',
            name: 'Anna Petrova',
            title: 'Protocol officer',
            email: 'a.petrova@example.org',
            languages: ['ru', 'en'],
            since: '2024-03',
          },
        ],
      },
      tie.version,
    );
    await handOver(
      ctx,
      tie.id,
      'c1',
      { until: '2025-06-30', successor: { name: 'Ivan Sokolov', title: 'Protocol officer' } },
      withContact.version,
    );
    const directory = await liaisonDirectory({ ...ctx, actor: VIEWER }, { partnershipId: tie.id });
    expect(directory.map((c) => [c.id, c.name, c.current, c.succeeds, c.succeededBy])).toEqual([
      ['c1', 'Anna Petrova', false, null, 'c2'],
      ['c2', 'Ivan Sokolov', true, 'c1', null],
    ]);
    expect(directory[1]!.since).toBe('2025-06-30');
    await expect(liaisonDirectory({ ...ctx, actor: ANONYMOUS })).rejects.toThrow(/sign in/);
    expect((await partnerships.get({ ...ctx, actor: ANONYMOUS }, tie.id)).contacts).toEqual([]);
    expect((await partnerships.get({ ...ctx, actor: VIEWER }, tie.id)).contacts).toHaveLength(2);
  });

  it('lists round anniversaries, diplomatic relations, expiries and tasks in a window', async () => {
    const { ctx } = use();
    await loadDemo(ctx);
    const year = await reminders(ctx, { from: '2024-01-01', withinDays: 365 });
    const titles = year.map((r) => `${r.on} ${r.title.en}`);
    expect(titles).toContain('2024 75 years of diplomatic relations between China and Russia');
    expect(titles).toContain('2024-05 5 years of Shenzhen and Edinburgh as sister cities');
    expect(year.find((r) => r.kind === 'relations_anniversary')!.title.zh).toBe('中国与俄罗斯建交75周年');
    const [memo] = await agreements.list(ctx);
    await agreements.patch(ctx, memo!.id, { expiresOn: '2029-03-05', renewal: { decision: 'undecided' } }, memo!.version);
    await tasks.create(ctx, { title: 'Send the photographs', owner: 'editor@example.org', due: '2029-01-15' });
    await tasks.create(ctx, { title: 'Thank the delegation', owner: 'editor@example.org', due: '2028-12-01' });
    const ahead = await reminders(ctx, { from: '2029-01-01', withinDays: 90 });
    const kinds = ahead.map((r) => `${r.kind} ${r.on}${r.overdue ? ' overdue' : ''}`);
    expect(kinds).toEqual(
      expect.arrayContaining(['task 2028-12-01 overdue', 'task 2029-01-15', 'agreement_expiry 2029-03-05', 'tie_anniversary 2029-03-06']),
    );
    expect(ahead.find((r) => r.kind === 'agreement_expiry')!.detail!.en).toBe('renewal not yet decided');
    expect(await reminders({ ...ctx, actor: ANONYMOUS }, { from: '2029-01-01', withinDays: 90 })).not.toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'task' })]),
    );
  });

  it('writes an iCalendar feed that a parser reads back, dates at their precision', async () => {
    const { ctx } = use();
    await loadDemo(ctx);
    const admin = await accounts.add(ctx, { email: 'cal@example.org', role: 'admin', password: 'a long enough password' });
    const token = await accounts.rotateCalendarToken({ ...ctx, actor: { kind: 'user', id: admin.id, email: admin.email, role: 'admin' } });
    expect(await accounts.fromToken(ctx.db, token, ctx.now(), 'api')).toBeNull();
    expect((await accounts.fromToken(ctx.db, token, ctx.now(), 'calendar'))?.user.email).toBe('cal@example.org');
    const ics = await calendarFeed({ ...ctx, now: () => new Date('2028-12-01T00:00:00Z') }, 'en', 'http://localhost:8080');
    const parsed = Object.values(nodeIcal.sync.parseICS(ics)).filter((c) => c?.type === 'VEVENT') as nodeIcal.VEvent[];
    expect(parsed.length).toBeGreaterThan(0);
    const moscow = parsed.find((e) => String(e.summary).includes('Moscow'))!;
    expect(String(moscow.summary)).toBe('5 years of Shenzhen and Moscow as friendly exchange cities');
    expect(moscow.start.toISOString().slice(0, 10)).toBe('2029-03-06');
    // The link opens the tie in the workspace, where the web app edits it.
    // node-ical gives a property with parameters as { params, val }.
    const url: unknown = moscow.url;
    expect(typeof url === 'object' && url && 'val' in url ? url.val : url).toMatch(
      /^http:\/\/localhost:8080\/staff\/records\/partnerships\/[a-z]+_\w+$/,
    );
    const edinburgh = parsed.find((e) => String(e.summary).includes('Edinburgh'))!;
    expect(String(edinburgh.summary)).toBe('10 years of Shenzhen and Edinburgh as sister cities');
    expect([edinburgh.start.toISOString().slice(0, 10), edinburgh.end?.toISOString().slice(0, 10)]).toEqual(['2029-05-01', '2029-06-01']);
  });
});
