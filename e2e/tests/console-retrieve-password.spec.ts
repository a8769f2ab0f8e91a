// After creating a user with a console password, the administrator hands the details over as in
// AWS's console (issue 12, finding 2): "Download .csv file" saves the user name, password and
// console sign-in URL under AWS's column names; "Email sign-in instructions" opens a mail with the
// sign-in URL and the user name, never the password. A user created without a password gets no
// "Retrieve password" page.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from '../support/accessibility.js';
import { test, expect } from '../support/fixtures.js';
import { uniqueName } from '../support/names.js';

async function createUser(page: Page, userName: string, consoleAccess: boolean): Promise<void> {
  await page.goto('/users/create');
  await expect(page.getByRole('heading', { name: 'Specify user details' })).toBeVisible();
  await page.getByLabel('User name').fill(userName);
  if (consoleAccess) {
    await page.getByRole('checkbox', { name: /Provide user access to the Gatehouse console/ }).check();
  }
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('radio', { name: /No permissions/ }).check();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('button', { name: 'Create user' }).click();
  await expect(page.getByText(`User ${userName} created`)).toBeVisible();
}

test('retrieve the new password as a .csv, and email the sign-in instructions without it', async ({
  rootPage: page,
  rootIdentity,
  baseURL,
}) => {
  const userName = uniqueName('retrieve');
  await createUser(page, userName, true);
  await expect(page.getByRole('heading', { level: 1, name: 'Retrieve password' })).toBeVisible();
  await page.getByRole('button', { name: 'Show' }).click();
  const password = ((await page.getByTestId('generated-password').textContent()) ?? '').trim();
  expect(password.length).toBeGreaterThanOrEqual(8);
  const signInUrl = `${baseURL}/signin/${rootIdentity.alias ?? rootIdentity.accountId}`;

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download .csv file' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${userName}_credentials.csv`);
  const csv = await readFile((await download.path())!, 'utf8');
  expect(csv.split('\r\n')).toEqual([
    'User name,Password,Console sign-in URL',
    `${userName},${/[",]/.test(password) ? `"${password.replace(/"/g, '""')}"` : password},${signInUrl}`,
    '',
  ]);

  const email = page.getByRole('link', { name: 'Email sign-in instructions' });
  const href = (await email.getAttribute('href')) ?? '';
  expect(href.startsWith('mailto:')).toBe(true);
  const body = decodeURIComponent(href.split('&body=')[1] ?? '');
  expect(body).toContain(`Console sign-in URL: ${signInUrl}`);
  expect(body).toContain(`User name: ${userName}`);
  expect(body).not.toContain(password);
  await expectNoSeriousAxeViolations(page);
});

test('a user created without a console password is not offered a password to retrieve', async ({
  rootPage: page,
}) => {
  const userName = uniqueName('no-password');
  await createUser(page, userName, false);
  await expect(page.getByRole('heading', { level: 1, name: 'User created' })).toBeVisible();
  await expect(page.getByText('Retrieve password')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Download .csv file' })).toHaveCount(0);
});
