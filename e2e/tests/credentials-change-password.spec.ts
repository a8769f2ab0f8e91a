// An IAM user changes their own console password on My security credentials: a password the
// account's rules refuse is shown inline with the rule named, a good one takes effect at the
// next sign-in.
import { test, expect } from '../support/fixtures.js';
import { fillIamSignIn } from '../support/console.js';
import { strongPassword, uniqueName } from '../support/names.js';
import { saveScreenshot } from '../support/screenshots.js';

const OWN_CREDENTIALS_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Action: ['iam:ChangePassword', 'iam:ListMFADevices', 'iam:ListAccessKeys'],
      Resource: 'arn:aws:iam::*:user/${aws:username}',
    },
  ],
});

test('an IAM user changes their own password; a weak one is refused with the rule named', async ({
  page,
  rootApi,
  rootIdentity,
}) => {
  const userName = uniqueName('pw-user');
  const password = strongPassword();
  const accountId = rootIdentity.accountId;
  // No path: the policy's `user/${aws:username}` resource names users at the root path.
  await rootApi.post('/api/users', { userName });
  await rootApi.put(`/api/users/${userName}/login-profile`, { password, passwordResetRequired: false });
  await rootApi.put(`/api/users/${userName}/inline-policies/OwnCredentials`, {
    document: OWN_CREDENTIALS_POLICY,
  });

  await page.goto(`/signin/${accountId}`);
  await fillIamSignIn(page, userName, password);
  await expect(page.getByRole('heading', { level: 1, name: 'IAM dashboard' })).toBeVisible();
  await page.goto('/security-credentials');
  await page.getByRole('button', { name: 'Update console password' }).click();
  const form = page.getByRole('form', { name: 'Change console password' });

  await form.getByLabel('Current password').fill(password);
  await form.getByLabel('New password', { exact: true }).fill('abcdefgh');
  await form.getByLabel('Confirm new password').fill('abcdefgh');
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(form.getByText(/does not meet the password policy: it must/)).toBeVisible();
  await saveScreenshot(page, 'change-password-refused');

  const newPassword = strongPassword();
  await form.getByLabel('New password', { exact: true }).fill(newPassword);
  await form.getByLabel('Confirm new password').fill(newPassword);
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('Your console password was changed.')).toBeVisible();

  await page.getByRole('button', { name: /^Account menu for/ }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await fillIamSignIn(page, userName, password);
  await expect(
    page
      .getByRole('form', { name: 'IAM user sign-in' })
      .getByText('Your authentication information is incorrect: check it and try again.', { exact: true }),
  ).toBeVisible();
  await page.reload();
  await fillIamSignIn(page, userName, newPassword);
  await expect(page.getByRole('heading', { level: 1, name: 'IAM dashboard' })).toBeVisible();
});
