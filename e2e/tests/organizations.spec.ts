// AWS Organizations for a security team, as the IAM guides teach it. An administrator of a new
// management account creates the organization, enables service control policies, builds the OUs
// `security` and `workloads` and the accounts `security`, `dev` and `prod` (dev is moved into
// workloads), and switches into each new account's OrganizationAccountAccessRole to set it up:
// an alias, an `infosec` console user in security, an `InfosecAudit` role (ReadOnlyAccess,
// trusting security) in dev and prod. The infosec user signs in at /signin/security, switches
// into dev and prod through the menu and the role history, reads users there, is refused a write
// naming the assumed-role ARN, and switches back. Then an SCP denying iam:CreateUser, written in
// the Monaco editor, is attached to workloads: prod's own administrator role is refused, and the
// refusal names the service control policy. axe runs on every Organizations page.
import type { Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from '../support/accessibility.js';
import { ApiClient, allowPolicy } from '../support/api-client.js';
import { fillIamSignIn, openFromNavigation, rowWith } from '../support/console.js';
import { test, expect } from '../support/fixtures.js';
import { strongPassword, uniqueName } from '../support/names.js';
import { PolicyEditorDriver, policyDocument } from '../support/policy-editor.js';
import { saveScreenshot } from '../support/screenshots.js';

const ADMIN_ROLE = 'OrganizationAccountAccessRole';
const AUDIT_ROLE = 'InfosecAudit';
const READ_ONLY = 'arn:aws:iam::aws:policy/ReadOnlyAccess';

interface TreeAnswer {
  root: { id: string };
  organizationalUnits: { id: string; name: string }[];
  accounts: { id: string; name: string; parentId: string }[];
}

const accountMenu = (page: Page, label: string) =>
  page.getByRole('button', { name: `Account menu for ${label}`, exact: true });

// An expandable table is a tree grid to assistive technology.
const structure = (page: Page) => page.getByRole('treegrid', { name: 'Organization structure' });

async function signInAsUser(page: Page, account: string, userName: string, password: string) {
  await page.goto(`/signin/${account}`);
  await fillIamSignIn(page, userName, password);
  await expect(page.getByRole('heading', { level: 1, name: 'IAM dashboard' })).toBeVisible();
}

async function signOut(page: Page, label: string) {
  await accountMenu(page, label).click();
  await page.getByRole('menuitem', { name: 'Sign out', exact: true }).click();
  await expect(page).toHaveURL(/\/signin/);
}

/** Account menu → Switch role → the form, as a person does it. */
async function switchRoleFromForm(page: Page, from: string, account: string, roleName: string) {
  await accountMenu(page, from).click();
  await page.getByRole('menuitem', { name: 'Switch role', exact: true }).click();
  const form = page.getByRole('form', { name: 'Switch Role' });
  await form.getByLabel('Account', { exact: true }).fill(account);
  await form.getByLabel('Role name').fill(roleName);
  await form.getByRole('button', { name: 'Switch Role' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'IAM dashboard' })).toBeVisible();
  await expect(accountMenu(page, `${roleName} @ ${account}`)).toBeVisible();
}

async function switchBack(page: Page, from: string, to: string) {
  await accountMenu(page, from).click();
  await page.getByRole('menuitem', { name: 'Switch back', exact: true }).click();
  await expect(accountMenu(page, to)).toBeVisible();
}

/** The IAM create-user wizard up to its refusal: returns the AccessDenied message shown. */
async function tryToCreateUser(page: Page, userName: string) {
  await page.goto('/users/create');
  await page.getByLabel('User name').fill(userName);
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('radio', { name: /No permissions/ }).check();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('button', { name: 'Create user' }).click();
  return page.getByTestId('access-denied-message');
}

async function createOu(page: Page, name: string) {
  await page.getByRole('button', { name: 'Actions', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Create new', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Create organizational unit' });
  await dialog.getByLabel('Organizational unit name').fill(name);
  await dialog.getByRole('button', { name: 'Create organizational unit' }).click();
  await expect(dialog).toBeHidden();
  await expect(structure(page).getByRole('link', { name, exact: true })).toBeVisible();
}

