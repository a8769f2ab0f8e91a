// What a person reads and where the keyboard lands (issue 12, findings 6, 7 and 10): a mistyped
// password is one plain sentence, not "Your session has ended" in a box inside a box; the rules
// of a new password are shown before typing it; an IAM user's dashboard speaks of their own MFA,
// not the root user's; a skip link leads past the navigation; focus lands on the new page's
// heading after a route change and after a submit.
import type { Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from '../support/accessibility.js';
import { fillIamSignIn } from '../support/console.js';
import { test, expect } from '../support/fixtures.js';
import { strongPassword, uniqueName } from '../support/names.js';

const READ_IAM = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['iam:Get*', 'iam:List*'], Resource: '*' }],
});

const focusedHeading = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el?.tagName === 'H1' ? (el.textContent ?? '') : `(${el?.tagName ?? 'nothing'})`;
  });

test('a mistyped password is one plain sentence', async ({ page, rootApi, rootIdentity }) => {
  const userName = uniqueName('typo-user');
  await rootApi.post('/api/users', { userName });
  await rootApi.put(`/api/users/${userName}/login-profile`, {
    password: strongPassword(),
    passwordResetRequired: false,
  });
  await page.goto(`/signin/${rootIdentity.accountId}`);
  await fillIamSignIn(page, userName, 'not-the-password');
  const form = page.getByRole('form', { name: 'IAM user sign-in' });
  await expect(
    form.getByText('Your authentication information is incorrect: check it and try again.', { exact: true }),
  ).toBeVisible();
  await expect(form.getByText(/session has ended/i)).toHaveCount(0);
  // One message, not an alert nested in the form's error box.
  await expect(form.getByRole('alert')).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);
});

test('a forced password change lists the rules before typing', async ({ page, rootApi, rootIdentity }) => {
  const userName = uniqueName('forced-user');
  const password = strongPassword();
  await rootApi.post('/api/users', { userName });
  await rootApi.put(`/api/users/${userName}/login-profile`, { password, passwordResetRequired: true });
  await page.goto(`/signin/${rootIdentity.accountId}`);
  await fillIamSignIn(page, userName, password);
  const form = page.getByRole('form', { name: 'Change password' });
  await expect(form.getByLabel('New password', { exact: true })).toHaveValue('');
  const rules = form.getByRole('note', { name: 'Password requirements' });
  await expect(rules).toContainText('at least 8 characters');
  await expectNoSeriousAxeViolations(page);
});

test("an IAM user's dashboard speaks of their own MFA, in whole words", async ({
  page,
  rootApi,
  rootIdentity,
}) => {
  const userName = uniqueName('dash-user');
  const password = strongPassword();
  await rootApi.post('/api/users', { userName });
  await rootApi.put(`/api/users/${userName}/login-profile`, { password, passwordResetRequired: false });
  await rootApi.put(`/api/users/${userName}/inline-policies/ReadIam`, { document: READ_IAM });
  await page.goto(`/signin/${rootIdentity.accountId}`);
  await fillIamSignIn(page, userName, password);
  await expect(page.getByRole('heading', { level: 1, name: 'IAM dashboard' })).toBeVisible();
  const recommendations = page.getByRole('list', { name: 'Security recommendations' });
  await expect(recommendations.getByText('Add MFA for yourself')).toBeVisible();
  await expect(page.getByText('Add MFA for the root user')).toHaveCount(0);
  await expect(page.getByText(/root user's/)).toHaveCount(0);
  // Every warning wraps between words: no word is split across two lines.
  const splitWords = await recommendations.evaluate((list) => {
    const split: string[] = [];
    for (const span of list.querySelectorAll('span')) {
      if (span.children.length > 0) continue;
      const style = getComputedStyle(span);
      if (style.wordBreak === 'break-all') split.push(span.textContent ?? '');
    }
    return split;
  });
  expect(splitWords).toEqual([]);
});

test('a skip link and focus on the page heading after a route change and a submit', async ({
  rootPage: page,
}) => {
  // A page just loaded leaves focus at the top of the document: the skip link is the first stop.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'IAM dashboard' })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedHeading(page)).toBe('IAM dashboard');

  await page.getByRole('navigation').getByRole('link', { name: 'Users', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Users/ })).toBeVisible();
  await expect.poll(() => focusedHeading(page)).toMatch(/^Users/);

  await page.getByRole('navigation').getByRole('link', { name: 'User groups', exact: true }).click();
  await expect.poll(() => focusedHeading(page)).toMatch(/^User groups/);

  // A submit that replaces the page: the create-user wizard's result.
  const userName = uniqueName('focus-user');
  await page.goto('/users/create');
  await page.getByLabel('User name').fill(userName);
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('radio', { name: /No permissions/ }).check();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('button', { name: 'Create user' }).click();
  await expect.poll(() => focusedHeading(page)).toBe('User created');
  await expectNoSeriousAxeViolations(page);
});
