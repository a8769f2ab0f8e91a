// A session that expires while the console is open: the next thing the user does sends them to
// the sign-in page they use (root or their account's), and signing in returns them to the page
// they were on.
import { test, expect } from '../support/fixtures.js';
import { fillIamSignIn, fillRootSignIn } from '../support/console.js';
import { allowPolicy } from '../support/api-client.js';
import { strongPassword, uniqueName } from '../support/names.js';
import { ageSessionPastIdleTimeout, sessionExists } from '../support/sessions.js';

test('root: an expired session goes to /signin and comes back to the same tab', async ({
  rootPage: page,
  rootApi,
  db,
  env,
}) => {
  const userName = uniqueName('expiry-subject');
  await rootApi.post('/api/users', { userName, path: '/expiry/' });
  await page.goto(`/users/${userName}?tab=tags`);
  await expect(page.getByRole('heading', { level: 1, name: userName })).toBeVisible();

  const expired = await ageSessionPastIdleTimeout(db, page.context());
  await page.getByRole('tab', { name: 'Groups' }).click();

  await expect(page).toHaveURL(`/signin?redirect=${encodeURIComponent(`/users/${userName}?tab=groups`)}`);
  // The server refused the idle session and deleted it; signing in starts a new one.
  expect(await sessionExists(db, expired)).toBe(false);
  await fillRootSignIn(page, env.rootEmail, env.rootPassword);
  await expect(page).toHaveURL(`/users/${userName}?tab=groups`);
  await expect(page.getByRole('heading', { level: 1, name: userName })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Groups', selected: true })).toBeVisible();
});

test("IAM user: an expired session goes to the account's sign-in page and back", async ({
  page,
  rootApi,
  rootIdentity,
  db,
}) => {
  const userName = uniqueName('expiry-user');
  const password = strongPassword();
  const accountId = rootIdentity.accountId;
  await rootApi.post('/api/users', { userName, path: '/expiry/' });
  await rootApi.put(`/api/users/${userName}/login-profile`, { password, passwordResetRequired: false });
  await rootApi.put(`/api/users/${userName}/inline-policies/ReadIam`, {
    document: allowPolicy(['iam:Get*', 'iam:List*']),
  });

  // Signing in by account ID: the console remembers that page for the next sign-in.
  await page.goto(`/signin/${accountId}`);
  await fillIamSignIn(page, userName, password);
  await expect(page.getByRole('heading', { level: 1, name: 'IAM dashboard' })).toBeVisible();
  await page.goto(`/users/${userName}?tab=tags`);
  await expect(page.getByRole('heading', { level: 1, name: userName })).toBeVisible();

  const expired = await ageSessionPastIdleTimeout(db, page.context());
  await page.getByRole('tab', { name: 'Permissions' }).click();

  const back = `/users/${userName}?tab=permissions`;
  await expect(page).toHaveURL(`/signin/${accountId}?redirect=${encodeURIComponent(back)}`);
  await expect(page.getByTestId('signin-account')).toContainText(accountId);
  expect(await sessionExists(db, expired)).toBe(false);
  await fillIamSignIn(page, userName, password);
  await expect(page).toHaveURL(back);
  await expect(page.getByRole('tab', { name: 'Permissions', selected: true })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Permissions policies' }).getByText('ReadIam')).toBeVisible();
});
