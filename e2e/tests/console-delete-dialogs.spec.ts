// Deleting from the console as in AWS's (issue 12, finding 3): the delete dialog of a user lists
// its access keys and MFA device with their last use before the user types the name; a customer
// managed policy still attached says it will be detached from every entity, names them, and
// then is detached and deleted; a refusal is said once. Groups and roles use the same dialog.
import type { Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from '../support/accessibility.js';
import { allowPolicy } from '../support/api-client.js';
import { rowWith } from '../support/console.js';
import { test, expect } from '../support/fixtures.js';
import { uniqueName } from '../support/names.js';
import { timeStep, totp } from '../support/totp.js';

const TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
});

function deleteDialog(page: Page, name: string) {
  return page.getByRole('dialog', { name: `Delete ${name}?` });
}

test('deleting a user lists its access keys and MFA device first', async ({ rootPage: page, rootApi }) => {
  const userName = uniqueName('del-user');
  await rootApi.post('/api/users', { userName });
  const key = await rootApi.post<{ accessKeyId: string }>(`/api/users/${userName}/access-keys`, {});
  const device = await rootApi.post<{ serialNumber: string; base32StringSeed: string }>(
    `/api/users/${userName}/mfa-devices`,
    { deviceName: userName },
  );
  const step = timeStep();
  await rootApi.post(`/api/users/${userName}/mfa-devices/${encodeURIComponent(device.serialNumber)}/enable`, {
    authenticationCode1: totp(device.base32StringSeed, step - 1),
    authenticationCode2: totp(device.base32StringSeed, step),
  });

  await page.goto(`/users/${userName}`);
  await expect(page.getByRole('heading', { level: 1, name: userName })).toBeVisible();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const dialog = deleteDialog(page, userName);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('listitem').filter({ hasText: key.accessKeyId })).toContainText(
    'last used never',
  );
  await expect(dialog.getByRole('listitem').filter({ hasText: device.serialNumber })).toContainText(
    'assigned',
  );
  await expect(dialog.getByText('Console password: none')).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await expect(dialog.getByRole('button', { name: 'Delete', exact: true })).toBeDisabled();
  await dialog.getByLabel(`Type ${userName} to confirm`).fill(userName);
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Users/ })).toBeVisible();
  await expect(page.getByText(`User ${userName} deleted.`)).toBeVisible();
});

test('deleting an attached policy detaches it from every entity, after saying so', async ({
  rootPage: page,
  rootApi,
}) => {
  const policyName = uniqueName('DelPolicy');
  const userName = uniqueName('del-pol-user');
  const roleName = uniqueName('del-pol-role');
  const policy = await rootApi.post<{ arn: string }>('/api/policies', {
    policyName,
    document: allowPolicy('s3:GetObject'),
  });
  await rootApi.post('/api/users', { userName });
  await rootApi.post('/api/roles', { roleName, trustPolicy: TRUST });
  await rootApi.post(`/api/users/${userName}/attached-policies`, { policyArn: policy.arn });
  await rootApi.post(`/api/roles/${roleName}/attached-policies`, { policyArn: policy.arn });

  await page.goto(`/policies/${encodeURIComponent(policy.arn)}`);
  await expect(page.getByRole('heading', { level: 1, name: policyName })).toBeVisible();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const dialog = deleteDialog(page, policyName);
  await expect(dialog.getByText('This policy is attached to 2 entities')).toBeVisible();
  const detached = dialog.getByRole('list', { name: 'Entities the policy will be detached from' });
  await expect(detached.getByRole('listitem')).toHaveText([`User ${userName}`, `Role ${roleName}`], {
    useInnerText: true,
  });
  await expectNoSeriousAxeViolations(page);
  await dialog.getByLabel(`Type ${policyName} to confirm`).fill(policyName);
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByText(`Policy ${policyName} deleted.`)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: /^Policies/ })).toBeVisible();
  const attached = await rootApi.get<{ items: unknown[] }>(`/api/users/${userName}/attached-policies`);
  expect(attached.items).toEqual([]);
});

test('a policy used as a permissions boundary is refused once, with the reason', async ({
  rootPage: page,
  rootApi,
}) => {
  const policyName = uniqueName('DelBoundary');
  const userName = uniqueName('del-bound-user');
  const policy = await rootApi.post<{ arn: string }>('/api/policies', {
    policyName,
    document: allowPolicy('s3:*'),
  });
  await rootApi.post('/api/users', { userName });
  await rootApi.put(`/api/users/${userName}/permissions-boundary`, { policyArn: policy.arn });

  await page.goto(`/policies/${encodeURIComponent(policy.arn)}`);
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const dialog = deleteDialog(page, policyName);
  await expect(dialog.getByText('Used as a permissions boundary')).toBeVisible();
  await dialog.getByLabel(`Type ${policyName} to confirm`).fill(policyName);
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  const refusal = dialog.getByRole('alert');
  await expect(refusal).toHaveCount(1);
  await expect(refusal).toContainText('permissions boundary');
  // The server's words appear once, not repeated by the dialog around them.
  const text = await refusal.innerText();
  expect(text.match(/use as a permissions boundary/g)).toHaveLength(1);
  await expect(dialog).toBeVisible();
});

test('several groups and a role go through the same dialog', async ({ rootPage: page, rootApi }) => {
  const prefix = uniqueName('del-grp');
  const groups = [`${prefix}-a`, `${prefix}-b`];
  for (const groupName of groups) await rootApi.post('/api/groups', { groupName });
  const roleName = uniqueName('del-role');
  await rootApi.post('/api/roles', { roleName, trustPolicy: TRUST });

  await page.goto('/groups');
  const table = page.getByRole('table', { name: 'User groups' });
  await page.getByRole('searchbox', { name: 'Find groups by name' }).fill(prefix);
  for (const groupName of groups) await rowWith(table, groupName).getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete 2 user groups?' });
  await expect(dialog.getByRole('list', { name: 'User groups to delete' }).getByRole('listitem')).toHaveText(
    groups,
  );
  await dialog.getByLabel('Type delete to confirm').fill('delete');
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByText('2 user groups deleted.')).toBeVisible();

  await page.goto(`/roles/${roleName}`);
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const roleDialog = deleteDialog(page, roleName);
  await roleDialog.getByLabel(`Type ${roleName} to confirm`).fill(roleName);
  await roleDialog.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByText(`Role ${roleName} deleted.`)).toBeVisible();
});
