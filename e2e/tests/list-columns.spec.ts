// An administrator chooses what the users and roles lists show, as in AWS's console: the users
// table shows a user's groups, password age, console sign-in, access key (with its age) and the
// key's last use through the AWS API; the gear opens Preferences, where the ARN column is turned
// on and lines wrapped; the choice survives a reload and belongs to that table only (the roles
// list keeps its own).
import { expectNoSeriousAxeViolations } from '../support/accessibility.js';
import { aws, cliTestsRun, type CliCredentials } from '../support/aws-cli.js';
import { rowWith } from '../support/console.js';
import { test, expect } from '../support/fixtures.js';
import { strongPassword, uniqueName } from '../support/names.js';
import { saveScreenshot } from '../support/screenshots.js';
import type { Locator, Page } from '@playwright/test';

/** The table's column headers, in order, as a person reads them. */
async function headers(table: Locator): Promise<string[]> {
  const names = await table.getByRole('columnheader').allInnerTexts();
  return names.map((n) => n.trim()).filter((n) => n !== '');
}

async function turnOnColumn(page: Page, column: string): Promise<void> {
  await page.getByRole('button', { name: 'Preferences' }).click();
  const dialog = page.getByRole('dialog', { name: 'Preferences' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('checkbox', { name: column, exact: true }).check();
  await dialog.getByRole('button', { name: 'Confirm' }).click();
  await expect(dialog).toBeHidden();
}

test('choose the columns of the users and roles lists', async ({
  rootPage: page,
  rootApi,
  rootIdentity,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const accountId = rootIdentity.accountId;
  const userName = uniqueName('columns');
  const groupName = uniqueName('columns-group');
  const roleName = uniqueName('columns-role');
  await rootApi.post('/api/users', { userName });
  await rootApi.put(`/api/users/${userName}/login-profile`, {
    password: strongPassword(),
    passwordResetRequired: false,
  });
  await rootApi.post('/api/groups', { groupName });
  await rootApi.post(`/api/groups/${groupName}/members`, { userName });
  const key = await rootApi.post<CliCredentials>(`/api/users/${userName}/access-keys`, {});
  if (cliTestsRun) {
    // The key signs one request through the AWS API door, which records its last use.
    const me = await aws(baseURL!, key, ['sts', 'get-caller-identity']);
    expect(me.code, me.stderr).toBe(0);
  }
  await rootApi.post('/api/roles', {
    roleName,
    trustPolicy: JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
    }),
  });

  await test.step("the users list shows the user's groups, credentials and activity", async () => {
    await page.goto('/users');
    const users = page.getByRole('table', { name: 'Users' });
    await page.getByRole('searchbox', { name: 'Find users by name' }).fill(userName);
    const row = rowWith(users, userName);
    await expect(row).toBeVisible();
    expect(await headers(users)).toEqual([
      'User name',
      'Path',
      'Groups',
      'Last activity',
      'MFA',
      'Password age',
      'Console last sign-in',
      'Access key ID',
      'Creation time',
    ]);
    await expect(row.getByRole('cell')).toHaveText([
      '',
      '/',
      '1',
      cliTestsRun ? /ago|Just now/ : 'Never',
      'None',
      'Today',
      'Never',
      `Active - ${key.accessKeyId} (Today)`,
      /\d{4}/,
    ]);
  });

  await test.step('Preferences turn on the ARN column, which a reload keeps', async () => {
    await page.getByRole('button', { name: 'Preferences' }).click();
    const dialog = page.getByRole('dialog', { name: 'Preferences' });
    await expect(dialog.getByRole('radio', { name: '50 users' })).toBeChecked();
    await expect(dialog.getByRole('checkbox', { name: 'ARN', exact: true })).not.toBeChecked();
    await expect(dialog.getByRole('checkbox', { name: 'User name', exact: true })).toBeDisabled();
    await expectNoSeriousAxeViolations(page);
    await saveScreenshot(page, 'users-list-preferences');
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await turnOnColumn(page, 'ARN');
    const users = page.getByRole('table', { name: 'Users' });
    const arn = `arn:aws:iam::${accountId}:user/${userName}`;
    await expect(users.getByRole('columnheader', { name: 'ARN' })).toBeVisible();
    await expect(rowWith(users, userName).getByRole('cell', { name: arn })).toBeVisible();

    await page.reload();
    await page.getByRole('searchbox', { name: 'Find users by name' }).fill(userName);
    await expect(rowWith(users, userName).getByRole('cell', { name: arn })).toBeVisible();
    expect(await headers(users)).toContain('ARN');

    // Wrapped lines, and a window wide enough for the console's content to hold every column
    // (narrower windows scroll the table sideways), for the screenshot.
    await page.getByRole('button', { name: 'Preferences' }).click();
    await dialog.getByRole('checkbox', { name: 'Wrap lines' }).check();
    await dialog.getByRole('button', { name: 'Confirm' }).click();
    await page.setViewportSize({ width: 2200, height: 700 });
    await expect(users.getByRole('columnheader', { name: 'Creation time' })).toBeVisible();
    await saveScreenshot(page, 'users-list-columns');
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  await test.step('the roles list keeps preferences of its own', async () => {
    await page.goto('/roles');
    const roles = page.getByRole('table', { name: 'Roles' });
    await page.getByRole('searchbox', { name: 'Find roles by name' }).fill(roleName);
    await expect(rowWith(roles, roleName)).toBeVisible();
    expect(await headers(roles)).toEqual(['Role name', 'Trusted entities', 'Last activity']);
    await expect(rowWith(roles, roleName).getByRole('cell')).toHaveText(['', 'AWS Service: ec2', 'Never']);

    await turnOnColumn(page, 'Creation time');
    await page.reload();
    await page.getByRole('searchbox', { name: 'Find roles by name' }).fill(roleName);
    await expect(rowWith(roles, roleName)).toBeVisible();
    expect(await headers(roles)).toEqual(['Role name', 'Trusted entities', 'Last activity', 'Creation time']);
  });
});
