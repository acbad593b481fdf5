import { expect, it } from 'vitest';
import type { Actor } from '../src/domain/permissions.ts';
import { planVisit } from '../src/services/flows/plan-visit.service.ts';
import type { PlanVisitInput } from '../src/services/flows/plan-visit.schema.ts';
import { setEventPublished } from '../src/services/office/publication.service.ts';
import { visitsReport } from '../src/services/reports/visits-report.service.ts';
import { agreements, events, partnerships, people, tasks } from '../src/services/records.service.ts';
import { auditRepository } from '../src/storage/audit.repository.ts';
import { describeEachBackend } from './support/backends.ts';
import { given } from './support/given.ts';
import { call, seedAccounts, signIn, startServer } from './support/server.ts';

const VIEWER: Actor = { kind: 'user', id: 'us_viewer000', email: 'v@example.org', role: 'viewer' };

describeEachBackend('planning a visit in one go', (use) => {
  async function setting() {
    const { ctx } = use();
    const shenzhen = await given(ctx).place({ en: 'Shenzhen', zh: '深圳' }, 'CN');
    const brescia = await given(ctx).place({ en: 'Brescia', zh: '布雷西亚' }, 'IT');
    const tie = await given(ctx).tie(shenzhen, brescia, { kind: 'established', date: '2012-05-10', type: 'sister_city' });
    const mayor = await people.create(ctx, {
      names: { en: 'Laura Castelletti', zh: '劳拉·卡斯特莱蒂' },
      positions: [
        { title: { en: 'Deputy Mayor of Brescia', zh: '布雷西亚副市长' }, from: '2013', to: '2023-05' },
        { title: { en: 'Mayor of Brescia', zh: '布雷西亚市长' }, from: '2023-06', to: null },
      ],
    });
    return { shenzhen, brescia, tie, mayor };
  }
  const plan = (s: Awaited<ReturnType<typeof setting>>, extra: Partial<PlanVisitInput> = {}): PlanVisitInput => ({
    kind: 'incoming_visit',
    titles: { en: 'Brescia delegation visits Shenzhen', zh: '布雷西亚代表团访问深圳' },
    start: '2026年12月1日',
    end: '3 December 2026',
    delegationFromPlaceId: s.brescia.id,
    partnershipIds: [s.tie.id],
    members: [
      { personId: s.mayor.id, delegation: 'head', representing: { placeId: s.brescia.id } },
      { newPerson: { names: { en: 'Marco Rossi', zh: '马可·罗西' } }, title: { en: 'Councillor', zh: '市议员' }, delegation: 'member' },
    ],
    itinerary: [
      { date: '2026-12-01', title: { en: 'Meeting at the City Hall', zh: '市政府会见' } },
      { date: '2 December 2026', title: { en: 'Visit to the port', zh: '参观港口' } },
      { date: '2026年12月3日', title: { en: 'Signing ceremony', zh: '签约仪式' } },
    ],
    visit: { outcomes: { en: 'A memorandum on ports', zh: '港口合作备忘录' } },
    followUps: [{ title: 'Send the minutes to Brescia', owner: 'office@example.org', due: '2026-12-15' }],
    ...extra,
  });

  it('writes the visit, a new member, the titles held then, the dated stops and an internal follow-up in one go', async () => {
    const { ctx } = use();
    const s = await setting();
    const planned = await planVisit(ctx, plan(s));
    const visit = await events.get(ctx, planned.event.id);
    expect(visit).toMatchObject({ visibility: 'internal', start: '2026-12-01', end: '2026-12-03', partnershipIds: [s.tie.id] });
    expect(visit.itinerary.map((stop) => stop.date)).toEqual(['2026-12-01', '2026-12-02', '2026-12-03']);
    const [head, member] = visit.participants;
    // The head's title is the position she holds at the visit's date; the new member keeps the title written.
    expect(head).toMatchObject({
      personId: s.mayor.id,
      delegation: 'head',
      title: { en: 'Mayor of Brescia', zh: '布雷西亚市长' },
      representing: { placeId: s.brescia.id },
    });
    expect(member).toMatchObject({ personId: planned.createdPeople[0], delegation: 'member', title: { en: 'Councillor' } });
    expect(await people.get(ctx, member!.personId)).toMatchObject({
      names: { en: 'Marco Rossi', zh: '马可·罗西' },
      visibility: 'internal',
    });
    const [task] = await Promise.all(planned.taskIds.map((id) => tasks.get(ctx, id)));
    expect(task).toMatchObject({ eventId: visit.id, partnershipId: s.tie.id, visibility: 'internal', status: 'open' });
    const audit = await auditRepository.forRecord(ctx.db, 'event', visit.id);
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['create', 'plan_visit']));

    // The visits report files it under the tie's partner, not under 'no tie named'.
    const report = await visitsReport(ctx, { year: 2026 });
    expect(report.byPartner.map((g) => [g.partner, g.visits.map((v) => v.id)])).toEqual([['Brescia', [visit.id]]]);
  });

  it('writes nothing when one part fails, and names the field', async () => {
    const { ctx } = use();
    const s = await setting();
    const before = (await people.list(ctx)).length;
    const bad = plan(s, {
      itinerary: [
        { date: '2026-12-01', title: { en: 'Meeting' } },
        { date: '31 November 2026', title: { en: 'Port' } },
      ],
    });
    await expect(planVisit(ctx, bad)).rejects.toMatchObject({ code: 'validation', message: expect.stringContaining('itinerary[1].date') });
    const missing = plan(s, { partnershipIds: ['pa_doesnotexist'] });
    await expect(planVisit(ctx, missing)).rejects.toMatchObject({ code: 'missing_reference' });
    expect((await people.list(ctx)).length).toBe(before);
    expect(await events.list(ctx)).toEqual([]);
    const both = plan(s, { members: [{ personId: s.mayor.id, newPerson: { names: { en: 'X' } }, delegation: 'head' }] });
    await expect(planVisit(ctx, both)).rejects.toMatchObject({ message: expect.stringContaining('members[0].personId') });
    await expect(planVisit({ ...ctx, actor: VIEWER }, plan(s))).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('replans at the version edited, keeps it internal, and publishing shows the delegation', async () => {
    const { ctx } = use();
    const s = await setting();
    const first = await planVisit(ctx, plan(s));
    const again = plan(s, {
      members: [{ personId: first.createdPeople[0]!, title: { en: 'Councillor' }, delegation: 'head' }],
      followUps: [],
    });
    const second = await planVisit(ctx, again, { id: first.event.id, version: first.event.version });
    expect(second.event).toMatchObject({
      version: 2,
      visibility: 'internal',
      participants: [expect.objectContaining({ delegation: 'head' })],
    });
    expect(second.createdPeople).toEqual([]);
    await expect(planVisit(ctx, again, { id: first.event.id, version: 1 })).rejects.toMatchObject({ code: 'stale_version' });
    await setEventPublished(ctx, first.event.id, true);
    expect((await people.get(ctx, first.createdPeople[0]!)).visibility).toBe('public');
    expect((await partnerships.get(ctx, s.tie.id)).visibility).toBe('public');
  });
});

