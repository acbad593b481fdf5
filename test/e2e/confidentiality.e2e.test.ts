import { beforeAll, expect, it } from 'vitest';
import { events, partnerships, places } from '../../src/services/records.service.ts';
import { describeInChromium, eventually } from '../support/browser.ts';
import { PASSWORD, seedAccounts } from '../support/server.ts';
import { LoginForm, Portal } from './pages.ts';

const REASON = 'Withdrawn over the harbour dispute';
const PLANNED = 'Planned delegation from Weitstadt';
const ids: Record<string, string> = {};

describeInChromium(
  'what the public pages show signed out',
  (chromium) => {
    let portal: Portal;

    beforeAll(() => {
      portal = new Portal(chromium.page, chromium.url);
    });

    it('shows a suspended tie’s history without its reason, in English and in Chinese', async () => {
      const { page } = chromium;
      await portal.open(`/partners/${ids.partner}`);
      await portal.switchLanguage('English');
      const steps = page.locator('ol.history li');
      await eventually(() => steps.count()).toBe(2);
      await steps.filter({ hasText: 'suspended' }).waitFor();
      expect(await page.getByText(REASON).count()).toBe(0);
      await portal.switchLanguage('中文');
      await steps.filter({ hasText: '暂停' }).waitFor();
      expect(await page.getByText(REASON).count()).toBe(0);
    });

    it('lists a planned visit on the events page only once it is published', async () => {
      const { page } = chromium;
      await portal.open('/events');
      await portal.switchLanguage('English');
      await page
        .getByRole('status')
        .filter({ hasText: /^1 event$/ })
        .waitFor();
      expect(await page.getByText(PLANNED).count()).toBe(0);

      // The office publishes it from the visit planner, in a window of its own.
      const office = await chromium.newPage({ locale: 'en-GB' });
      await new LoginForm(office, chromium.url).signIn('editor@example.org', PASSWORD, `/staff/visits/${ids.planned}`);
      await office.getByLabel('Who sees it').waitFor();
      expect(await office.getByLabel('Who sees it').inputValue()).toBe('internal');
      await office.getByRole('button', { name: 'Publish', exact: true }).click();
      await office
        .getByRole('dialog', { name: `Publish “${PLANNED}”?` })
        .getByRole('button', { name: 'Publish', exact: true })
        .click();
      await office.getByRole('status').filter({ hasText: 'Published: everyone can see it (version 2).' }).waitFor();
      await office.getByRole('button', { name: 'Unpublish', exact: true }).waitFor();
      await portal.open('/events');
      await page
        .getByRole('status')
        .filter({ hasText: /^2 events$/ })
        .waitFor();
      await page.getByText(PLANNED).first().waitFor();
    });
  },
  {
    given: async (ctx, store) => {
      const home = await places.create(ctx, { kind: 'city', names: { en: 'Harbourtown', zh: '港城' }, country: 'CN' });
      const partner = await places.create(ctx, { kind: 'city', names: { en: 'Weitstadt', zh: '魏特施塔特' }, country: 'DE' });
      const tie = await partnerships.create(ctx, {
        placeAId: home.id,
        placeBId: partner.id,
        history: [
          { kind: 'established', date: '2001-05-01', type: 'sister_city' },
          { kind: 'status_changed', status: 'suspended', date: '2024-02-01', note: REASON },
        ],
      });
      await events.create(ctx, {
        kind: 'outgoing_visit',
        titles: { en: 'Harbourtown delegation to Weitstadt' },
        start: '2019-06-01',
        placeIds: [partner.id],
        partnershipIds: [tie.id],
      });
      const planned = await events.create(ctx, {
        kind: 'incoming_visit',
        titles: { en: PLANNED },
        start: '2027-03-10',
        placeIds: [home.id],
        partnershipIds: [tie.id],
        visibility: 'internal',
      });
      Object.assign(ids, { partner: partner.id, planned: planned.id });
      await seedAccounts(store);
    },
  },
);
