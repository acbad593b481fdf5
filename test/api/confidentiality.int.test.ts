import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Role } from '../../src/domain/permissions.ts';
import { accounts } from '../../src/services/auth/accounts.service.ts';
import { ORGANISATION_KINDS } from '../../src/records/organisation/organisation.schema.ts';
import {
  agreements,
  events,
  figures,
  mechanisms,
  organisations,
  partnerships,
  people,
  places,
  sources,
  tasks,
} from '../../src/services/records.service.ts';
import type { Store } from '../../src/storage/connect.ts';
import { ctxFor, describeEachBackend } from '../support/backends.ts';
import { call, seedAccounts, signIn, startServer, type Session } from '../support/server.ts';

/*
 * Every GET route of the OpenAPI document, called as each role with parameters that reach a
 * registry holding one sentinel string per internal record and per internal field. A sentinel
 * in an answer to a role that may not see it fails the test, and so does a route never answered.
 */

type Reader = 'anonymous' | Role;
type Audience = 'internal' | 'accounts';
const MAY_SEE: Record<Audience, readonly Reader[]> = {
  internal: ['viewer', 'editor', 'admin'],
  accounts: ['admin'],
};
const READERS: readonly Reader[] = ['anonymous', 'viewer', 'editor', 'admin'];

const S = (kind: string, field: string) => `SENTINEL-${kind}-${field}`;
/** Each sentinel and who may read it; matched without regard to case (e-mail addresses are kept lower-cased). */
const SENTINELS: Record<string, Audience> = {
  [S('place', 'internal')]: 'internal',
  [S('partnership', 'internal')]: 'internal',
  [S('partnership', 'reason')]: 'internal',
  [S('partnership', 'ending')]: 'internal',
  [S('partnership', 'contact')]: 'internal',
  [S('event', 'purpose')]: 'internal',
  [S('event', 'approval')]: 'internal',
  [S('event', 'gift')]: 'internal',
  [S('event', 'outcomes')]: 'internal',
  [S('event', 'internalNote')]: 'internal',
  [S('event', 'planned')]: 'internal',
  [S('event', 'venue')]: 'internal',
  [S('task', 'title')]: 'internal',
  [S('user', 'email')]: 'accounts',
  [S('token', 'name')]: 'accounts',
};

interface Operation {
  path: string;
  params: { name: string; in: string; required?: boolean; schema?: { enum?: string[] } }[];
}

