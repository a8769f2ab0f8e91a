// Event history: what a user did through the console and through the aws CLI is found by user
// name, event name and access key id; an event's detail shows its parameters without secrets;
// the filtered events download as CSV; axe finds nothing serious on the page.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures.js';
import { allowPolicy } from '../support/api-client.js';
import { expectNoSeriousAxeViolations } from '../support/accessibility.js';
import { aws, type CliCredentials } from '../support/aws-cli.js';
import { openFromNavigation, rowWith } from '../support/console.js';
import { strongPassword, uniqueName } from '../support/names.js';
import { saveScreenshot } from '../support/screenshots.js';

async function filterBy(page: Page, property: string, value: string): Promise<void> {
  const filters = page.getByRole('button', { name: 'Clear filters' });
  if (await filters.isVisible()) await filters.click();
  const input = page.getByRole('combobox', { name: 'Filter events' });
  await input.fill(`${property} = ${value}`);
  await input.press('Enter');
}

test('find what a user did in the event history', async ({ rootPage: page, rootApi, baseURL }) => {
  test.setTimeout(120_000);
  const userName = uniqueName('events');
  const created = uniqueName('events-made');
  const password = strongPassword();
  await rootApi.post('/api/users', { userName });
  await rootApi.put(`/api/users/${userName}/inline-policies/iam`, {
    document: allowPolicy(['iam:*', 'cloudtrail:LookupEvents']),
  });
  await rootApi.put(`/api/users/${userName}/login-profile`, { password, passwordResetRequired: false });
  const key = await rootApi.post<CliCredentials>(`/api/users/${userName}/access-keys`, {});
  // The real aws CLI (Debian's awscli, which .ci/run installs): missing, the spec fails.
  const made = await aws(baseURL!, key, ['iam', 'create-user', '--user-name', created]);
  expect(made.code, made.stderr).toBe(0);

  await openFromNavigation(page, 'Event history', 'Event history');
  const table = page.getByRole('table', { name: 'Events' });

  await test.step('by user name: the user’s own call through the CLI', async () => {
    await filterBy(page, 'User name', userName);
    const row = rowWith(table, 'CreateUser');
    await expect(row).toContainText(`user/${created}`);
    await expect(row).toContainText(key.accessKeyId);
  });

  await test.step('by access key id', async () => {
    await filterBy(page, 'AWS access key', key.accessKeyId);
    await expect(table.getByRole('row')).toHaveCount(2);
    await expect(rowWith(table, 'CreateUser')).toBeVisible();
  });

  await test.step('by event name, and the detail without the password', async () => {
    await filterBy(page, 'Event name', 'CreateLoginProfile');
    const row = table.getByRole('row').filter({ hasText: `user/${userName}` });
    await expect(row).toHaveCount(1);
    await row.getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1, name: 'CreateLoginProfile' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Request parameters' })).toBeVisible();
    await expect(page.getByText('"eventSource": "iam.amazonaws.com"')).toBeVisible();
    expect(await page.content()).not.toContain(password);
    await expectNoSeriousAxeViolations(page);
    await page.goBack();
  });

  await test.step('download the filtered events as CSV', async () => {
    await filterBy(page, 'Event name', 'CreateUser');
    await expect(table.getByRole('row').filter({ hasText: `user/${userName}` })).toHaveCount(1);
    await page.getByRole('button', { name: 'Download events' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'Download as CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^event-history-\d{12}-.+\.csv$/);
    const lines = (await readFile(await download.path(), 'utf8')).trim().split('\n');
    expect(lines[0]).toMatch(/^eventTime,userName,eventName,eventSource,resource,result,/);
    expect(lines.slice(1).every((line) => line.includes(',CreateUser,iam.amazonaws.com,'))).toBe(true);
    expect(lines.some((line) => line.includes(`user/${userName},`))).toBe(true);
  });

  await test.step('the same events through the aws CLI', async () => {
    const found = await aws(baseURL!, key, [
      'cloudtrail',
      'lookup-events',
      '--lookup-attributes',
      `AttributeKey=AccessKeyId,AttributeValue=${key.accessKeyId}`,
    ]);
    expect(found.code, found.stderr).toBe(0);
    const { Events } = JSON.parse(found.stdout) as { Events: { EventName: string; Username: string }[] };
    expect(Events.map((e) => [e.EventName, e.Username])).toEqual([['CreateUser', userName]]);
  });

  await test.step('axe on the event history', async () => {
    await expectNoSeriousAxeViolations(page);
    await saveScreenshot(page, 'event-history');
  });
});
