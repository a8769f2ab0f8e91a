// Access Advisor and event retention: a user calls IAM through the aws CLI; the user's "Last
// Accessed" tab shows IAM as used today and S3 (also allowed) as not accessed, filters them,
// and lists IAM's actions with ListUsers used; the event history's settings change how long
// events are kept. axe finds nothing serious on the tab.
import { test, expect } from '../support/fixtures.js';
import { allowPolicy } from '../support/api-client.js';
import { expectNoSeriousAxeViolations } from '../support/accessibility.js';
import { aws, type CliCredentials } from '../support/aws-cli.js';
import { openFromNavigation, rowWith } from '../support/console.js';
import { uniqueName } from '../support/names.js';

test('see which services a user used, on its Last Accessed tab', async ({
  rootPage: page,
  rootApi,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const userName = uniqueName('advisor');
  await rootApi.post('/api/users', { userName });
  await rootApi.put(`/api/users/${userName}/inline-policies/work`, {
    document: allowPolicy(['iam:ListUsers', 'iam:GetUser', 's3:GetObject']),
  });
  const key = await rootApi.post<CliCredentials>(`/api/users/${userName}/access-keys`, {});
  const listed = await aws(baseURL!, key, ['iam', 'list-users']);
  expect(listed.code, listed.stderr).toBe(0);

  await openFromNavigation(page, 'Users', 'Users');
  await page.getByRole('link', { name: userName, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: userName })).toBeVisible();
  await page.getByRole('tab', { name: 'Last Accessed' }).click();
  const services = page.getByRole('table', { name: 'Allowed services' });

  await test.step('IAM used today, S3 never', async () => {
    const iam = rowWith(services, 'AWS Identity and Access Management (IAM)');
    await expect(iam).toContainText('Today');
    await expect(iam).toContainText('work (inline)');
    await expect(iam).toContainText(userName);
    await expect(rowWith(services, 'Amazon S3')).toContainText('Not accessed in the tracking period');
    await expectNoSeriousAxeViolations(page);
  });

  await test.step('filter by use and by name', async () => {
    await page.getByRole('button', { name: 'Not accessed', exact: true }).click();
    await expect(rowWith(services, 'Amazon S3')).toBeVisible();
    await expect(services.getByText('AWS Identity and Access Management (IAM)')).toHaveCount(0);
    await page.getByRole('button', { name: 'All', exact: true }).click();
    await page.getByRole('searchbox', { name: 'Filter services' }).fill('identity');
    await expect(services.getByRole('row')).toHaveCount(2);
  });

  await test.step("IAM's actions, one by one", async () => {
    await services.getByRole('link', { name: 'AWS Identity and Access Management (IAM)' }).click();
    const actions = page.getByRole('table', { name: /actions$/ });
    await expect(rowWith(actions, 'ListUsers')).toContainText('Today');
    await expect(rowWith(actions, 'GetUser')).toContainText('Not accessed in the tracking period');
    await page.getByRole('button', { name: 'Back to services' }).click();
    await expect(services).toBeVisible();
  });
});

test('change how long the event history is kept', async ({ rootPage: page, rootApi }) => {
  // The suite's account is shared: start from, and go back to, the deployment's default.
  await rootApi.put('/api/event-retention', { retentionDays: null });
  await openFromNavigation(page, 'Event history', 'Event history');
  await expect(page.getByText('Events are kept for 90 days.')).toBeVisible();
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Event history settings' });
  await dialog.getByRole('radio', { name: 'Custom retention period' }).click();
  const days = dialog.getByRole('spinbutton', { name: 'Days to keep events' });
  await days.fill('3');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog.getByText('Events are kept at least 7 days.')).toBeVisible();
  await days.fill('30');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Events are kept for 30 days.')).toBeVisible();
  await rootApi.put('/api/event-retention', { retentionDays: null });
});