describeEachBackend(
  'what each role reads on every GET route',
  (use) => {
    let store: Store;
    let server: Awaited<ReturnType<typeof startServer>>;
    let operations: Operation[] = [];
    const sessions: Partial<Record<Reader, Session>> = {};
    const calendar: Partial<Record<Reader, string>> = {};
    const ids: Record<string, string[]> = {};
    const at: Record<string, string> = {};
    const accountIds: Record<string, string> = {};
    const leaks: string[] = [];
    const seen = new Map<string, Set<Reader>>();
    const answered = new Set<string>();

    beforeAll(async () => {
      store = use().store;
      const ctx = ctxFor(store);
      const home = await places.create(ctx, { kind: 'city', names: { en: 'Harbourtown' }, country: 'CN' });
      const foreign = await places.create(ctx, { kind: 'city', names: { en: 'Weitstadt' }, country: 'DE' });
      const other = await places.create(ctx, { kind: 'city', names: { en: 'Lakeport' }, country: 'JP' });
      const hidden = await places.create(ctx, {
        kind: 'city',
        names: { en: S('place', 'internal') },
        country: 'CN',
        visibility: 'internal',
      });
      const established = { kind: 'established' as const, date: '2001-05-01', type: 'sister_city' as const };
      const suspended = await partnerships.create(ctx, {
        placeAId: home.id,
        placeBId: foreign.id,
        history: [established, { kind: 'status_changed', status: 'suspended', date: '2024-02-01', note: S('partnership', 'reason') }],
        contacts: [{ id: 'c1', side: 'b', name: S('partnership', 'contact') }],
      });
      const ended = await partnerships.create(ctx, {
        placeAId: home.id,
        placeBId: other.id,
        history: [established, { kind: 'ended', date: '2020-01-01', note: S('partnership', 'ending') }],
      });
      const active = await partnerships.create(ctx, { placeAId: other.id, placeBId: foreign.id, history: [established] });
      const internalTie = await partnerships.create(ctx, {
        placeAId: home.id,
        placeBId: hidden.id,
        history: [established],
        visibility: 'internal',
        note: S('partnership', 'internal'),
      });
      const hiddenAbroad = await partnerships.create(ctx, {
        placeAId: hidden.id,
        placeBId: foreign.id,
        history: [established],
        visibility: 'internal',
      });
      const visit = await events.create(ctx, {
        kind: 'incoming_visit',
        titles: { en: 'Delegation from Weitstadt' },
        start: '2026-05-10',
        placeIds: [home.id],
        delegationFromPlaceId: foreign.id,
        partnershipIds: [suspended.id],
        internalNote: S('event', 'internalNote'),
        visit: {
          purpose: { en: S('event', 'purpose') },
          approval: { status: 'approved', by: S('event', 'approval') },
          gifts: [{ direction: 'received', description: S('event', 'gift') }],
          outcomes: { en: S('event', 'outcomes') },
        },
      });
      const planned = await events.create(ctx, {
        kind: 'incoming_visit',
        titles: { en: S('event', 'planned') },
        start: '2026-12-20',
        placeIds: [home.id],
        partnershipIds: [suspended.id],
        itinerary: [{ date: '2026-12-20', time: '09:30', title: { en: S('event', 'venue') } }],
        visibility: 'internal',
      });
      const task = await tasks.create(ctx, {
        title: S('task', 'title'),
        owner: 'editor@example.org',
        due: '2026-12-28',
        partnershipId: suspended.id,
        eventId: visit.id,
      });
      const source = await sources.create(ctx, { kind: 'article', title: 'Harbourtown and Weitstadt renew their tie' });
      const figure = await figures.create(ctx, { homePlaceId: home.id, asOf: '2025-12-31', sourceId: source.id, places: 3 });
      const person = await people.create(ctx, { names: { en: 'Anna Weit' } });
      const organisation = await organisations.create(ctx, { kind: ORGANISATION_KINDS[0], names: { en: 'Weitstadt Friendship Society' } });
      const agreement = await agreements.create(ctx, {
        kind: 'memorandum',
        titles: { en: 'Memorandum of Harbourtown and Weitstadt' },
        partnerships: [{ partnershipId: suspended.id, effect: 'renews' }],
      });
      const mechanism = await mechanisms.create(ctx, { names: { en: 'Harbour Cities Forum' }, members: [{ placeId: home.id }] });
      const emails = await seedAccounts(store);
      const secret = await accounts.add(ctx, {
        email: `${S('user', 'email').toLowerCase()}@example.org`,
        role: 'viewer',
        password: 'another horse battery',
      });
      const token = await accounts.createToken(ctx, secret.id, S('token', 'name'));
      Object.assign(accountIds, { user: secret.id, api_token: token.id });
      Object.assign(ids, {
        places: [home.id, foreign.id, hidden.id],
        partnerships: [suspended.id, ended.id, active.id, internalTie.id, hiddenAbroad.id],
        events: [visit.id, planned.id],
        tasks: [task.id],
        sources: [source.id],
        figures: [figure.id],
        people: [person.id],
        organisations: [organisation.id],
        agreements: [agreement.id],
        mechanisms: [mechanism.id],
      });
      Object.assign(at, { home: home.id, foreign: foreign.id, other: other.id, hidden: hidden.id });
      server = await startServer(store);
      for (const [role, email] of Object.entries(emails) as [Role, string][]) {
        const session = await signIn(server.url, email);
        sessions[role] = session;
        const feed = await call(server.url, 'POST', '/api/calendar/token', { session });
        calendar[role] = String(feed.json.token);
      }
      const doc = (await call(server.url, 'GET', '/api/openapi.json')).json as {
        paths: Record<string, Record<string, { parameters?: Operation['params'] }>>;
      };
      operations = Object.entries(doc.paths)
        .filter(([, ops]) => ops.get)
        .map(([path, ops]) => ({ path, params: ops.get!.parameters ?? [] }));
    });

    afterAll(async () => {
      await server?.close();
    });

    /** Records of each kind whose ids a path's `{id}` takes: the sentinels' own records, else any one. */
    const recordIds = (collection: string): string[] => ids[collection] ?? [];

    /** The values a query parameter takes so that an answer could reach a sentinel. */
    function candidates(op: Operation, name: string, enumeration: string[] | undefined): string[] {
      const network = op.path.startsWith('/api/network/');
      switch (name) {
        case 'home':
        case 'place':
          return [at.home!, at.hidden!];
        case 'foreign':
        case 'partner':
          return [at.foreign!, at.hidden!];
        case 'a':
          return [at.home!];
        case 'b':
          return [at.foreign!, at.hidden!];
        case 'from':
          return network ? [at.home!] : [];
        case 'to':
          return network ? [at.hidden!, at.foreign!] : [];
        case 'partnership':
          return ids.partnerships!;
        case 'q':
          return ['SENTINEL', 'Harbourtown'];
        case 'year':
          return ['2026'];
        case 'within':
          return ['3650d'];
        case 'limit':
          return op.path === '/api/audit' ? ['500'] : [];
        case 'format':
        case 'lang':
          return enumeration ?? [];
        default:
          return enumeration && op.params.find((p) => p.name === name)?.required ? enumeration : [];
      }
    }

    /** Each query string to try: every combination of the required parameters, then each optional one alone. */
    function queries(op: Operation, reader: Reader): string[] {
      const query = op.params.filter((p) => p.in === 'query');
      const names = new Set(query.map((p) => p.name));
      if (names.has('entity')) {
        const pairs: [string, string | null][] = [
          ['place', at.hidden!],
          ['partnership', ids.partnerships![0]!],
          ['partnership', ids.partnerships![3]!],
          ['event', ids.events![0]!],
          ['event', ids.events![1]!],
          ['task', ids.tasks![0]!],
          ['user', accountIds.user!],
          ['api_token', accountIds.api_token!],
        ];
        const withId = pairs.map(([entity, id]) => `entity=${entity}&id=${id}`);
        const required = query.find((p) => p.name === 'id')?.required;
        return required ? withId : ['', ...withId, ...pairs.map(([entity]) => `entity=${entity}&limit=500`)];
      }
      if (names.has('token')) return reader === 'anonymous' ? [] : ['en', 'zh'].map((lang) => `token=${calendar[reader]}&lang=${lang}`);
      let base: URLSearchParams[] = [new URLSearchParams()];
      for (const p of query.filter((q) => q.required)) {
        const values = candidates(op, p.name, p.schema?.enum);
        base = base.flatMap((b) => values.map((v) => new URLSearchParams([...b, [p.name, v]])));
      }
      const out = base.map(String);
      for (const p of query.filter((q) => !q.required)) {
        for (const v of candidates(op, p.name, p.schema?.enum)) out.push(String(new URLSearchParams([...base[0]!, [p.name, v]])));
      }
      return [...new Set(out)];
    }

    function paths(op: Operation): string[] {
      const m = /^\/api\/([a-z]+)\/\{id\}/.exec(op.path);
      if (!m) return op.path.includes('{') ? [] : [op.path];
      return recordIds(m[1]!).map((id) => op.path.replace('{id}', id));
    }

    async function read(reader: Reader, op: Operation): Promise<void> {
      for (const path of paths(op)) {
        for (const query of queries(op, reader)) {
          const url = query ? `${path}?${query}` : path;
          const res = await call(server.url, 'GET', url, { session: sessions[reader] });
          if (res.status >= 200 && res.status < 300) answered.add(op.path);
          const text = (typeof res.body === 'string' ? res.body : JSON.stringify(res.body)).toLowerCase();
          for (const [sentinel, audience] of Object.entries(SENTINELS)) {
            if (!text.includes(sentinel.toLowerCase())) continue;
            seen.set(sentinel, (seen.get(sentinel) ?? new Set()).add(reader));
            if (!MAY_SEE[audience].includes(reader)) leaks.push(`${reader} GET ${url} (${res.status}): ${sentinel}`);
          }
        }
      }
    }

    for (const reader of READERS) {
      it(`shows ${reader} callers nothing they may not see`, async () => {
        for (const op of operations) await read(reader, op);
        expect(leaks).toEqual([]);
      });
    }

    it('called every GET route of the document and had an answer from each', () => {
      expect(operations.length).toBeGreaterThan(50);
      const unanswered = operations.map((op) => op.path).filter((path) => !answered.has(path));
      expect(unanswered).toEqual([]);
    });

    it('reached every sentinel for a role that may see it', () => {
      for (const [sentinel, audience] of Object.entries(SENTINELS)) {
        expect({ sentinel, seenBy: [...(seen.get(sentinel) ?? [])].sort() }).toEqual({ sentinel, seenBy: [...MAY_SEE[audience]].sort() });
      }
    });
  },
  { registry: 'shared', timeout: 240_000 },
);