async function addAccount(page: Page, name: string, email: string, parentPath: string) {
  await page.getByRole('link', { name: 'Add an AWS account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add an AWS account' })).toBeVisible();
  const form = page.getByRole('form', { name: 'Create an AWS account' });
  await form.getByLabel('AWS account name').fill(name);
  await form.getByLabel("Email address of the account's owner").fill(email);
  await form.getByLabel('Organizational unit').click();
  await page
    .getByRole('option')
    .filter({ has: page.getByText(parentPath, { exact: true }) })
    .click();
  await form.getByRole('button', { name: 'Create AWS account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^AWS accounts/ })).toBeVisible();
  await expect(page.getByText(new RegExp(`AWS account ${name} created`))).toBeVisible();
}

test('a security team builds an organization, audits its accounts by switching roles, and governs them with an SCP', async ({
  page,
  rootApi,
  playwright,
  baseURL,
}) => {
  // One long story on a 2-core machine shared with other runs: minutes, not seconds.
  test.setTimeout(600_000);
  // The management account is the test's own, with an administrator who works in the console.
  const ownerEmail = `${uniqueName('org-owner')}@accounts.example.com`;
  const ownerPassword = strongPassword();
  const { accountId: managementId } = await rootApi.post<{ accountId: string }>('/api/accounts', {
    email: ownerEmail,
    password: ownerPassword,
  });
  const ownerRequest = await playwright.request.newContext({ baseURL });
  const owner = new ApiClient(ownerRequest, baseURL!);
  await owner.signInRoot(ownerEmail, ownerPassword);
  const admin = uniqueName('admin');
  const adminPassword = strongPassword();
  await owner.post('/api/users', { userName: admin });
  await owner.put(`/api/users/${admin}/login-profile`, {
    password: adminPassword,
    passwordResetRequired: false,
  });
  await owner.post(`/api/users/${admin}/attached-policies`, {
    policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess',
  });
  await ownerRequest.dispose();
  const adminLabel = `${admin} @ ${managementId}`;
  const api = new ApiClient(page.request, baseURL!);
  const devAlias = uniqueName('dev');
  const prodAlias = uniqueName('prod');
  const infosecPassword = strongPassword();
  const ids = { security: '', dev: '', prod: '', workloads: '', securityOu: '' };

  await test.step('the administrator creates the organization', async () => {
    await signInAsUser(page, managementId, admin, adminPassword);
    await openFromNavigation(page, 'AWS accounts', 'Create an organization');
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('button', { name: 'Create an organization' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^AWS accounts/ })).toBeVisible();
    await expect(rowWith(structure(page), managementId)).toBeVisible();
    const navigation = page.getByRole('navigation');
    await expect(
      navigation.getByRole('link', { name: 'Service control policies', exact: true }),
    ).toBeVisible();
  });

  await test.step('service control policies are enabled: FullAWSAccess is there', async () => {
    await openFromNavigation(page, 'Service control policies', /^Service control policies/);
    await page.getByRole('button', { name: 'Enable service control policies' }).click();
    const policies = page.getByRole('table', { name: 'Service control policies' });
    await expect(rowWith(policies, 'FullAWSAccess')).toContainText('AWS managed policy');
    await expect(page.getByRole('button', { name: 'Enable service control policies' })).toHaveCount(0);
    await expectNoSeriousAxeViolations(page);
  });

  await test.step('OUs security and workloads; accounts security, dev and prod', async () => {
    await openFromNavigation(page, 'AWS accounts', /^AWS accounts/);
    await createOu(page, 'security');
    await createOu(page, 'workloads');
    await addAccount(page, 'security', `${uniqueName('security')}@accounts.example.com`, 'Root/security');
    await addAccount(page, 'dev', `${uniqueName('dev')}@accounts.example.com`, 'Root');
    await addAccount(page, 'prod', `${uniqueName('prod')}@accounts.example.com`, 'Root/workloads');
    const tree = await api.get<TreeAnswer>('/api/organization/tree');
    const account = (name: string) => tree.accounts.find((a) => a.name === name)!.id;
    ids.security = account('security');
    ids.dev = account('dev');
    ids.prod = account('prod');
    ids.workloads = tree.organizationalUnits.find((o) => o.name === 'workloads')!.id;
    ids.securityOu = tree.organizationalUnits.find((o) => o.name === 'security')!.id;
    expect(tree.accounts.find((a) => a.id === ids.security)!.parentId).toBe(ids.securityOu);
  });

  await test.step('dev is moved into workloads from the Actions menu', async () => {
    await rowWith(structure(page), ids.dev).getByRole('radio').check();
    await page.getByRole('button', { name: 'Actions', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Move', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Move dev' });
    await dialog.getByRole('radio', { name: 'Root/workloads', exact: true }).check();
    await dialog.getByRole('button', { name: 'Move AWS account' }).click();
    await expect(page.getByText('Account dev moved to Root/workloads.')).toBeVisible();
    const tree = await api.get<TreeAnswer>('/api/organization/tree');
    expect(tree.accounts.find((a) => a.id === ids.dev)!.parentId).toBe(ids.workloads);
    await expect(rowWith(structure(page), ids.prod)).toBeVisible();
    // The tree as a newcomer finds it (no messages, nothing selected): docs/screenshots/organizations.png.
    await page.reload();
    await expect(rowWith(structure(page), ids.prod)).toContainText('Created');
    await saveScreenshot(page, 'organizations-accounts');
    await expectNoSeriousAxeViolations(page);
  });

  await test.step('the administrator sets up security: alias and the infosec console user', async () => {
    await switchRoleFromForm(page, adminLabel, ids.security, ADMIN_ROLE);
    // A member account's navigation offers its organization, not the management pages.
    const navigation = page.getByRole('navigation');
    await expect(navigation.getByRole('link', { name: 'Organization', exact: true })).toBeVisible();
    await expect(navigation.getByRole('link', { name: 'Service control policies' })).toHaveCount(0);
    await setAliasOnDashboard(page, 'security');
    // As the OrganizationAccountAccessRole session (the page's cookies): the user and its rights.
    await api.post('/api/users', { userName: 'infosec' });
    await api.put('/api/users/infosec/login-profile', {
      password: infosecPassword,
      passwordResetRequired: false,
    });
    await api.put('/api/users/infosec/inline-policies/assume-audit', {
      document: allowPolicy('sts:AssumeRole', `arn:aws:iam::*:role/${AUDIT_ROLE}`),
    });
  });

  let switchedLabel = `${ADMIN_ROLE} @ ${ids.security}`;
  for (const [name, alias] of [
    ['dev', devAlias],
    ['prod', prodAlias],
  ] as const) {
    await test.step(`the administrator sets up ${name}: alias, a user, the InfosecAudit role`, async () => {
      const accountId = ids[name];
      await switchRoleFromForm(page, switchedLabel, accountId, ADMIN_ROLE);
      switchedLabel = `${ADMIN_ROLE} @ ${accountId}`;
      await setAliasOnDashboard(page, alias);
      await api.post('/api/users', { userName: `${name}-builder` });
      const trust = {
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${ids.security}:root` },
        Action: 'sts:AssumeRole',
      };
      await api.post('/api/roles', {
        roleName: AUDIT_ROLE,
        trustPolicy: JSON.stringify({ Version: '2012-10-17', Statement: [trust] }),
      });
      await api.post(`/api/roles/${AUDIT_ROLE}/attached-policies`, { policyArn: READ_ONLY });
    });
  }
  // The switches above went security → dev → prod from the menu; back to the administrator.
  await switchBack(page, switchedLabel, adminLabel);
  await signOut(page, adminLabel);

  const infosecLabel = 'infosec @ security';
  const devLabel = `${AUDIT_ROLE} @ ${devAlias}`;
  const prodLabel = `${AUDIT_ROLE} @ ${prodAlias}`;
  await test.step('infosec signs in at /signin/security and switches into dev: reads users, cannot write', async () => {
    await signInAsUser(page, 'security', 'infosec', infosecPassword);
    await expect(accountMenu(page, infosecLabel)).toBeVisible();
    await switchRoleFromForm(page, infosecLabel, devAlias, AUDIT_ROLE);
    await openFromNavigation(page, 'Users', /^Users/);
    await expect(rowWith(page.getByRole('table', { name: 'Users' }), 'dev-builder')).toBeVisible();
    const intruder = uniqueName('intruder');
    await expect(await tryToCreateUser(page, intruder)).toHaveText(
      `User: arn:aws:sts::${ids.dev}:assumed-role/${AUDIT_ROLE}/infosec is not authorized to perform: ` +
        `iam:CreateUser on resource: arn:aws:iam::${ids.dev}:user/${intruder} because no identity-based policy allows the iam:CreateUser action`,
    );
  });

  await test.step('infosec switches into prod, then back to dev from the role history, then back', async () => {
    await switchRoleFromForm(page, devLabel, prodAlias, AUDIT_ROLE);
    await openFromNavigation(page, 'Users', /^Users/);
    await expect(rowWith(page.getByRole('table', { name: 'Users' }), 'prod-builder')).toBeVisible();
    const intruder = uniqueName('intruder');
    await expect(await tryToCreateUser(page, intruder)).toContainText(
      `User: arn:aws:sts::${ids.prod}:assumed-role/${AUDIT_ROLE}/infosec is not authorized to perform: iam:CreateUser`,
    );
    await accountMenu(page, prodLabel).click();
    await page.getByRole('menuitem', { name: new RegExp(`^${devLabel}`) }).click();
    await expect(accountMenu(page, devLabel)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'IAM dashboard' })).toBeVisible();
    await openFromNavigation(page, 'Users', /^Users/);
    await expect(rowWith(page.getByRole('table', { name: 'Users' }), 'dev-builder')).toBeVisible();
    await switchBack(page, devLabel, infosecLabel);
    await signOut(page, infosecLabel);
  });

  const scpName = uniqueName('DenyCreateUser');
  let scpArn = '';
  await test.step('the administrator writes an SCP denying iam:CreateUser in the Monaco editor', async () => {
    await signInAsUser(page, managementId, admin, adminPassword);
    await openFromNavigation(page, 'Service control policies', /^Service control policies/);
    await page.getByRole('link', { name: 'Create policy' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Create new service control policy' }),
    ).toBeVisible();
    await page.getByLabel('Policy name').fill(scpName);
    await page.getByLabel(/^Policy description/).fill('No new IAM users in workload accounts');
    await expect(page.getByRole('tab', { name: 'Visual' })).toBeVisible();
    await new PolicyEditorDriver(page).typeDocument(
      policyDocument({ Sid: 'DenyCreateUser', Effect: 'Deny', Action: 'iam:CreateUser', Resource: '*' }),
    );
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('button', { name: 'Create policy' }).click();
    await expect(page.getByRole('heading', { level: 1, name: scpName })).toBeVisible();
    await expect(page.getByTestId('scp-content')).toContainText('"iam:CreateUser"');
    const scpId = /service-control-policies\/([^/?]+)/.exec(page.url())![1]!;
    scpArn = (await api.get<{ policy: { arn: string } }>(`/api/organization/policies/${scpId}`)).policy.arn;
    expect(scpArn).toMatch(
      new RegExp(
        `^arn:aws:organizations::${managementId}:policy/o-[a-z0-9]+/service_control_policy/${scpId}$`,
      ),
    );
  });

  await test.step('it is attached to workloads from its Targets tab', async () => {
    await page.getByRole('tab', { name: 'Targets' }).click();
    await page.getByRole('button', { name: 'Attach', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Attach ${scpName}` });
    await dialog.getByRole('radio', { name: 'Root/workloads', exact: true }).check();
    await dialog.getByRole('button', { name: 'Attach policy' }).click();
    await expect(dialog).toBeHidden();
    await expect(rowWith(page.getByRole('table', { name: 'Targets' }), ids.workloads)).toBeVisible();
    await expectNoSeriousAxeViolations(page);
  });

  await test.step('workloads shows the SCP attached and FullAWSAccess inherited from the root', async () => {
    await openFromNavigation(page, 'AWS accounts', /^AWS accounts/);
    await structure(page).getByRole('link', { name: 'workloads', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'workloads' })).toBeVisible();
    await expect(rowWith(page.getByRole('table', { name: 'Children of workloads' }), ids.prod)).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('tab', { name: 'Policies' }).click();
    await expect(rowWith(page.getByRole('table', { name: 'Attached directly' }), scpName)).toBeVisible();
    await expect(rowWith(page.getByRole('table', { name: 'Inherited' }), 'FullAWSAccess')).toContainText(
      'Root',
    );
  });

  await test.step("prod's page shows where its SCPs come from; its last own SCP cannot be detached", async () => {
    await page.getByRole('tab', { name: 'Children' }).click();
    await page.getByRole('link', { name: 'prod', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'prod' })).toBeVisible();
    await expect(page.getByTestId('account-path')).toHaveText('Root / workloads / prod');
    const inherited = page.getByRole('table', { name: 'Inherited' });
    await expect(rowWith(inherited, scpName)).toContainText('workloads');
    const attached = page.getByRole('table', { name: 'Attached directly' });
    await rowWith(attached, 'FullAWSAccess').getByRole('radio').check();
    await page.getByRole('button', { name: 'Detach', exact: true }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'The policy was not detached' });
    await expect(refusal).toContainText(
      'ConstraintViolationException: `FullAWSAccess` is the last service control policy attached to',
    );
    await expect(rowWith(attached, 'FullAWSAccess')).toBeVisible();
    await expectNoSeriousAxeViolations(page);
  });

  await test.step("prod's own administrator is refused CreateUser by the service control policy", async () => {
    // The administrator's role history holds prod's OrganizationAccountAccessRole.
    const prodAdminLabel = `${ADMIN_ROLE} @ ${ids.prod}`;
    await accountMenu(page, adminLabel).click();
    await page.getByRole('menuitem', { name: new RegExp(`^${prodAdminLabel}`) }).click();
    await expect(accountMenu(page, prodAdminLabel)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'IAM dashboard' })).toBeVisible();
    const intruder = uniqueName('blocked');
    const denied = await tryToCreateUser(page, intruder);
    await expect(denied).toContainText(
      `User: arn:aws:sts::${ids.prod}:assumed-role/${ADMIN_ROLE}/${admin} is not authorized to perform: ` +
        `iam:CreateUser on resource: arn:aws:iam::${ids.prod}:user/${intruder} with an explicit deny in a service control policy`,
    );
    // AWS's words, then the policy that refused: the SCP's ARN.
    await expect(denied).toHaveText(
      new RegExp(`with an explicit deny in a service control policy: ${scpArn}$`),
    );
  });

  await test.step("the simulator's explanation for prod's administrator names the SCP and its statement", async () => {
    const prodAdminLabel = `${ADMIN_ROLE} @ ${ids.prod}`;
    await openFromNavigation(page, 'Policy simulator', 'Policy simulator');
    await page
      .getByRole('toolbar', { name: 'Simulate' })
      .getByRole('button', { name: 'Role', exact: true })
      .click();
    await page.getByRole('combobox', { name: 'role name' }).fill(ADMIN_ROLE);
    await page.getByRole('button', { name: /^Service/ }).click();
    await page.getByLabel('Find a service').fill('(iam)');
    await page.getByRole('option', { name: /\(iam\)$/ }).click();
    await page.getByRole('button', { name: /^Write \(/ }).click();
    await page.getByRole('checkbox', { name: 'CreateUser', exact: true }).check();
    await page.getByRole('textbox', { name: 'Resource ARNs' }).fill(`arn:aws:iam::${ids.prod}:user/someone`);
    await page.getByRole('button', { name: 'Run simulation' }).click();
    const row = page
      .getByRole('table', { name: 'Simulation results' })
      .getByRole('row', { name: /^iam:CreateUser / });
    await expect(row).toContainText('Denied — explicit');
    await row.getByRole('button', { expanded: false }).first().click();
    await expect(row).toContainText(`Decided by Deny statement DenyCreateUser of ${scpName}`);
    await expect(row).toContainText(`${scpName} (scp)`);
    await switchBack(page, prodAdminLabel, adminLabel);
  });

  await test.step('the invitations page, as the management account sees it', async () => {
    await openFromNavigation(page, 'Invitations', /^Invitations/);
    await expect(page.getByRole('link', { name: 'Invite an AWS account' })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
  });
});

