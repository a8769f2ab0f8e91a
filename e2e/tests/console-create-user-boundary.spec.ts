// "Set permissions boundary - optional" when creating a user, as the IAM console's Set permissions
// step has it: the boundary is chosen beside groups or policies, named in the review, and set on
// the user in the same CreateUser call.
import { expectNoSeriousAxeViolations } from '../support/accessibility.js';
import { allowPolicy } from '../support/api-client.js';
import { test, expect } from '../support/fixtures.js';
import { uniqueName } from '../support/names.js';

test('create a user with attached policies and a permissions boundary', async ({
  rootPage: page,
  rootApi,
}) => {
  const boundaryName = uniqueName('create-boundary');
  const newUser = uniqueName('bounded');
  const boundary = await rootApi.post<{ arn: string }>('/api/policies', {
    policyName: boundaryName,
    document: allowPolicy('s3:*'),
  });

  await page.goto('/users/create');
  await page.getByLabel('User name').fill(newUser);
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Set permissions', exact: true })).toBeVisible();
  await page.getByRole('radio', { name: /^Attach policies directly/ }).check();
  await page
    .getByRole('searchbox', { name: /Find policies/ })
    .first()
    .fill('AmazonS3ReadOnlyAccess');
  await page
    .getByRole('checkbox', { name: /AmazonS3ReadOnlyAccess/ })
    .first()
    .check();

  await page.getByRole('button', { name: /Set permissions boundary - optional/ }).click();
  await page
    .getByRole('radio', { name: 'Use a permissions boundary to control the maximum user permissions' })
    .check();
  // Asked for but not chosen: Next stays on the step and says so.
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByText('Choose the boundary policy.')).toBeVisible();
  const boundaryTable = page.getByRole('table', { name: 'Choose the boundary policy' });
  await page
    .getByRole('searchbox', { name: /Find policies/ })
    .last()
    .fill(boundaryName);
  await boundaryTable.getByRole('radio', { name: new RegExp(boundaryName) }).check();
  await expectNoSeriousAxeViolations(page);

  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByRole('heading', { name: /Add tags/ })).toBeVisible();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Review and create' })).toBeVisible();
  const summary = page.getByRole('table', { name: 'Permissions summary' });
  await expect(summary.getByRole('row', { name: /Permissions boundary/ })).toContainText(boundaryName);
  await page.getByRole('button', { name: 'Create user' }).click();
  await expect(page.getByText(`User ${newUser} created`)).toBeVisible();

  const user = await rootApi.get<{ permissionsBoundary: { policyArn: string } | null }>(
    `/api/users/${newUser}`,
  );
  expect(user.permissionsBoundary?.policyArn).toBe(boundary.arn);
  const attached = await rootApi.get<{ items: { policyName: string }[] }>(
    `/api/users/${newUser}/attached-policies`,
  );
  expect(attached.items.map((p) => p.policyName)).toEqual(['AmazonS3ReadOnlyAccess']);
});
