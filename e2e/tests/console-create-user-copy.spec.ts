// "Copy permissions" when creating a user (issue 12, finding 9): the new user gets an existing
// user's groups, attached managed policies and permissions boundary, never its inline policies,
// and the wizard shows what will be copied before anything is created.
import { expectNoSeriousAxeViolations } from '../support/accessibility.js';
import { allowPolicy } from '../support/api-client.js';
import { test, expect } from '../support/fixtures.js';
import { uniqueName } from '../support/names.js';
import { saveScreenshot } from '../support/screenshots.js';

test('create a user with the permissions copied from an existing user', async ({
  rootPage: page,
  rootApi,
}) => {
  const source = uniqueName('copy-source');
  const groupName = uniqueName('copy-group');
  const policyName = uniqueName('copy-policy');
  const boundaryName = uniqueName('copy-boundary');
  const newUser = uniqueName('copy-target');

  await rootApi.post('/api/groups', { groupName });
  const policy = await rootApi.post<{ arn: string }>('/api/policies', {
    policyName,
    document: allowPolicy('s3:GetObject'),
  });
  const boundary = await rootApi.post<{ arn: string }>('/api/policies', {
    policyName: boundaryName,
    document: allowPolicy('s3:*'),
  });
  await rootApi.post('/api/users', { userName: source, permissionsBoundary: boundary.arn });
  await rootApi.post(`/api/groups/${groupName}/members`, { userName: source });
  await rootApi.post(`/api/users/${source}/attached-policies`, { policyArn: policy.arn });
  await rootApi.put(`/api/users/${source}/inline-policies/not-copied`, { document: allowPolicy('sqs:*') });

  await test.step('choose Copy permissions and the source user: what will be copied is shown', async () => {
    await page.goto('/users/create');
    await expect(page.getByRole('heading', { name: 'Specify user details' })).toBeVisible();
    await page.getByLabel('User name').fill(newUser);
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Set permissions', exact: true })).toBeVisible();
    await page.getByRole('radio', { name: /^Copy permissions/ }).check();

    // Next without a source user stays on the step and says what is missing.
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(page.getByText('Choose a user to copy permissions from')).toBeVisible();

    const users = page.getByRole('table', { name: 'Users to copy permissions from' });
    await page.getByRole('searchbox', { name: 'Find users by name' }).fill(source);
    await users.getByRole('radio', { name: `Copy permissions from ${source}` }).check();
    await expect(page.getByText(`Permissions copied from ${source}`)).toBeVisible();
    const preview = page.getByTestId('copied-permissions');
    await expect(preview).toContainText(groupName);
    await expect(preview).toContainText(policyName);
    await expect(preview).toContainText(boundaryName);
    await expect(preview).not.toContainText('not-copied');
    await expectNoSeriousAxeViolations(page);
    await saveScreenshot(page, 'create-user-copy-permissions');
  });

  await test.step('the review lists the copied group, policy and boundary; inline policies are not copied', async () => {
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(page.getByRole('heading', { name: /Add tags/ })).toBeVisible();
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Review and create' })).toBeVisible();
    const summary = page.getByRole('table', { name: 'Permissions summary' });
    await expect(summary.getByRole('row', { name: new RegExp(`${groupName}.*Group`) })).toBeVisible();
    await expect(
      summary.getByRole('row', { name: new RegExp(`${policyName}.*Managed policy`) }),
    ).toBeVisible();
    await expect(summary.getByRole('row', { name: /Permissions boundary/ })).toContainText(boundaryName);
    await expect(page.getByText(`Copied from ${source} (inline policies are not copied)`)).toBeVisible();
    await expectNoSeriousAxeViolations(page);
  });

  await test.step('Create user: the new user has the copied permissions and no inline policy', async () => {
    await page.getByRole('button', { name: 'Create user' }).click();
    await expect(page.getByText(`User ${newUser} created`)).toBeVisible();
    await page.goto(`/users/${newUser}`);
    await expect(page.getByRole('heading', { level: 1, name: newUser })).toBeVisible();
    const policies = page.getByRole('table', { name: 'Permissions policies' });
    await expect(policies.getByRole('link', { name: policyName })).toBeVisible();
    await expect(policies.getByText('not-copied')).toHaveCount(0);

    const groups = await rootApi.get<{ items: { groupName: string }[] }>(`/api/users/${newUser}/groups`);
    expect(groups.items.map((g) => g.groupName)).toEqual([groupName]);
    const user = await rootApi.get<{ permissionsBoundary: { policyArn: string } | null }>(
      `/api/users/${newUser}`,
    );
    expect(user.permissionsBoundary?.policyArn).toBe(boundary.arn);
    const inline = await rootApi.get<{ items: unknown[] }>(`/api/users/${newUser}/inline-policies`);
    expect(inline.items).toEqual([]);
  });
});
