// The dashboard's security recommendations are real: they follow the account's credentials and
// each links to where it is fixed.
import { test, expect } from '../support/fixtures.js';
import { strongPassword, uniqueName } from '../support/names.js';
import { saveScreenshot } from '../support/screenshots.js';

test('security recommendations name unmet rules and link to their fix', async ({
  rootPage: page,
  rootApi,
}) => {
  // A user with a console password and no MFA: the dashboard counts it.
  const userName = uniqueName('nomfa-user');
  await rootApi.post('/api/users', { userName, path: '/recommendations/' });
  await rootApi.put(`/api/users/${userName}/login-profile`, {
    password: strongPassword(),
    passwordResetRequired: false,
  });
  await page.reload();

  const list = page.getByRole('list', { name: 'Security recommendations' });
  await expect(list.getByTestId('recommendation-root-mfa')).toContainText('Add MFA for the root user');
  await expect(list.getByTestId('recommendation-users-mfa')).toContainText(
    /\d+ users? ha(s|ve) a console password and no MFA/,
  );
  await expect(list.getByTestId('recommendation-root-access-keys')).toContainText(
    'Root user has no access keys',
  );
  await saveScreenshot(page, 'dashboard-security-recommendations');

  await list.getByTestId('recommendation-root-mfa').getByRole('link', { name: 'Add MFA' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My security credentials' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Assign MFA device' })).toBeVisible();
});
