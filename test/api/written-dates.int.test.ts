import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachBackend } from '../support/backends.ts';
import { call, seedAccounts, signIn, startServer, type Session } from '../support/server.ts';

describeEachBackend(
  'dates as people write them, over HTTP',
  (use) => {
    let server: Awaited<ReturnType<typeof startServer>>;
    let editor: Session;

    beforeAll(async () => {
      const { store } = use();
      const emails = await seedAccounts(store);
      server = await startServer(store);
      editor = await signIn(server.url, emails.editor);
    });
    afterAll(async () => {
      await server?.close();
    });

    const newEvent = (start: string, end: string | null = null) =>
      call(server.url, 'POST', '/api/events', { session: editor, body: { kind: 'signing', titles: { en: 'Signing' }, start, end } });
    const countEvents = async () =>
      Number((await call(server.url, 'GET', '/api/events?limit=1&count=true', { session: editor })).json.total);

    it('stores a date typed as 2017年6月16日, 16 June 2017 or June 2017 at its precision', async () => {
      const day = await newEvent('2017年6月16日', '17 June 2017');
      expect(day.status).toBe(201);
      expect(day.json).toMatchObject({ start: '2017-06-16', end: '2017-06-17' });
      const month = await newEvent('June 2017');
      expect(month.json).toMatchObject({ start: '2017-06', end: null });
      const year = await newEvent('2017年');
      expect(year.json).toMatchObject({ start: '2017' });
      const stored = await call(server.url, 'GET', `/api/events/${(day.json as { id: string }).id}`, { session: editor });
      expect(stored.json).toMatchObject({ start: '2017-06-16', end: '2017-06-17' });
    });

    it('refuses a day that never was, naming the field, and stores nothing', async () => {
      const before = await countEvents();
      const bad = await newEvent('2017年2月30日');
      expect(bad.status).toBe(400);
      expect(bad.json.issues).toEqual([
        expect.objectContaining({
          path: ['body', 'start'],
          code: 'date_invalid',
          message: "'2017年2月30日' has no day 30: February 2017 has 28 days",
        }),
      ]);
      const nonsense = await newEvent('2017/6/16', 'soon');
      expect(nonsense.status).toBe(400);
      expect(nonsense.json.issues).toEqual([expect.objectContaining({ path: ['body', 'end'], code: 'date_format' })]);
      expect(await countEvents()).toBe(before);
    });
  },
  { registry: 'shared' },
);
