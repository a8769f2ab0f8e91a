// Every main page of the console, as a signed-in root user sees it (and the sign-in pages as a
// visitor does): axe-core reports no serious or critical violation. Each page is also saved as a
// screenshot under test-results/screenshots/ for people to look at.
import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures.js';
import { ApiClient, allowPolicy } from '../support/api-client.js';
import { expectNoSeriousAxeViolations } from '../support/accessibility.js';
import { uniqueName } from '../support/names.js';
import { saveScreenshot, waitUntilSettled } from '../support/screenshots.js';
import { VisualEditorDriver } from '../support/visual-editor.js';

interface PageCase {
  name: string;
  /** Signed out (sign-in pages) or as the root user. */
  signedIn: boolean;
  /** Creates what the page shows and opens it; resolves when the page's own content is there. */
  open(page: Page, api: ApiClient, accountId: string): Promise<void>;
}

const h1 = (page: Page, name: string | RegExp) =>
  expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

const TRUST_THIS_ACCOUNT = (accountId: string) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${accountId}:root` }, Action: 'sts:AssumeRole' },
    ],
  });

async function openUser(page: Page, api: ApiClient): Promise<string> {
  const userName = uniqueName('a11y-user');
  await api.post('/api/users', { userName, path: '/a11y/' });
  await api.put(`/api/users/${userName}/inline-policies/ReadOnly`, { document: allowPolicy('iam:Get*') });
  return userName;
}

async function openPolicyFromList(page: Page, api: ApiClient): Promise<void> {
  const policyName = uniqueName('A11yPolicy');
  await api.post('/api/policies', { policyName, document: allowPolicy('iam:List*') });
  await page.goto('/policies');
  await page.getByRole('searchbox').first().fill(policyName);
  await page.getByRole('link', { name: policyName, exact: true }).click();
  await h1(page, policyName);
}

const PAGES: PageCase[] = [
  {
    name: 'signin-root',
    signedIn: false,
    open: async (page) => {
      await page.goto('/signin');
      await expect(page.getByRole('form', { name: 'Root user sign-in' })).toBeVisible();
    },
  },
  {
    name: 'signin-iam-user',
    signedIn: false,
    open: async (page, _api, accountId) => {
      await page.goto(`/signin/${accountId}`);
      await expect(page.getByRole('form', { name: 'IAM user sign-in' })).toBeVisible();
    },
  },
  {
    name: 'dashboard',
    signedIn: true,
    open: async (page) => (await page.goto('/'), h1(page, 'IAM dashboard')),
  },
  { name: 'users', signedIn: true, open: async (page) => (await page.goto('/users'), h1(page, /^Users/)) },
  {
    name: 'user-create',
    signedIn: true,
    open: async (page) => {
      await page.goto('/users/create');
      await expect(page.getByRole('heading', { name: 'Specify user details' })).toBeVisible();
    },
  },
  {
    name: 'user-detail',
    signedIn: true,
    open: async (page, api) => {
      const userName = await openUser(page, api);
      await page.goto(`/users/${userName}`);
      await h1(page, userName);
      await expect(
        page.getByRole('table', { name: 'Permissions policies' }).getByText('ReadOnly'),
      ).toBeVisible();
    },
  },
  {
    name: 'user-inline-policy-editor',
    signedIn: true,
    open: async (page, api) => {
      const userName = await openUser(page, api);
      await page.goto(`/users/${userName}/inline-policies/ReadOnly`);
      await h1(page, 'Edit ReadOnly');
      await expect(page.getByRole('textbox', { name: 'Policy document' })).toBeVisible();
    },
  },
  {
    name: 'groups',
    signedIn: true,
    open: async (page) => (await page.goto('/groups'), h1(page, /^User groups/)),
  },
  {
    name: 'group-create',
    signedIn: true,
    open: async (page) => (await page.goto('/groups/create'), h1(page, /^Create (user )?group$/)),
  },
  {
    name: 'group-detail',
    signedIn: true,
    open: async (page, api) => {
      const groupName = uniqueName('a11y-group');
      await api.post('/api/groups', { groupName });
      await page.goto(`/groups/${groupName}`);
      await h1(page, groupName);
    },
  },
  { name: 'roles', signedIn: true, open: async (page) => (await page.goto('/roles'), h1(page, /^Roles/)) },
  {
    name: 'role-create',
    signedIn: true,
    open: async (page) => {
      await page.goto('/roles/create');
      await expect(page.getByRole('heading', { name: 'Select trusted entity' })).toBeVisible();
    },
  },
  {
    name: 'role-detail',
    signedIn: true,
    open: async (page, api, accountId) => {
      const roleName = uniqueName('a11y-role');
      await api.post('/api/roles', { roleName, trustPolicy: TRUST_THIS_ACCOUNT(accountId) });
      await page.goto(`/roles/${roleName}`);
      await h1(page, roleName);
    },
  },
  {
    name: 'policies',
    signedIn: true,
    open: async (page) => (await page.goto('/policies'), h1(page, /^Policies/)),
  },
  {
    name: 'policy-create',
    signedIn: true,
    open: async (page) => {
      await page.goto('/policies/create');
      await expect(page.getByRole('textbox', { name: 'Policy document' })).toBeVisible();
    },
  },
  {
    name: 'policy-create-visual',
    signedIn: true,
    open: async (page) => {
      // The Visual tab with a service chosen: a statement card with its actions, resources and conditions.
      await page.goto('/policies/create');
      await expect(page.getByRole('textbox', { name: 'Policy document' })).toBeVisible({ timeout: 60_000 });
      // Let Monaco finish starting its web worker first: leaving the JSON tab while the worker's
      // script is still loading cancels that request, and Chromium then never reports the
      // network idle that `waitUntilSettled` waits for.
      await waitUntilSettled(page);
      const visual = new VisualEditorDriver(page);
      await visual.open();
      const card = visual.statement(1);
      await visual.chooseService(card, 'Amazon S3', 's3');
      await visual.openAccessLevel(card, 'List');
      await expect(card.getByRole('group', { name: 'Resources' })).toBeVisible();
    },
  },
  { name: 'policy-detail', signedIn: true, open: openPolicyFromList },
  {
    name: 'policy-detail-aws-managed',
    signedIn: true,
    open: async (page) => {
      await page.goto('/policies');
      await page.getByRole('searchbox', { name: 'Find policies by name' }).fill('ReadOnlyAccess');
      await page.getByRole('link', { name: 'ReadOnlyAccess', exact: true }).click();
      await h1(page, 'ReadOnlyAccess');
      await expect(page.getByRole('region', { name: 'Policy document' })).toContainText('"iam:List*"');
    },
  },
  {
    name: 'account-settings',
    signedIn: true,
    open: async (page) => (await page.goto('/account-settings'), h1(page, 'Account settings')),
  },
  {
    name: 'credential-report',
    signedIn: true,
    open: async (page) => (await page.goto('/credential-report'), h1(page, 'Credential report')),
  },
  {
    name: 'my-security-credentials',
    signedIn: true,
    open: async (page) => (await page.goto('/security-credentials'), h1(page, 'My security credentials')),
  },
];

for (const pageCase of PAGES) {
  test(`${pageCase.name}: no serious or critical axe violations`, async ({
    page,
    rootApi,
    rootIdentity,
    env,
  }) => {
    if (pageCase.signedIn) {
      await new ApiClient(page.request, env.url).signInRoot(env.rootEmail, env.rootPassword);
    }
    await pageCase.open(page, rootApi, rootIdentity.accountId);
    await waitUntilSettled(page);
    await saveScreenshot(page, pageCase.name);
    // The page must show its content, not an error in its place (axe on an error page proves little).
    await expect(page.getByText(/could not be (loaded|shown)|Page not found/)).toHaveCount(0);
    await expectNoSeriousAxeViolations(page);
  });
}