async function setAliasOnDashboard(page: Page, alias: string) {
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Create account alias' });
  await dialog.getByLabel('Preferred alias').fill(alias);
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByTestId('account-alias')).toHaveText(alias);
}

test('an invited account accepts on its Invitations page and then sees the organization it joined', async ({
  page,
  rootApi,
  playwright,
  baseURL,
  freshAccount,
}) => {
  // The organization and its invitation are preconditions, made through the API by another account.
  const ownerEmail = `${uniqueName('org-owner')}@accounts.example.com`;
  const ownerPassword = strongPassword();
  const { accountId: managementId } = await rootApi.post<{ accountId: string }>('/api/accounts', {
    email: ownerEmail,
    password: ownerPassword,
  });
  const ownerRequest = await playwright.request.newContext({ baseURL });
  const owner = new ApiClient(ownerRequest, baseURL!);
  await owner.signInRoot(ownerEmail, ownerPassword);
  const created = await owner.post<{ organization: { id: string } }>('/api/organization');
  const organizationId = created.organization.id;
  await owner.post('/api/organization/handshakes', { targetAccountId: freshAccount.accountId });

  try {
    await new ApiClient(page.request, baseURL!).signInRoot(freshAccount.email, freshAccount.password);
    await page.goto('/');
    await openFromNavigation(page, 'Invitations', /^Invitations/);
    const invitations = page.getByRole('table', { name: 'Invitations' });
    const invitation = rowWith(invitations, organizationId);
    await expect(invitation).toContainText('Received');
    await expect(invitation).toContainText('Open');
    await expectNoSeriousAxeViolations(page);
    await invitation.getByRole('radio').check();
    await page.getByRole('button', { name: 'Accept invitation' }).click();
    await expect(page.getByText(`You joined organization ${organizationId}.`)).toBeVisible();
    await expect(invitation).toContainText('Accepted');

    await openFromNavigation(page, 'Organization', 'Organization');
    await expect(page.getByText('Your account is a member of an organization')).toBeVisible();
    await expect(page.getByText(organizationId, { exact: true })).toBeVisible();
    await expect(page.getByText(managementId, { exact: true })).toBeVisible();
    await expectNoSeriousAxeViolations(page);

    const tree = await owner.get<TreeAnswer>('/api/organization/tree');
    expect(tree.accounts.map((a) => a.id)).toContain(freshAccount.accountId);
  } finally {
    await ownerRequest.dispose();
  }
});