describeEachBackend(
  'publishing a planned visit',
  (use) => {
    it('shows it to the public only once an editor publishes it, and hides it again on unpublish, each step audited', async () => {
      const { store, ctx } = use();
      const home = await places.create(ctx, { kind: 'city', names: { en: 'Harbourtown' }, country: 'CN' });
      const planned = await events.create(ctx, {
        kind: 'incoming_visit',
        titles: { en: 'Delegation from Weitstadt' },
        start: '2026-12-20',
        placeIds: [home.id],
        visibility: 'internal',
      });
      const emails = await seedAccounts(store);
      const server = await startServer(store);
      try {
        const editor = await signIn(server.url, emails.editor);
        const viewer = await signIn(server.url, emails.viewer);
        const path = `/api/events/${planned.id}`;
        expect((await call(server.url, 'GET', path)).status).toBe(404);
        const refused = await call(server.url, 'POST', `${path}/publish`, { session: viewer, headers: { 'if-match': '"1"' } });
        expect(refused.status).toBe(403);
        const stale = await call(server.url, 'POST', `${path}/publish`, { session: editor, headers: { 'if-match': '"7"' } });
        expect(stale.status).toBe(412);
        const published = await call(server.url, 'POST', `${path}/publish`, { session: editor, headers: { 'if-match': '"1"' } });
        expect(published.json).toMatchObject({ visibility: 'public', version: 2 });
        expect((await call(server.url, 'GET', path)).json).toMatchObject({ titles: { en: 'Delegation from Weitstadt' } });
        const again = await call(server.url, 'POST', `${path}/publish`, { session: editor, headers: { 'if-match': '"2"' } });
        expect(again.status).toBe(400);
        expect(again.json.issues).toEqual([expect.objectContaining({ path: ['visibility'], code: 'same_visibility' })]);
        const unpublished = await call(server.url, 'POST', `${path}/unpublish`, { session: editor, headers: { 'if-match': '"2"' } });
        expect(unpublished.json).toMatchObject({ visibility: 'internal', version: 3 });
        expect((await call(server.url, 'GET', path)).status).toBe(404);
        const trail = await call(server.url, 'GET', `${path}/history`, { session: editor });
        expect((trail.json.items as { action: string }[]).map((e) => e.action)).toEqual(['create', 'publish', 'unpublish']);
      } finally {
        await server.close();
      }
    });
  },
  { timeout: 60_000 },
);
