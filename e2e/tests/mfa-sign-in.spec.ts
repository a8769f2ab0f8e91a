// An IAM user protects their sign-in with a virtual MFA device: enrolment in the browser (the
// test is the authenticator app, computing codes from the secret the console shows), then a
// sign-in that asks for a code and starts the session only with a right one.
import { test, expect } from '../support/fixtures.js';
import { fillIamSignIn, rowWith } from '../support/console.js';
import { strongPassword, uniqueName } from '../support/names.js';
import { saveScreenshot } from '../support/screenshots.js';
import { hotp, timeStep, totp, waitForStepAfter } from '../support/totp.js';

/** What AWS documents as the self-service MFA policy, scoped with `${aws:username}`. */
const SELF_SERVICE_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'ManageOwnCredentials',
      Effect: 'Allow',
      Action: [
        'iam:ListMFADevices',
        'iam:CreateVirtualMFADevice',
        'iam:EnableMFADevice',
        'iam:ResyncMFADevice',
        'iam:DeactivateMFADevice',
        'iam:DeleteVirtualMFADevice',
        'iam:ListAccessKeys',
        'iam:ChangePassword',
      ],
      Resource: ['arn:aws:iam::*:user/${aws:username}', 'arn:aws:iam::*:mfa/${aws:username}'],
    },
  ],
});

test('the TOTP helper computes RFC 6238 reference codes', () => {
  // RFC 6238 appendix B, SHA-1 seed "12345678901234567890": T=59 s → 94287082 (8 digits).
  const key = Buffer.from('12345678901234567890');
  expect(hotp(key, Math.floor(59 / 30), 8)).toBe('94287082');
  expect(hotp(key, Math.floor(1111111109 / 30), 8)).toBe('07081804');
  // The same seed in base32, 6 digits, as an authenticator app shows it.
  expect(totp('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', Math.floor(59 / 30))).toBe('287082');
});

test('an IAM user assigns a virtual MFA device and then signs in with a code', async ({
  page,
  rootApi,
  rootIdentity,
}) => {
  // Two codes from consecutive 30 s windows at enrolment, and a third, fresh one at sign-in.
  test.setTimeout(180_000);
  const userName = uniqueName('mfa-user');
  const password = strongPassword();
  const accountId = rootIdentity.accountId;
  // No path: the policy's `user/${aws:username}` resource names users at the root path.
  await rootApi.post('/api/users', { userName });
  await rootApi.put(`/api/users/${userName}/login-profile`, { password, passwordResetRequired: false });
  await rootApi.put(`/api/users/${userName}/inline-policies/SelfServiceMfa`, {
    document: SELF_SERVICE_POLICY,
  });

  let secret = '';
  let enrolStep = 0;

  await test.step('the user opens My security credentials from the account menu', async () => {
    await page.goto(`/signin/${accountId}`);
    await fillIamSignIn(page, userName, password);
    await expect(page.getByRole('heading', { level: 1, name: 'IAM dashboard' })).toBeVisible();
    await page.getByRole('button', { name: /^Account menu for/ }).click();
    await page.getByRole('menuitem', { name: 'Security credentials' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'My security credentials' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'MFA devices' }).getByText('No MFA devices')).toBeVisible();
  });

  await test.step('assigns a device: name, QR code and secret key, two consecutive codes', async () => {
    await page.getByRole('button', { name: 'Assign MFA device' }).click();
    const dialog = page.getByRole('dialog', { name: 'Assign MFA device' });
    await dialog.getByLabel('Device name').fill(userName);
    await dialog.getByRole('button', { name: 'Next' }).click();
    await expect(dialog.getByRole('img', { name: 'QR code of the MFA device' })).toBeVisible();
    await dialog.getByRole('button', { name: 'Show secret key' }).click();
    secret = ((await dialog.getByTestId('mfa-secret-key').textContent()) ?? '').trim();
    expect(secret).toMatch(/^[A-Z2-7]{16,}=*$/);
    await saveScreenshot(page, 'mfa-assign-device');

    const first = timeStep();
    await dialog.getByLabel('MFA code 1').fill(totp(secret, first));
    enrolStep = await waitForStepAfter(first);
    await dialog.getByLabel('MFA code 2').fill(totp(secret, enrolStep));
    await dialog.getByRole('button', { name: 'Add MFA' }).click();
    await expect(dialog).toBeHidden();
    const row = rowWith(
      page.getByRole('table', { name: 'MFA devices' }),
      `arn:aws:iam::${accountId}:mfa/${userName}`,
    );
    await expect(row).toContainText('Assigned');
    await saveScreenshot(page, 'mfa-device-assigned');
  });

  await test.step('signs out; the password alone no longer starts a session', async () => {
    await page.getByRole('button', { name: /^Account menu for/ }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(new RegExp(`/signin/${accountId}`));
    await fillIamSignIn(page, userName, password);
    const mfaForm = page.getByRole('form', { name: 'Multi-factor authentication' });
    await expect(mfaForm.getByLabel('MFA code')).toBeVisible();
    expect((await page.request.get('/api/auth/whoami')).status()).toBe(401);
    await saveScreenshot(page, 'mfa-sign-in-step');

    // A wrong code is refused and the user stays on the MFA step.
    const wrong = totp(secret, timeStep()) === '000000' ? '111111' : '000000';
    await mfaForm.getByLabel('MFA code').fill(wrong);
    await mfaForm.getByRole('button', { name: 'Submit' }).click();
    await expect(mfaForm.getByText('Sign-in failed')).toBeVisible();
    await expect(mfaForm.getByText(/wait for a new code/)).toBeVisible();
    expect((await page.request.get('/api/auth/whoami')).status()).toBe(401);
  });

  await test.step('signs in with a fresh code from the device', async () => {
    // Codes already used at enrolment are never accepted again: wait for the next one.
    const step = await waitForStepAfter(enrolStep);
    const mfaForm = page.getByRole('form', { name: 'Multi-factor authentication' });
    await mfaForm.getByLabel('MFA code').fill(totp(secret, step));
    await mfaForm.getByRole('button', { name: 'Submit' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'IAM dashboard' })).toBeVisible();
    const me = (await (await page.request.get('/api/auth/whoami')).json()) as { userName?: string };
    expect(me.userName).toBe(userName);
  });
});
