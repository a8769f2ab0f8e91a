// "Search IAM" in the top navigation (issue 12, finding 9): type-ahead over users, user groups,
// roles and policies, grouped by type, each result opening its page from the keyboard or the
// mouse; a caller sees only the types they may list, and is told which they may not.
import { expectNoSeriousAxeViolations } from '../support/accessibility.js';
import { allowPolicy } from '../support/api-client.js';
import { fillIamSignIn } from '../support/console.js';
import { test, expect } from '../support/fixtures.js';
import { strongPassword, uniqueName } from '../support/names.js';
import { saveScreenshot } from '../support/screenshots.js';

const trustAccount = (accountId: string) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${accountId}:root` }, Action: 'sts:AssumeRole' },
    ],
  });

test('search users, groups, roles and policies from the top navigation', async ({
  rootPage: page,
  rootApi,
  rootIdentity,
}) => {
  const token = uniqueName('findme');
  await rootApi.post('/api/users', { userName: `${token}-user` });
  await rootApi.post('/api/groups', { groupName: `${token}-group` });
  await rootApi.post('/api/roles', {
    roleName: `${token}-role`,
    trustPolicy: trustAccount(rootIdentity.accountId),
  });
  await rootApi.post('/api/policies', {
    policyName: `${token}-policy`,
    document: allowPolicy('s3:GetObject'),
  });

  const search = page.getByRole('combobox', { name: 'Search IAM' });
  await search.fill(token);
  const results = page.getByRole('listbox');
  for (const [type, name] of <[string, string][]>[
    ['Users', `${token}-user`],
    ['User groups', `${token}-group`],
    ['Roles', `${token}-role`],
    ['Policies', `${token}-policy`],
  ]) {
    await expect(results.getByRole('option', { name: new RegExp(name) })).toBeVisible();
    await expect(results.getByText(type, { exact: true })).toBeVisible();
  }
  await expectNoSeriousAxeViolations(page);
  await saveScreenshot(page, 'console-search');

  await test.step('the keyboard picks the first result and opens its page', async () => {
    await search.press('ArrowDown');
    await search.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: `${token}-user` })).toBeVisible();
    await expect(search).toHaveValue('');
  });

  await test.step('a click on a role opens the role', async () => {
    await search.fill(`${token}-ro`);
    await page
      .getByRole('listbox')
      .getByRole('option', { name: new RegExp(`${token}-role`) })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: `${token}-role` })).toBeVisible();
  });

  await test.step('nothing matching says so', async () => {
    await search.fill(`${token}-nothing-like-this`);
    await expect(page.getByText('No users, groups, roles or policies match')).toBeVisible();
  });
});

test('a caller who may list users but not roles, groups or policies sees only users', async ({
  browser,
  baseURL,
  rootApi,
  rootIdentity,
}) => {
  const token = uniqueName('scoped');
  const userName = `${token}-viewer`;
  const password = strongPassword();
  await rootApi.post('/api/users', { userName });
  await rootApi.put(`/api/users/${userName}/login-profile`, { password, passwordResetRequired: false });
  await rootApi.put(`/api/users/${userName}/inline-policies/list-users`, {
    document: allowPolicy('iam:ListUsers'),
  });
  await rootApi.post('/api/roles', {
    roleName: `${token}-role`,
    trustPolicy: trustAccount(rootIdentity.accountId),
  });
  await rootApi.post('/api/groups', { groupName: `${token}-group` });

  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  try {
    await page.goto(`/signin/${rootIdentity.accountId}`);
    await fillIamSignIn(page, userName, password);
    await expect(page.getByRole('heading', { level: 1, name: 'IAM dashboard' })).toBeVisible();
    await page.getByRole('combobox', { name: 'Search IAM' }).fill(token);
    const results = page.getByRole('listbox');
    await expect(results.getByRole('option', { name: new RegExp(userName) })).toBeVisible();
    await expect(results.getByText('You are not authorized to list roles')).toBeVisible();
    await expect(results.getByText('You are not authorized to list user groups')).toBeVisible();
    await expect(results.getByText('You are not authorized to list policies')).toBeVisible();
    await expect(results.getByRole('option', { name: new RegExp(`${token}-role`) })).toHaveCount(0);
    await expect(results.getByRole('option', { name: new RegExp(`${token}-group`) })).toHaveCount(0);
    await expectNoSeriousAxeViolations(page);
  } finally {
    await context.close();
  }
});
