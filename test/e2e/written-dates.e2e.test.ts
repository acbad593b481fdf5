import { expect, it } from 'vitest';
import { describeInChromium, eventually } from '../support/browser.ts';
import { call, PASSWORD, seedAccounts, signIn } from '../support/server.ts';
import { LoginForm, RecordEditor, type Stored } from './pages.ts';

describeInChromium(
  'date fields as people type them, in Chromium',
  (chromium) => {
    it('shows what a typed date was read as, at its precision, and saves the precise form', async () => {
      const page = await chromium.newPage({ locale: 'en-GB' });
      await new LoginForm(page, chromium.url).signIn('editor@example.org', PASSWORD);
      const editor = new RecordEditor(page, chromium.url);
      await editor.open('events');
      const start = editor.form().getByLabel('Start', { exact: true });
      const hint = page.locator(`#${await start.getAttribute('id')}-hint`);
      await start.fill('16 June 2017');
      await eventually(() => hint.textContent()).toBe('Read as 16 June 2017 (day)');
      await start.fill('2017年2月30日');
      await eventually(() => hint.getAttribute('data-state')).toBe('refused');
      expect(await hint.textContent()).toBe('This date does not exist.');
      await start.fill('2017年6月');
      await eventually(() => hint.textContent()).toBe('Read as June 2017 (month)');
      await editor.form().getByLabel('English', { exact: true }).first().fill('Signing in Vilnius');
      await editor.save();
      await editor.saved().waitFor();
      await eventually(() => start.inputValue()).toBe('2017-06');
      // The editor moves to the new record's address once it is saved: read its id from there, not before.
      await page.waitForURL(/\/staff\/records\/events\/ev_\w+$/);
      const id = page.url().split('/').pop()!;
      const session = await signIn(chromium.url, 'editor@example.org');
      const stored = (await call(chromium.url, 'GET', `/api/events/${id}`, { session })).json as Stored;
      expect(stored.start).toBe('2017-06');
    });

    it('reads the same date back in Chinese', async () => {
      const page = await chromium.newPage({ locale: 'zh-CN' });
      await new LoginForm(page, chromium.url).signIn('editor@example.org', PASSWORD);
      const editor = new RecordEditor(page, chromium.url);
      await editor.open('events');
      const start = editor.form().getByLabel('开始日期', { exact: true });
      await start.fill('2017/6/16');
      const hint = page.locator(`#${await start.getAttribute('id')}-hint`);
      await eventually(() => hint.textContent()).toBe('识别为：2017年6月16日（日）');
    });
  },
  { given: async (_ctx, store) => void (await seedAccounts(store)) },
);