test('an OU is renamed and deleted; an SCP is edited, refused deletion while attached, detached and deleted', async ({
  page,
  rootApi,
  baseURL,
}) => {
  test.setTimeout(300_000);
  // A management account of the test's own whose root user works in the console; the organization,
  // an OU and an SCP attached to it are preconditions made through the API.
  const email = `${uniqueName('org-owner')}@accounts.example.com`;
  const password = strongPassword();
  await rootApi.post('/api/accounts', { email, password });
  const api = new ApiClient(page.request, baseURL!);
  await api.signInRoot(email, password);
  const { rootId } = await api.post<{ rootId: string }>('/api/organization');
  await api.post(`/api/organization/roots/${rootId}/policy-types`, { policyType: 'SERVICE_CONTROL_POLICY' });
  const ou = await api.post<{ id: string }>('/api/organization/organizational-units', {
    parentId: rootId,
    name: 'sandbox',
  });
  const scpName = uniqueName('DenyLeaving');
  const scp = await api.post<{ id: string }>('/api/organization/policies', {
    name: scpName,
    description: 'Accounts stay in the organization',
    content: JSON.stringify(
      policyDocument({ Effect: 'Deny', Action: 'organizations:LeaveOrganization', Resource: '*' }),
    ),
  });
  await api.post(`/api/organization/policies/${scp.id}/attach`, { targetId: ou.id });
  const memberName = uniqueName('leaver');
  const { createAccountStatus } = await api.post<{ createAccountStatus: { accountId: string } }>(
    '/api/organization/accounts',
    { accountName: memberName, email: `${memberName}@accounts.example.com` },
  );
  const memberId = createAccountStatus.accountId;

  await test.step('the Add an AWS account page, both ways', async () => {
    await page.goto('/organizations/accounts/add');
    await expect(page.getByRole('heading', { level: 1, name: 'Add an AWS account' })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('radio', { name: /^Invite an existing AWS account/ }).click();
    const invite = page.getByRole('form', { name: 'Invite an existing AWS account' });
    await expect(page).toHaveURL(/\?mode=invite$/);
    await invite.getByLabel('AWS account ID').fill('12345');
    await invite.getByRole('button', { name: 'Send invitation' }).click();
    await expect(invite.getByText('An account ID has 12 digits.')).toBeVisible();
    await expectNoSeriousAxeViolations(page);
  });

  await test.step('the OU is renamed from its page', async () => {
    await page
      .getByRole('navigation', { name: 'Breadcrumbs' })
      .getByRole('link', { name: 'AWS accounts' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: /^AWS accounts/ })).toBeVisible();
    await structure(page).getByRole('link', { name: 'sandbox', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'sandbox' })).toBeVisible();
    await page.getByRole('button', { name: 'Actions', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Rename', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Rename sandbox' });
    await dialog.getByLabel('Organizational unit name').fill('sandbox-old');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'sandbox-old' })).toBeVisible();
  });

  await test.step('the SCP cannot be deleted while attached: the refusal in the API’s words', async () => {
    await openFromNavigation(page, 'Service control policies', /^Service control policies/);
    const policies = page.getByRole('table', { name: 'Service control policies' });
    await rowWith(policies, scpName).getByRole('radio').check();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Delete ${scpName}?` });
    await dialog.getByLabel(`Type ${scpName} to confirm`).fill(scpName);
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(dialog.getByRole('alert')).toContainText('PolicyInUseException');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });

  await test.step('the SCP is edited in the editor', async () => {
    await page.getByRole('link', { name: scpName, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: scpName })).toBeVisible();
    await page.getByRole('link', { name: 'Edit policy' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Edit ${scpName}` })).toBeVisible();
    await new PolicyEditorDriver(page).typeDocument(
      policyDocument({
        Effect: 'Deny',
        Action: ['organizations:LeaveOrganization', 'account:CloseAccount'],
        Resource: '*',
      }),
    );
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('heading', { level: 1, name: scpName })).toBeVisible();
    await expect(page.getByTestId('scp-content')).toContainText('"account:CloseAccount"');
  });

  await test.step('detached from the OU, then deleted', async () => {
    await page.getByRole('tab', { name: 'Targets' }).click();
    const targets = page.getByRole('table', { name: 'Targets' });
    await rowWith(targets, ou.id).getByRole('radio').check();
    await page.getByRole('button', { name: 'Detach', exact: true }).click();
    await expect(page.getByText(`Policy ${scpName} detached from sandbox-old.`)).toBeVisible();
    await expect(targets.getByText('Not attached', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Delete ${scpName}?` });
    await dialog.getByLabel(`Type ${scpName} to confirm`).fill(scpName);
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Service control policies/ })).toBeVisible();
    await expect(rowWith(page.getByRole('table', { name: 'Service control policies' }), scpName)).toHaveCount(
      0,
    );
  });

  await test.step('the empty OU is deleted', async () => {
    await page.goto(`/organizations/organizational-units/${ou.id}`);
    await expect(page.getByRole('heading', { level: 1, name: 'sandbox-old' })).toBeVisible();
    await page.getByRole('button', { name: 'Actions', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Delete', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete sandbox-old?' });
    await dialog.getByLabel('Type sandbox-old to confirm').fill('sandbox-old');
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^AWS accounts/ })).toBeVisible();
    await expect(structure(page).getByRole('link', { name: 'sandbox-old', exact: true })).toHaveCount(0);
  });

  await test.step('the organization is not deleted while it has a member: AWS’s refusal', async () => {
    await openFromNavigation(page, 'Settings', 'Settings');
    const { organization } = await api.get<{ organization: { id: string } }>('/api/organization');
    await expect(page.getByText(organization.id, { exact: true })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('button', { name: 'Delete organization' }).click();
    const dialog = page.getByRole('dialog', { name: `Delete organization ${organization.id}?` });
    await dialog.getByLabel(`Type ${organization.id} to confirm`).fill(organization.id);
    await expectNoSeriousAxeViolations(page);
    await dialog.getByRole('button', { name: 'Delete organization' }).click();
    await expect(dialog.getByRole('alert')).toContainText('OrganizationNotEmptyException');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
  });

  await test.step('the member account is removed from the organization', async () => {
    await page.goto(`/organizations/accounts/${memberId}`);
    await expect(page.getByRole('heading', { level: 1, name: memberName })).toBeVisible();
    await page.getByRole('button', { name: 'Remove from organization' }).click();
    const dialog = page.getByRole('dialog', { name: `Remove ${memberName} from the organization?` });
    await dialog.getByLabel(`Type ${memberId} to confirm`).fill(memberId);
    await expectNoSeriousAxeViolations(page);
    await dialog.getByRole('button', { name: 'Remove account' }).click();
    await expect(page.getByText(`Account ${memberName} removed from the organization.`)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: /^AWS accounts/ })).toBeVisible();
    await expect(structure(page).getByRole('link', { name: memberName, exact: true })).toHaveCount(0);
  });

  await test.step('service control policies are disabled', async () => {
    await openFromNavigation(page, 'Service control policies', /^Service control policies/);
    await page.getByRole('button', { name: 'Disable service control policies' }).click();
    const dialog = page.getByRole('dialog', { name: 'Disable service control policies?' });
    await expectNoSeriousAxeViolations(page);
    await dialog.getByRole('button', { name: 'Disable service control policies' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: 'Enable service control policies' })).toBeVisible();
    const policies = page.getByRole('table', { name: 'Service control policies' });
    // attached nowhere any more: the Attached targets column
    await expect(rowWith(policies, 'FullAWSAccess').getByRole('cell').last()).toHaveText('0');
  });

  await test.step('the organization, now without members, is deleted', async () => {
    await openFromNavigation(page, 'Settings', 'Settings');
    const { organization } = await api.get<{ organization: { id: string } }>('/api/organization');
    await page.getByRole('button', { name: 'Delete organization' }).click();
    const dialog = page.getByRole('dialog', { name: `Delete organization ${organization.id}?` });
    await dialog.getByLabel(`Type ${organization.id} to confirm`).fill(organization.id);
    await dialog.getByRole('button', { name: 'Delete organization' }).click();
    await expect(page.getByText(`Organization ${organization.id} deleted.`)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Create an organization' })).toBeVisible();
    // the navigation follows: no Settings or Policies for a standalone account
    await expect(
      page.getByRole('navigation').getByRole('link', { name: 'Settings', exact: true }),
    ).toHaveCount(0);
    expect(await api.get('/api/organization')).toEqual({ organization: null });
  });
});
