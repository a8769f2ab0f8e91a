// Signing out goes to the sign-in page the user knows, without a way back to the page they left:
// a request answered 401 while the sign-in page's code is still loading must not turn the
// sign-out into "your session expired, come back here afterwards".
import { test, expect } from '../support/fixtures.js';
import { fillIamSignIn } from '../support/console.js';
import { strongPassword, uniqueName } from '../support/names.js';

test('sign out while the sign-in page still loads: the next sign-in opens the dashboard', async ({
  page,
  rootApi,
  rootIdentity,
}) => {
  const userName = uniqueName('out-user');
  const password = strongPassword();
  await rootApi.post('/api/users', { userName });
  await rootApi.put(`/api/users/${userName}/login-profile`, { password, passwordResetRequired: false });

  await page.goto(`/signin/${rootIdentity.accountId}`);
  await fillIamSignIn(page, userName, password);
  await expect(page.getByRole('heading', { level: 1, name: 'IAM dashboard' })).toBeVisible();
  await page.goto('/security-credentials');
  await expect(page.getByRole('heading', { level: 1, name: 'My security credentials' })).toBeVisible();

  // Slow scripts from here on: the sign-in page's chunk arrives well after the sign-out answer,
  // while the console still shows the page being left.
  await page.route('**/*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.getByRole('button', { name: /^Account menu for/ }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page.getByRole('form', { name: 'IAM user sign-in' })).toBeVisible({ timeout: 30_000 });
  await page.unroute('**/*.js');
  expect(new URL(page.url()).pathname).toBe(`/signin/${rootIdentity.accountId}`);
  expect(new URL(page.url()).searchParams.get('redirect')).toBeNull();

  await fillIamSignIn(page, userName, password);
  await expect(page.getByRole('heading', { level: 1, name: 'IAM dashboard' })).toBeVisible();
});
