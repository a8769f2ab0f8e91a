// Copy buttons where an administrator needs an exact string (issue 12, finding 9): the sign-in
// URL, an entity's ARN, a new access key's secret and an MFA device's secret key, each a named
// button that puts the exact text on the clipboard.
import type { Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from '../support/accessibility.js';
import { test, expect } from '../support/fixtures.js';
import { uniqueName } from '../support/names.js';

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test('copy the sign-in URL, an ARN and an MFA secret key', async ({
  rootPage: page,
  rootApi,
  baseURL,
  rootIdentity,
}) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.getByRole('button', { name: 'Copy sign-in URL' }).click();
  await expect
    .poll(() => clipboard(page))
    .toBe(`${baseURL}/signin/${rootIdentity.alias ?? rootIdentity.accountId}`);

  const userName = uniqueName('copy-user');
  const user = await rootApi.post<{ arn: string }>('/api/users', { userName });
  await page.goto(`/users/${userName}`);
  await page.getByRole('button', { name: 'Copy ARN' }).click();
  await expect.poll(() => clipboard(page)).toBe(user.arn);

  await page.goto(`/users/${userName}?tab=security_credentials`);
  await page.getByRole('button', { name: 'Assign MFA device' }).click();
  const dialog = page.getByRole('dialog', { name: 'Assign MFA device' });
  await dialog.getByLabel('Device name').fill(userName);
  await dialog.getByRole('button', { name: 'Next' }).click();
  await dialog.getByRole('button', { name: 'Show secret key' }).click();
  const secret = ((await dialog.getByTestId('mfa-secret-key').textContent()) ?? '').trim();
  await dialog.getByRole('button', { name: 'Copy secret key' }).click();
  await expect.poll(() => clipboard(page)).toBe(secret);
  await expectNoSeriousAxeViolations(page);
});
