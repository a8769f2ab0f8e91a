// A save flow in a real browser against a real server: the password policy form refuses a bad
// minimum length where it is typed, then saves a custom policy, says so and returns to the
// account settings; the server keeps exactly what was chosen.
import { afterEach, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { gatehouse } from '../../../test-browser/gatehouse-api.js';
import { renderPage, shownLocation } from '../../../test-browser/render-page.js';
import { EditPasswordPolicyPage } from './edit-password-policy-page.js';

interface PasswordPolicyAnswer {
  passwordPolicy: {
    minimumPasswordLength: number;
    requireSymbols: boolean;
    requireNumbers: boolean;
    maxPasswordAge: number | null;
    passwordReusePrevention: number | null;
  } | null;
}

// The policy is the account's: leave the IAM default for whatever runs next.
afterEach(async () => {
  await gatehouse.delete('/api/account/password-policy').catch(() => undefined);
});

test('saving a custom password policy', async () => {
  await gatehouse.delete('/api/account/password-policy').catch(() => undefined);
  renderPage(
    [{ path: '/account-settings/password-policy/edit', element: <EditPasswordPolicyPage /> }],
    '/account-settings/password-policy/edit',
  );

  await page.getByRole('radio', { name: /^Custom/ }).click();
  // A custom policy starts from AWS's suggested values.
  const symbols = page.getByRole('checkbox', { name: 'Require at least one non-alphanumeric character' });
  const expiry = page.getByRole('checkbox', { name: 'Turn on password expiration' });
  await expect.element(symbols).toBeChecked();
  await expect.element(expiry).toBeChecked();
  const minimum = page.getByRole('spinbutton', { name: 'Password minimum length' });
  await expect.element(minimum).toHaveValue(8);
  await minimum.fill('5');
  await symbols.click();
  await expiry.click();
  await expect
    .element(page.getByRole('spinbutton', { name: 'Expire passwords in day(s)' }))
    .not.toBeInTheDocument();
  await page.getByRole('spinbutton', { name: 'Remember password(s)' }).fill('3');
  await page.getByRole('button', { name: 'Save changes' }).click();

  // Refused in the form, before anything reaches the server.
  await expect.element(page.getByText('Enter a whole number from 6 to 128.')).toBeVisible();
  await expect.element(shownLocation()).toHaveTextContent('/account-settings/password-policy/edit');
  const untouched = await gatehouse.get<PasswordPolicyAnswer>('/api/account/password-policy');
  expect(untouched.passwordPolicy).toBeNull();

  await minimum.fill('14');
  await expect.element(page.getByText('Enter a whole number from 6 to 128.')).not.toBeInTheDocument();
  await page.getByRole('button', { name: 'Save changes' }).click();

  await expect.element(page.getByText('Password policy updated.')).toBeVisible();
  await expect.element(shownLocation()).toHaveTextContent('/account-settings');
  const saved = await gatehouse.get<PasswordPolicyAnswer>('/api/account/password-policy');
  expect(saved.passwordPolicy).toMatchObject({
    minimumPasswordLength: 14,
    requireSymbols: false,
    requireNumbers: true,
    maxPasswordAge: null,
    passwordReusePrevention: 3,
  });
});
