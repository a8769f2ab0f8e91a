// Console switch role, as AWS's console does it: an IAM user of one account (security) switches
// through the account menu and the Switch Role form to an audit role of another account (dev),
// sees the role's display name in its colour in the header, reads dev's users as the role, is
// refused a write in AWS's words naming the assumed-role ARN, switches back from the menu, and
// switches again in one click from the role history. The role page's link fills the form in.
// When the role session's hour is over, the console acts as the user again and says so.
import type { Page, PlaywrightWorkerArgs } from '@playwright/test';
import { expectNoSeriousAxeViolations } from '../support/accessibility.js';
import { ApiClient, allowPolicy } from '../support/api-client.js';
import { fillIamSignIn, openFromNavigation, rowWith } from '../support/console.js';
import { test, expect } from '../support/fixtures.js';
import { strongPassword, uniqueName } from '../support/names.js';
import { saveScreenshot } from '../support/screenshots.js';

const ROLE = 'InfosecAudit';
const GREEN = 'rgb(3, 127, 12)';
const RED = 'rgb(217, 21, 21)';

type Playwright = PlaywrightWorkerArgs['playwright'];

/** A new account of the deployment, with an API client signed in as its root user. */
async function newAccount(rootApi: ApiClient, playwright: Playwright, baseURL: string) {
  const email = `${uniqueName('owner')}@accounts.example.com`;
  const password = strongPassword();
  const { accountId } = await rootApi.post<{ accountId: string }>('/api/accounts', { email, password });
  const request = await playwright.request.newContext({ baseURL });
  const api = new ApiClient(request, baseURL);
  await api.signInRoot(email, password);
  return { accountId, api, dispose: () => request.dispose() };
}

const accountMenu = (page: Page, label: string) =>
  page.getByRole('button', { name: `Account menu for ${label}`, exact: true });

/**
 * Two accounts: dev trusts security's account with a read-only audit role (iam:Get*, iam:List*;
 * dev has an alias and a user of its own), and security has a console user allowed to assume it.
 */
async function crossAccountAudit(rootApi: ApiClient, playwright: Playwright, baseURL: string) {
  const security = await newAccount(rootApi, playwright, baseURL);
  const dev = await newAccount(rootApi, playwright, baseURL);
  const devAlias = uniqueName('dev');
  const userName = 'infosec';
  const password = strongPassword();
  const roleArn = `arn:aws:iam::${dev.accountId}:role/${ROLE}`;
  const devUser = 'dev-builder';
  await dev.api.put('/api/account/alias', { alias: devAlias });
  await dev.api.post('/api/users', { userName: devUser });
  const trust = {
    Effect: 'Allow',
    Principal: { AWS: `arn:aws:iam::${security.accountId}:root` },
    Action: 'sts:AssumeRole',
  };
  await dev.api.post('/api/roles', {
    roleName: ROLE,
    trustPolicy: JSON.stringify({ Version: '2012-10-17', Statement: [trust] }),
  });
  await dev.api.put(`/api/roles/${ROLE}/inline-policies/read-iam`, {
    document: allowPolicy(['iam:Get*', 'iam:List*']),
  });
  await security.api.post('/api/users', { userName });
  await security.api.put(`/api/users/${userName}/login-profile`, { password, passwordResetRequired: false });
  await security.api.put(`/api/users/${userName}/inline-policies/assume-audit`, {
    document: allowPolicy('sts:AssumeRole', roleArn),
  });
  return {
    security,
    dev,
    devAlias,
    devUser,
    userName,
    password,
    userArn: `arn:aws:iam::${security.accountId}:user/${userName}`,
    sessionArn: `arn:aws:sts::${dev.accountId}:assumed-role/${ROLE}/${userName}`,
    /** AWS's default display name: `role @ account` as typed. */
    label: `${ROLE} @ ${devAlias}`,
    dispose: async () => {
      await security.dispose();
      await dev.dispose();
    },
  };
}

