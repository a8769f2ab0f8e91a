// AWS managed policies in the account: root finds ReadOnlyAccess among the AWS managed policies,
// reads it (JSON and versions, nothing to edit or delete), attaches it to a new group from the
// group's Permissions tab, and a member of the group can read IAM but not change it.
import { test, expect } from '../support/fixtures.js';
import { allowPolicy } from '../support/api-client.js';
import { fillIamSignIn } from '../support/console.js';
import { strongPassword, uniqueName } from '../support/names.js';

test('ReadOnlyAccess: listed as AWS managed, read-only, attached to a group whose member can read but not write', async ({
  rootPage: page,
  rootApi,
  rootIdentity,
  browser,
  baseURL,
}) => {
  const accountId = rootIdentity.accountId;
  const customerPolicy = uniqueName('ReadOnlyAccessLookalike');
  const groupName = uniqueName('auditors');
  const userName = uniqueName('auditor');
  const password = strongPassword();
  await rootApi.post('/api/policies', { policyName: customerPolicy, document: allowPolicy('iam:List*') });

  await test.step('the Policies list filtered to AWS managed shows ReadOnlyAccess', async () => {
    await page.goto('/policies');
    await expect(page.getByRole('heading', { level: 1, name: /^Policies/ })).toBeVisible();
    const table = page.getByRole('table', { name: 'Policies' });
    await page.getByRole('button', { name: /^Filter by type/ }).click();
    await page.getByRole('option', { name: 'AWS managed', exact: true }).click();
    await page.getByRole('searchbox', { name: 'Find policies by name' }).fill('ReadOnlyAccess');
    const row = table
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: 'ReadOnlyAccess', exact: true }) });
    await expect(row).toContainText('AWS managed');
    // The exact name comes first; other AWS policies whose names contain it follow; the customer
    // policy, whose name contains it too, does not show under AWS managed.
    await expect(table.getByRole('row').nth(1)).toContainText('ReadOnlyAccess');
    await expect(table.getByRole('link', { name: /.ReadOnlyAccess$/ }).first()).toBeVisible();
    await expect(table.getByRole('link', { name: customerPolicy })).toHaveCount(0);
    await page.getByRole('button', { name: /^Filter by type/ }).click();
    await page.getByRole('option', { name: 'Customer managed', exact: true }).click();
    await expect(table.getByRole('link', { name: customerPolicy, exact: true })).toBeVisible();
    await expect(table.getByRole('link', { name: 'ReadOnlyAccess', exact: true })).toHaveCount(0);

    await page.getByRole('button', { name: /^Filter by type/ }).click();
    await page.getByRole('option', { name: 'AWS managed', exact: true }).click();
    await table.getByRole('link', { name: 'ReadOnlyAccess', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'ReadOnlyAccess' })).toBeVisible();
  });

  await test.step('its page is read-only, with the JSON and every published version', async () => {
    await expect(page.getByText('arn:aws:iam::aws:policy/ReadOnlyAccess')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Delete', exact: true })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Edit', exact: true })).toHaveCount(0);
    await expect(page.getByRole('tab', { name: 'Tags' })).toHaveCount(0);

    await page.getByRole('tab', { name: 'Permissions' }).click();
    await page.getByRole('button', { name: 'JSON', exact: true }).click();
    const document = page.getByRole('region', { name: 'Policy document' });
    await expect(document).toContainText('"iam:List*"');
    await expect(document).toContainText('"s3:Get*"');

    await page.getByRole('tab', { name: 'Policy versions' }).click();
    const versions = page.getByRole('table', { name: 'Policy versions' });
    await expect(page.getByRole('heading', { name: /^Policy versions \(\d{3}\)$/ })).toBeVisible();
    const defaults = versions.getByRole('row').filter({ has: page.getByText('Default', { exact: true }) });
    await expect(defaults).toHaveCount(1);
    await expect(defaults).toContainText(/v\d+/);
    await expect(page.getByText(/AWS publishes the versions of AWS managed policies/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Compare', exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Set as default' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Delete', exact: true })).toBeDisabled(); // the page's own
    await expect(page.getByRole('button', { name: 'Delete', exact: true })).toHaveCount(1);
  });

  await test.step('root attaches ReadOnlyAccess to a new group from its Permissions tab', async () => {
    await rootApi.post('/api/groups', { groupName });
    await page.goto(`/groups/${groupName}`);
    await expect(page.getByRole('heading', { level: 1, name: groupName })).toBeVisible();
    await page.getByRole('tab', { name: 'Permissions' }).click();
    await page.getByRole('button', { name: 'Add permissions' }).click();
    await page.getByRole('menuitem', { name: 'Attach policies' }).click();
    const dialog = page.getByRole('dialog', { name: `Attach policies to ${groupName}` });
    await dialog.getByRole('searchbox', { name: 'Find policies by name' }).fill('ReadOnlyAccess');
    await dialog.getByRole('checkbox', { name: 'Select ReadOnlyAccess', exact: true }).check();
    await dialog.getByRole('button', { name: 'Attach policies' }).click();
    await expect(page.getByText(`Attached to ${groupName}: ReadOnlyAccess.`)).toBeVisible();
    const attached = page.getByRole('table', { name: 'Permissions policies' });
    await expect(attached.getByRole('row', { name: /ReadOnlyAccess/ })).toContainText('AWS managed');
  });

  await test.step('a member signs in, lists users, and is refused creating one in AWS’s words', async () => {
    await rootApi.post('/api/users', { userName });
    await rootApi.put(`/api/users/${userName}/login-profile`, { password, passwordResetRequired: false });
    await rootApi.post(`/api/groups/${groupName}/members`, { userName });

    const context = await browser.newContext({ baseURL });
    const member = await context.newPage();
    try {
      await member.goto(`/signin/${accountId}`);
      await fillIamSignIn(member, userName, password);
      await expect(member.getByRole('heading', { level: 1, name: 'IAM dashboard' })).toBeVisible();
      await member.goto('/users');
      const users = member.getByRole('table', { name: 'Users' });
      await member.getByRole('searchbox').first().fill(userName);
      await expect(users.getByRole('link', { name: userName, exact: true })).toBeVisible();

      const newUser = uniqueName('not-allowed');
      await member.goto('/users/create');
      await member.getByLabel('User name').fill(newUser);
      await member.getByRole('button', { name: 'Next', exact: true }).click();
      await member.getByRole('radio', { name: /No permissions/ }).check();
      await member.getByRole('button', { name: 'Next', exact: true }).click();
      await member.getByRole('button', { name: 'Next', exact: true }).click();
      await member.getByRole('button', { name: 'Create user' }).click();
      await expect(member.getByTestId('access-denied-message')).toHaveText(
        `User: arn:aws:iam::${accountId}:user/${userName} is not authorized to perform: iam:CreateUser ` +
          `on resource: arn:aws:iam::${accountId}:user/${newUser} because no identity-based policy ` +
          'allows the iam:CreateUser action',
      );
      await expect(member.getByText(`User ${newUser} created`)).toHaveCount(0);
    } finally {
      await context.close();
    }
  });
});
