// The policies list as in AWS's console (issue 12, findings 8 and 9): the number of customer
// managed policies is the real count, not "50+"; its columns (type, used as, description) and
// page size are chosen in Preferences and kept across a reload. A user's permissions boundary is
// set and removed from the user's page, as a role's is.
import { expectNoSeriousAxeViolations } from '../support/accessibility.js';
import { allowPolicy, ApiClient } from '../support/api-client.js';
import { rowWith } from '../support/console.js';
import { test, expect } from '../support/fixtures.js';
import { uniqueName } from '../support/names.js';

test('the policies list counts, describes and keeps its preferences', async ({ page, env, freshAccount }) => {
  // An account of the test's own: other tests add policies to the shared one while this one
  // compares the header with the account summary.
  const rootApi = new ApiClient(page.request, env.url);
  await rootApi.signInRoot(freshAccount.email, freshAccount.password);
  const prefix = uniqueName('ListPol');
  // More than one page of the default 50, so a count read from the pages would say "50+".
  for (let i = 0; i < 52; i++) {
    await rootApi.post('/api/policies', {
      policyName: `${prefix}-${String(i).padStart(2, '0')}`,
      document: allowPolicy('s3:GetObject'),
      description: i === 0 ? 'reads objects' : undefined,
    });
  }
  const userName = uniqueName('listpol-user');
  await rootApi.post('/api/users', { userName });
  const firstArn = (
    await rootApi.get<{ items: { arn: string }[] }>(`/api/policies?scope=Local&search=${prefix}-00`)
  ).items[0]!.arn;
  await rootApi.post(`/api/users/${userName}/attached-policies`, { policyArn: firstArn });
  const summary = await rootApi.get<{ counts: Record<string, number> }>('/api/account');

  await page.goto('/policies');
  await page.getByRole('button', { name: /^Filter by type/ }).click();
  await page.getByRole('option', { name: 'Customer managed' }).click();
  const heading = page.getByRole('heading', { level: 1, name: /^Policies/ });
  await expect(heading).toContainText(`(${summary.counts.policies})`);
  await expect(heading).not.toContainText('+');

  await page.getByRole('searchbox', { name: 'Find policies by name' }).fill(`${prefix}-00`);
  const table = page.getByRole('table', { name: 'Policies' });
  const row = rowWith(table, `${prefix}-00`);
  await expect(row).toContainText('Customer managed');
  await expect(row).toContainText('Permissions policy (1)');
  await expect(row).toContainText('reads objects');

  await page.getByRole('button', { name: 'Preferences' }).click();
  const dialog = page.getByRole('dialog', { name: 'Preferences' });
  await dialog.getByRole('checkbox', { name: 'ARN', exact: true }).check();
  await dialog.getByRole('radio', { name: '25 policies' }).check();
  await expectNoSeriousAxeViolations(page);
  await dialog.getByRole('button', { name: 'Confirm' }).click();
  await expect(table.getByRole('columnheader', { name: 'ARN' })).toBeVisible();
  await expect(row).toContainText(firstArn);

  await page.reload();
  await expect(
    page.getByRole('table', { name: 'Policies' }).getByRole('columnheader', { name: 'ARN' }),
  ).toBeVisible();
  await page.getByRole('button', { name: /^Filter by type/ }).click();
  await page.getByRole('option', { name: 'Customer managed' }).click();
  await page.getByRole('searchbox', { name: 'Find policies by name' }).fill(prefix);
  // 25 rows a page now.
  await expect(page.getByRole('table', { name: 'Policies' }).getByRole('row')).toHaveCount(26);
});

test("a user's permissions boundary is set and removed from the user's page", async ({
  rootPage: page,
  rootApi,
}) => {
  const userName = uniqueName('bound-user');
  const policyName = uniqueName('BoundaryPol');
  await rootApi.post('/api/users', { userName });
  await rootApi.post('/api/policies', { policyName, document: allowPolicy('s3:*') });

  await page.goto(`/users/${userName}`);
  await expect(page.getByRole('heading', { name: 'Permissions boundary (not set)' })).toBeVisible();
  await page.getByRole('button', { name: 'Set permissions boundary' }).click();
  const dialog = page.getByRole('dialog', { name: `Set permissions boundary of ${userName}` });
  await dialog.getByRole('searchbox', { name: 'Find policies by name' }).fill(policyName);
  await dialog.getByRole('radio', { name: `Select ${policyName}` }).check();
  await dialog.getByRole('button', { name: 'Set boundary' }).click();
  await expect(page.getByText(`${policyName} is now the permissions boundary of ${userName}.`)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Permissions boundary (set)' })).toBeVisible();
  const user = await rootApi.get<{ permissionsBoundary: { policyName: string } | null }>(
    `/api/users/${userName}`,
  );
  expect(user.permissionsBoundary?.policyName).toBe(policyName);
  await expectNoSeriousAxeViolations(page);

  await page.getByRole('button', { name: 'Remove boundary' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove boundary' }).click();
  await expect(page.getByRole('heading', { name: 'Permissions boundary (not set)' })).toBeVisible();
});
