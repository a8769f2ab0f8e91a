// The account's password policy: set in Account settings with the console's options, enforced
// wherever a password is set (here an administrator setting a user's console password), with
// the server's message naming the unmet rule on the password field; deleting it restores the
// IAM default. The policy is account-wide and other specs run in parallel, so the rules chosen
// are ones their passwords (strongPassword, the console's generator) already meet.
import { test, expect } from '../support/fixtures.js';
import { openFromNavigation } from '../support/console.js';
import { uniqueName } from '../support/names.js';
import { saveScreenshot } from '../support/screenshots.js';

test('a password that breaks the password policy is refused with the rule named', async ({
  rootPage: page,
  rootApi,
}) => {
  const userName = uniqueName('policy-user');
  await rootApi.post('/api/users', { userName, path: '/policy/' });

  await test.step('root sets a custom policy that requires symbols', async () => {
    await openFromNavigation(page, 'Account settings', 'Account settings');
    await expect(page.getByText('This account uses the IAM default password policy:')).toBeVisible();
    await page.getByRole('button', { name: 'Edit' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Edit password policy' })).toBeVisible();
    await page.getByRole('radio', { name: /^Custom/ }).check();
    await page.getByLabel('Password minimum length').fill('10');
    await page.getByRole('checkbox', { name: 'Turn on password expiration' }).uncheck();
    await page.getByRole('checkbox', { name: 'Prevent password reuse' }).uncheck();
    await expect(
      page.getByRole('checkbox', { name: 'Require at least one non-alphanumeric character' }),
    ).toBeChecked();
    await saveScreenshot(page, 'password-policy-edit');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Account settings' })).toBeVisible();
    const rules = page.getByRole('list', { name: 'Password policy rules' });
    await expect(rules).toContainText('Minimum password length: 10 characters');
    await expect(rules).toContainText('Require at least one non-alphanumeric character');
  });

  try {
    await test.step("a user's console password without a symbol is refused, naming the rule", async () => {
      await page.goto(`/users/${userName}?tab=security_credentials`);
      await page.getByRole('button', { name: 'Manage console access' }).click();
      const dialog = page.getByRole('dialog', { name: 'Manage console access' });
      await dialog.getByRole('radio', { name: /Custom password/ }).check();
      await dialog.locator('input[type="password"]').fill('Abcdefgh12345');
      await dialog.getByRole('button', { name: 'Enable access' }).click();
      await expect(dialog.getByText(/must contain one of the symbols/)).toBeVisible();
      await saveScreenshot(page, 'password-policy-violation');
      const profile = await page.request.get(`/api/users/${userName}/login-profile`);
      expect(profile.status()).toBe(404);
    });
  } finally {
    await test.step('deleting the policy restores the IAM default', async () => {
      await page.goto('/account-settings');
      await page.getByRole('button', { name: 'Delete' }).click();
      const confirm = page.getByRole('dialog', { name: 'Delete password policy?' });
      await confirm.getByLabel('Type delete to confirm').fill('delete');
      await confirm.getByRole('button', { name: 'Delete' }).click();
      await expect(page.getByText('This account uses the IAM default password policy:')).toBeVisible();
    });
  }
});