describeEachBackend('planning a visit over HTTP', (use) => {
  it('answers 201 to an editor, 400 naming the field, 403 to a viewer, and hides the plan from the public until published', async () => {
    const { store, ctx } = use();
    await seedAccounts(store);
    const server = await startServer(store);
    try {
      const place = await given(ctx).place({ en: 'Brescia', zh: '布雷西亚' }, 'IT');
      const editor = await signIn(server.url, 'editor@example.org');
      const viewer = await signIn(server.url, 'viewer@example.org');
      const body = {
        kind: 'incoming_visit',
        titles: { en: 'Brescia delegation visits Shenzhen' },
        delegationFromPlaceId: place.id,
        members: [{ newPerson: { names: { en: 'Marco Rossi', zh: '马可·罗西' } }, title: { en: 'Councillor' }, delegation: 'head' }],
        itinerary: [
          { date: '2026-12-01', title: { en: 'City Hall' } },
          { date: '2 December 2026', title: { en: 'Port' } },
        ],
      };
      const bad = await call(server.url, 'POST', '/api/flows/plan-visit', {
        session: editor,
        body: { ...body, followUps: [{ title: 'Minutes', owner: 'office', due: 'soon' }] },
      });
      expect(bad.status).toBe(400);
      expect(JSON.stringify(bad.json)).toContain('followUps');
      expect((await call(server.url, 'POST', '/api/flows/plan-visit', { session: viewer, body })).status).toBe(403);
      expect((await call(server.url, 'POST', '/api/flows/plan-visit', { body })).status).toBe(401);

      const made = await call(server.url, 'POST', '/api/flows/plan-visit', { session: editor, body });
      expect(made.status).toBe(201);
      const id = made.json.eventId as string;
      expect(made.headers.get('etag')).toBe('"1"');
      expect((await call(server.url, 'GET', `/api/events/${id}`)).status).toBe(404);
      const person = (made.json.createdPeople as string[])[0]!;
      expect((await call(server.url, 'GET', `/api/people/${person}`)).status).toBe(404);

      const replanned = await call(server.url, 'PUT', `/api/flows/plan-visit/${id}`, {
        session: editor,
        body: { ...body, members: [{ personId: person, title: { en: 'City Councillor' }, delegation: 'head' }] },
        headers: { 'if-match': '"1"' },
      });
      expect(replanned.json).toMatchObject({ eventId: id, version: 2, createdPeople: [] });
      const published = await call(server.url, 'POST', `/api/events/${id}/publish`, { session: editor, headers: { 'if-match': '"2"' } });
      expect(published.status).toBe(200);
      const shown = (await call(server.url, 'GET', `/api/events/${id}`)).json as {
        visit: unknown;
        itinerary: { date: string }[];
        participants: { title: { en: string } }[];
      };
      expect(shown.itinerary.map((s) => s.date)).toEqual(['2026-12-01', '2026-12-02']);
      expect(shown.participants[0]!.title.en).toBe('City Councillor');
      expect(shown.visit).toBeNull();
      expect((await call(server.url, 'GET', `/api/people/${person}`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('names before publishing the members who become public with the visit, and takes back on unpublishing those no other public record names', async () => {
    const { store, ctx } = use();
    await seedAccounts(store);
    const server = await startServer(store);
    try {
      const brescia = await given(ctx).place({ en: 'Brescia', zh: '布雷西亚' }, 'IT');
      const shenzhen = await given(ctx).place({ en: 'Shenzhen', zh: '深圳' }, 'CN');
      const mayor = await people.create(ctx, { names: { en: 'Laura Castelletti' } });
      const editor = await signIn(server.url, 'editor@example.org');
      const viewer = await signIn(server.url, 'viewer@example.org');
      const made = await call(server.url, 'POST', '/api/flows/plan-visit', {
        session: editor,
        body: {
          kind: 'incoming_visit',
          titles: { en: 'Brescia delegation visits Shenzhen' },
          delegationFromPlaceId: brescia.id,
          members: [
            { personId: mayor.id, delegation: 'head' },
            { newPerson: { names: { en: 'Marco Rossi', zh: '马可·罗西' } }, delegation: 'member' },
            { newPerson: { names: { en: 'Anna Berger' } }, delegation: 'member' },
          ],
        },
      });
      const id = made.json.eventId as string;
      const [marco, anna] = made.json.createdPeople as [string, string];
      const preview = (action: string, session = editor) => call(server.url, 'POST', `/api/events/${id}/${action}/preview`, { session });
      const seen = async (person: string) => (await call(server.url, 'GET', `/api/people/${person}`)).status;

      expect((await preview('publish', viewer)).status).toBe(403);
      expect((await preview('publish')).json).toEqual({
        people: [
          { id: marco, names: { en: 'Marco Rossi', zh: '马可·罗西' } },
          { id: anna, names: { en: 'Anna Berger' } },
        ],
      });
      expect(
        (await call(server.url, 'POST', `/api/events/${id}/publish`, { session: editor, headers: { 'if-match': '"1"' } })).status,
      ).toBe(200);
      expect([await seen(mayor.id), await seen(marco), await seen(anna)]).toEqual([200, 200, 200]);

      // Anna signs a public agreement; Marco is only a tie's liaison contact, which the public never reads.
      await agreements.create(ctx, {
        kind: 'memorandum',
        titles: { en: 'Memorandum on ports' },
        signatories: [{ personId: anna, onBehalfOf: { placeId: brescia.id } }],
        visibility: 'public',
      });
      await partnerships.create(ctx, {
        placeAId: shenzhen.id,
        placeBId: brescia.id,
        history: [{ kind: 'established', date: '2012', type: 'sister_city' }],
        contacts: [{ side: 'b', name: 'Marco Rossi', personId: marco }],
      });
      expect((await preview('unpublish')).json).toEqual({ people: [{ id: marco, names: { en: 'Marco Rossi', zh: '马可·罗西' } }] });
      const unpublished = await call(server.url, 'POST', `/api/events/${id}/unpublish`, {
        session: editor,
        headers: { 'if-match': '"2"' },
      });
      expect(unpublished.status).toBe(200);
      // The mayor was public before the visit and Anna is named by the agreement: both stay; Marco goes back.
      expect([await seen(mayor.id), await seen(marco), await seen(anna)]).toEqual([200, 404, 200]);
      const trail = await call(server.url, 'GET', `/api/people/${marco}/history`, { session: editor });
      expect((trail.json.items as { action: string }[]).map((e) => e.action)).toEqual(['create', 'publish', 'unpublish']);

      // An internal visit has nothing more to take back.
      expect((await preview('unpublish')).json).toEqual({ people: [] });
      // Published again, the visit takes Marco with it once more, and Anna with it no longer.
      expect((await preview('publish')).json).toEqual({ people: [{ id: marco, names: { en: 'Marco Rossi', zh: '马可·罗西' } }] });
    } finally {
      await server.close();
    }
  });

  it('saves a tie’s liaison contact without an id, giving it the next free one', async () => {
    const { ctx } = use();
    const a = await given(ctx).place('Shenzhen', 'CN');
    const b = await given(ctx).place('Brescia', 'IT');
    const tie = await partnerships.create(ctx, {
      placeAId: a.id,
      placeBId: b.id,
      history: [{ kind: 'established', date: '2012', type: 'sister_city' }],
      contacts: [
        { id: 'c1', side: 'b', name: 'Anna Berger' },
        { side: 'b', name: 'Marco Rossi' },
        { side: 'a', name: 'Li Wei' },
      ],
    });
    expect(tie.contacts.map((c) => [c.id, c.name])).toEqual([
      ['c1', 'Anna Berger'],
      ['c2', 'Marco Rossi'],
      ['c3', 'Li Wei'],
    ]);
    await expect(
      partnerships.create(ctx, {
        placeAId: a.id,
        placeBId: b.id,
        history: [{ kind: 'established', type: 'sister_city' }],
        contacts: [{ id: 'x', side: 'b', name: 'A' }],
      }),
    ).rejects.toMatchObject({ message: expect.stringContaining('contacts[0].id') });
  });
});
