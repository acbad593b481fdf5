import { expect, it } from 'vitest';
import { accountRepository } from '../../src/storage/account.repository.ts';
import { describeInChromium, eventually } from '../support/browser.ts';
import { PASSWORD, seedAccounts } from '../support/server.ts';
import { LoginForm } from './pages.ts';

describeInChromium(
  'accounts in the workspace, in Chromium',
  (chromium) => {
    it('asks before disabling an account, says what will change, and shows one outcome at a time', async () => {
      const { page, url, store } = chromium;
      await new LoginForm(page, url).signIn('admin@example.org', PASSWORD);
      await page.goto(`${url}/staff/users`);
      const row = page.getByRole('row').filter({ hasText: 'editor@example.org' });
      await row.getByRole('button', { name: 'Disable', exact: true }).click();

      const dialog = page.getByRole('dialog', { name: 'Disable editor@example.org?' });
      await dialog.getByText(/no longer be able to sign in.*API tokens and calendar address stop working/).waitFor();
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await dialog.waitFor({ state: 'detached' });
      const editor = async () => (await accountRepository.userByEmail(store.db, 'editor@example.org'))!;
      expect((await editor()).disabled_at).toBeNull();
      expect(await page.getByRole('status').filter({ hasText: 'was changed' }).count()).toBe(0);

      await row.getByRole('button', { name: 'Disable', exact: true }).click();
      await dialog.getByRole('button', { name: 'Disable the account' }).click();
      await page.getByRole('status').filter({ hasText: 'The account editor@example.org was changed.' }).waitFor();
      await row.getByText('disabled', { exact: true }).waitFor();
      expect((await editor()).disabled_at).not.toBeNull();

      // The last administrator: the dialog asks, the server refuses, and only the refusal shows.
      const self = page.getByRole('row').filter({ hasText: 'admin@example.org' });
      await self.getByRole('button', { name: 'Disable', exact: true }).click();
      await page.getByRole('dialog', { name: 'Disable admin@example.org?' }).getByRole('button', { name: 'Disable the account' }).click();
      await page.getByRole('alert').filter({ hasText: 'last active administrator' }).waitFor();
      await eventually(() => page.locator('p.ok, p.error').count()).toBe(1);
      expect(await page.getByRole('status').filter({ hasText: 'was changed' }).count()).toBe(0);
      expect((await accountRepository.userByEmail(store.db, 'admin@example.org'))!.disabled_at).toBeNull();
    });
  },
  {
    given: async (_ctx, store) => {
      await seedAccounts(store);
    },
  },
);