async function signInAsUser(page: Page, accountId: string, userName: string, password: string) {
  await page.goto(`/signin/${accountId}`);
  await fillIamSignIn(page, userName, password);
  await expect(page.getByRole('heading', { level: 1, name: 'IAM dashboard' })).toBeVisible();
}

test('an IAM user switches to a role of another account and back, then again from the role history', async ({
  page,
  rootApi,
  playwright,
  baseURL,
}) => {
  test.setTimeout(150_000);
  const setup = await crossAccountAudit(rootApi, playwright, baseURL!);
  const { security, dev, devAlias, devUser, userName, password, userArn, sessionArn, label } = setup;

  try {
    await test.step('the user signs in and opens Switch role from the account menu', async () => {
      await signInAsUser(page, security.accountId, userName, password);
      await accountMenu(page, `${userName} @ ${security.accountId}`).click();
      await page.getByRole('menuitem', { name: 'Switch role', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Switch Role' })).toBeVisible();
      await expect(page).toHaveURL(/\/switchrole$/);
      await expectNoSeriousAxeViolations(page);
    });

    const form = page.getByRole('form', { name: 'Switch Role' });
    await test.step('field problems show by their fields; a refusal under the form in AWS’s words', async () => {
      await form.getByLabel('Account', { exact: true }).fill('12345');
      await form.getByRole('button', { name: 'Switch Role' }).click();
      await expect(form.getByText('An account ID has 12 digits.')).toBeVisible();
      await expect(form.getByText('Enter a role name.')).toBeVisible();

      await form.getByLabel('Account', { exact: true }).fill(devAlias);
      await form.getByLabel('Role name').fill('NoSuchRole');
      await form.getByRole('button', { name: 'Switch Role' }).click();
      await expect(form.getByTestId('access-denied-message')).toHaveText(
        `User: ${userArn} is not authorized to perform: sts:AssumeRole on resource: ` +
          `arn:aws:iam::${dev.accountId}:role/NoSuchRole because no identity-based policy allows the sts:AssumeRole action`,
      );
    });

    await test.step('the user switches to the audit role: the header shows it, in green', async () => {
      await form.getByLabel('Role name').fill(ROLE);
      await expect(form.getByLabel(/^Display name/)).toHaveAttribute('placeholder', label);
      await form.getByRole('radio', { name: 'Green' }).check();
      await form.getByRole('button', { name: 'Switch Role' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'IAM dashboard' })).toBeVisible();
      await expect(accountMenu(page, label)).toBeVisible();
      await expect(accountMenu(page, label)).toHaveCSS('background-color', GREEN);
    });

    await test.step("as the role, the user reads dev's users", async () => {
      await openFromNavigation(page, 'Users', /^Users/);
      const users = page.getByRole('table', { name: 'Users' });
      await expect(rowWith(users, devUser)).toBeVisible();
      await expect(users.getByRole('link', { name: userName, exact: true })).toHaveCount(0);
      await expect(accountMenu(page, label)).toHaveCSS('background-color', GREEN);
      await saveScreenshot(page, 'switch-role-users');
      await expectNoSeriousAxeViolations(page);
    });

    await test.step('creating a user is refused, naming the assumed-role ARN', async () => {
      const intruder = uniqueName('intruder');
      await page.goto('/users/create');
      await page.getByLabel('User name').fill(intruder);
      await page.getByRole('button', { name: 'Next', exact: true }).click();
      await page.getByRole('radio', { name: /No permissions/ }).check();
      await page.getByRole('button', { name: 'Next', exact: true }).click();
      await page.getByRole('button', { name: 'Next', exact: true }).click();
      await page.getByRole('button', { name: 'Create user' }).click();
      await expect(page.getByTestId('access-denied-message')).toHaveText(
        `User: ${sessionArn} is not authorized to perform: iam:CreateUser on resource: ` +
          `arn:aws:iam::${dev.accountId}:user/${intruder} because no identity-based policy allows the iam:CreateUser action`,
      );
    });

    await test.step('the menu names the user it came from; Switch back returns to the user', async () => {
      await accountMenu(page, label).click();
      await expect(page.getByRole('menuitem', { name: `Switched from: ${userArn}` })).toBeVisible();
      await expect(page.getByRole('menuitem', { name: `Account ID: ${dev.accountId}` })).toBeVisible();
      await saveScreenshot(page, 'switch-role-menu');
      await page.getByRole('menuitem', { name: 'Switch back', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'IAM dashboard' })).toBeVisible();
      await expect(accountMenu(page, `${userName} @ ${security.accountId}`)).toBeVisible();
      await expect(accountMenu(page, label)).toHaveCount(0);
      expect((await page.request.get('/api/auth/whoami').then((r) => r.json())) as unknown).toMatchObject({
        type: 'user',
        arn: userArn,
      });
    });

    await test.step("the role page's link fills the Switch Role form in", async () => {
      await page.goto(`/switchrole?account=${dev.accountId}&roleName=${ROLE}&displayName=${ROLE}`);
      await expect(form.getByLabel('Account', { exact: true })).toHaveValue(dev.accountId);
      await expect(form.getByLabel('Role name')).toHaveValue(ROLE);
      await expect(form.getByLabel(/^Display name/)).toHaveValue(ROLE);
      await form.getByRole('button', { name: 'Cancel' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'IAM dashboard' })).toBeVisible();
    });

    await test.step('one click in the role history switches again', async () => {
      await accountMenu(page, `${userName} @ ${security.accountId}`).click();
      const fromHistory = page.getByRole('menuitem', { name: new RegExp(`^${label}`) });
      await expect(fromHistory).toBeVisible();
      await saveScreenshot(page, 'switch-role-history');
      await fromHistory.click();
      await expect(accountMenu(page, label)).toHaveCSS('background-color', GREEN);
      await openFromNavigation(page, 'Users', /^Users/);
      await expect(rowWith(page.getByRole('table', { name: 'Users' }), devUser)).toBeVisible();
      expect((await page.request.get('/api/auth/whoami').then((r) => r.json())) as unknown).toMatchObject({
        type: 'assumed-role',
        arn: sessionArn,
        role: { displayName: label, color: 'green', sourceArn: userArn },
      });
    });
  } finally {
    await setup.dispose();
  }
});

