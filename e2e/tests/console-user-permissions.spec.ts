// A user's Permissions tab is the same table as a group's and a role's (issue 12): the user's own
// policies and, after them, what its groups give it, which cannot be removed from the user.
// Attaching and removing there refresh the policy's own page (its Entities attached): the earlier
// copy of the tab left it stale after a removal.
import { allowPolicy } from '../support/api-client.js';
import { rowWith } from '../support/console.js';
import { test, expect } from '../support/fixtures.js';
import { uniqueName } from '../support/names.js';

test("a user's policies and its group's, attached and removed on the user's Permissions tab", async ({
  rootPage: page,
  rootApi,
}) => {
  const userName = uniqueName('perm-user');
  const groupName = uniqueName('perm-group');
  const ownPolicy = uniqueName('PermOwn');
  const groupPolicy = uniqueName('PermGroup');
  const own = await rootApi.post<{ arn: string }>('/api/policies', {
    policyName: ownPolicy,
    document: allowPolicy('s3:GetObject'),
  });
  const inherited = await rootApi.post<{ arn: string }>('/api/policies', {
    policyName: groupPolicy,
    document: allowPolicy('s3:ListBucket'),
  });
  await rootApi.post('/api/users', { userName });
  await rootApi.post('/api/groups', { groupName });
  await rootApi.post(`/api/groups/${groupName}/attached-policies`, { policyArn: inherited.arn });
  await rootApi.post(`/api/groups/${groupName}/members`, { userName });

  // The policy's page first, so its attachments are in the console's cache before the change.
  await page.goto(`/policies/${encodeURIComponent(own.arn)}`);
  await page.getByRole('tab', { name: 'Entities attached' }).click();
  const entities = page.getByRole('table', { name: 'Entities attached' });
  await expect(entities.getByText('No entities')).toBeVisible();

  await page.goto(`/users/${userName}`);
  await expect(page.getByRole('heading', { level: 1, name: userName })).toBeVisible();
  const table = page.getByRole('table', { name: 'Permissions policies' });
  const groupRow = rowWith(table, groupPolicy);
  await expect(groupRow).toContainText(`Group ${groupName}`);
  await expect(groupRow.getByRole('checkbox')).toBeDisabled();

  await page.getByRole('button', { name: 'Add permissions' }).click();
  await page.getByRole('menuitem', { name: 'Attach policies' }).click();
  const dialog = page.getByRole('dialog', { name: `Attach policies to ${userName}` });
  await dialog.getByRole('searchbox', { name: 'Find policies by name' }).fill(ownPolicy);
  await dialog.getByRole('checkbox', { name: `Select ${ownPolicy}`, exact: true }).check();
  await dialog.getByRole('button', { name: 'Attach policies' }).click();
  await expect(page.getByText(`Attached to ${userName}: ${ownPolicy}.`)).toBeVisible();
  await expect(rowWith(table, ownPolicy)).toContainText('Directly');

  // Followed in the console (no reload): the policy's page now names the user.
  await rowWith(table, ownPolicy).getByRole('link', { name: ownPolicy }).click();
  await expect(page.getByRole('heading', { level: 1, name: ownPolicy })).toBeVisible();
  await page.getByRole('tab', { name: 'Entities attached' }).click();
  await expect(rowWith(entities, userName)).toBeVisible();

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: userName })).toBeVisible();
  await table.getByRole('checkbox', { name: `Select ${ownPolicy} (Directly)` }).check();
  await page.getByRole('button', { name: 'Remove', exact: true }).click();
  const remove = page.getByRole('dialog', { name: `Remove ${ownPolicy}?` });
  await remove.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(page.getByText(`Removed from ${userName}: ${ownPolicy}.`)).toBeVisible();
  await expect(rowWith(table, ownPolicy)).toHaveCount(0);
  await expect(rowWith(table, groupPolicy)).toBeVisible();
  const attached = await rootApi.get<{ items: unknown[] }>(`/api/users/${userName}/attached-policies`);
  expect(attached.items).toEqual([]);

  // Forward in the console's history (no reload): the policy's page no longer names the user.
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1, name: ownPolicy })).toBeVisible();
  await page.getByRole('tab', { name: 'Entities attached' }).click();
  await expect(entities.getByText('No entities')).toBeVisible();
});
