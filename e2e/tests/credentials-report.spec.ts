// Access reports → Credential report: the download is a fresh CSV with AWS's columns, one row
// per user (the root account first), reflecting the credentials as they are now.
import { readFile } from 'node:fs/promises';
import { test, expect } from '../support/fixtures.js';
import { openFromNavigation } from '../support/console.js';
import { strongPassword, uniqueName } from '../support/names.js';
import { saveScreenshot } from '../support/screenshots.js';

test('download the credential report', async ({ rootPage: page, rootApi, rootIdentity }) => {
  const userName = uniqueName('report-user');
  await rootApi.post('/api/users', { userName, path: '/report/' });
  await rootApi.put(`/api/users/${userName}/login-profile`, {
    password: strongPassword(),
    passwordResetRequired: false,
  });
  await rootApi.post(`/api/users/${userName}/access-keys`, {});

  await openFromNavigation(page, 'Credential report', 'Credential report');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download credentials report' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^status_reports_.+\.csv$/);
  const lines = (await readFile(await download.path(), 'utf8')).trim().split(/\r?\n/);
  const header = lines[0]!.split(',');
  expect(header.slice(0, 8)).toEqual([
    'user',
    'arn',
    'user_creation_time',
    'password_enabled',
    'password_last_used',
    'password_last_changed',
    'password_next_rotation',
    'mfa_active',
  ]);
  expect(header).toContain('access_key_1_active');
  expect(lines[1]).toMatch(new RegExp(`^<root_account>,arn:aws:iam::${rootIdentity.accountId}:root,`));

  const row = lines.find((line) => line.startsWith(`${userName},`));
  expect(row).toBeDefined();
  const cells = Object.fromEntries(header.map((name, i) => [name, row!.split(',')[i]]));
  expect(cells.arn).toBe(`arn:aws:iam::${rootIdentity.accountId}:user/report/${userName}`);
  expect(cells.password_enabled).toBe('true');
  expect(cells.mfa_active).toBe('false');
  expect(cells.access_key_1_active).toBe('true');
  expect(cells.access_key_2_active).toBe('false');

  await expect(page.getByText('Last generated')).toBeVisible();
  await expect(page.getByText('Never')).toHaveCount(0);
  await saveScreenshot(page, 'credential-report');
});