test('when the role session ends, the console acts as the user again and says so', async ({
  page,
  rootApi,
  playwright,
  baseURL,
  db,
}) => {
  const setup = await crossAccountAudit(rootApi, playwright, baseURL!);
  const { security, devAlias, userName, password, label } = setup;
  try {
    // The browser's clock is the test's, so the hour of the role session can pass at once.
    await page.clock.install();
    await signInAsUser(page, security.accountId, userName, password);
    await new ApiClient(page.request, baseURL!).post('/api/auth/switch-role', {
      account: devAlias,
      roleName: ROLE,
      color: 'red',
    });
    await page.goto('/users');
    await expect(accountMenu(page, label)).toHaveCSS('background-color', RED);

    await test.step('the hour passes: the header shows the user again, and a message says why', async () => {
      // The server's side of the hour: its role session expires now.
      const ended = await db.query(
        `UPDATE "TemporaryCredential" SET "expiresAt" = now() - interval '1 second'
          WHERE id IN (SELECT "roleCredentialId" FROM "Session" WHERE "roleDisplayName" = $1)`,
        [label],
      );
      expect(ended.rowCount).toBe(1);
      await page.clock.fastForward('01:00:05');
      await expect(page.getByText(`The role session ${label} ended.`)).toBeVisible();
      await expect(page.getByRole('heading', { level: 1, name: 'IAM dashboard' })).toBeVisible();
      await expect(accountMenu(page, `${userName} @ ${security.accountId}`)).toBeVisible();
      await expect(accountMenu(page, label)).toHaveCount(0);
    });
  } finally {
    await setup.dispose();
  }
});
