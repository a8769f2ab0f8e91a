// IAM Access Analyzer in the console: a role another account may assume shows up as an
// external-access finding with its principal and condition, the finding opens the trust policy
// statement behind it, and narrowing the trust policy resolves it; a policy generated from a
// user's activity is reviewed in the editor and saved through the create-policy flow; an access
// key unused for 91 days is an unused-access finding; a policy generated from a user's aws CLI
// work, attached to a fresh user, allows that work and nothing else. axe on every new page.
import type { Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from '../support/accessibility.js';
import { ApiClient } from '../support/api-client.js';
import { aws, cliTestsRun, type CliCredentials } from '../support/aws-cli.js';
import { test, expect } from '../support/fixtures.js';
import { strongPassword, uniqueName } from '../support/names.js';

const PARTNER = '444455556666';

// Each test walks several pages (Monaco twice in the first) and runs axe on most: on a shared
// two-core machine that outgrows the default 90 s.
test.describe.configure({ timeout: 180_000 });

const trust = (principal: object, condition?: object) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: principal,
        Action: 'sts:AssumeRole',
        ...(condition ? { Condition: condition } : {}),
      },
    ],
  });

/** The findings table filtered to one role (or user), on the given status tab. */
async function findingsFor(
  page: Page,
  roleName: string,
  status: 'Active' | 'Resolved' = 'Active',
  kind: 'role' | 'user' = 'role',
) {
  await page.goto('/access-analyzer');
  await expect(page.getByRole('heading', { level: 1, name: /^Access analyzer findings/ })).toBeVisible();
  if (status !== 'Active') await page.getByRole('button', { name: status, exact: true }).click();
  const filter = page.getByRole('combobox', { name: 'Filter findings' });
  await filter.fill(`Resource : ${kind}/${roleName}`);
  await filter.press('Enter');
  return page.getByRole('table', { name: 'Findings' });
}

test('a role trusted by another account raises a finding that resolves when the trust is narrowed', async ({
  rootPage: page,
  rootApi,
  rootIdentity,
}) => {
  const roleName = uniqueName('partner');
  await rootApi.post('/api/roles', {
    roleName,
    trustPolicy: trust({ AWS: PARTNER }, { StringEquals: { 'sts:ExternalId': 'partner-7731' } }),
  });

  // The list asks for an analysis of the changed account and refreshes until it is done.
  const table = await findingsFor(page, roleName);
  const row = table.getByRole('row').filter({ hasText: `role/${roleName}` });
  await expect(row).toHaveCount(1, { timeout: 30_000 });
  await expect(row).toContainText('External access');
  await expect(row).toContainText(`AWS: ${PARTNER}`);
  await expect(row).toContainText('sts:ExternalId = partner-7731');
  await expectNoSeriousAxeViolations(page);

  // The finding's page: who, what, under which condition, and the statement behind it.
  await row.getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1, name: /^Finding / })).toBeVisible();
  await expect(page.getByText(`AWS: ${PARTNER}`)).toBeVisible();
  await expect(page.getByText('sts:ExternalId = partner-7731')).toBeVisible();
  const viewer = page.getByTestId('statement-viewer');
  await expect(viewer).toHaveAttribute('data-highlighted-lines', /^\d+-\d+$/, { timeout: 60_000 });
  await expect(page.getByTestId('highlighted-statement')).toContainText(PARTNER);
  await expectNoSeriousAxeViolations(page);

  // …and on the role's own page, its trust tab with that statement highlighted.
  await page.getByRole('link', { name: "Open in the role's trust policy" }).click();
  await expect(page.getByRole('heading', { level: 1, name: roleName })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Trust relationships', selected: true })).toBeVisible();
  await expect(page.getByTestId('statement-viewer')).toHaveAttribute('data-highlighted-lines', /^\d+-\d+$/, {
    timeout: 60_000,
  });

  // Narrowed to the account itself: the finding is resolved.
  await rootApi.put(`/api/roles/${roleName}/trust-policy`, {
    document: trust({ AWS: `arn:aws:iam::${rootIdentity.accountId}:root` }),
  });
  const resolved = await findingsFor(page, roleName, 'Resolved');
  const resolvedRow = resolved.getByRole('row').filter({ hasText: `role/${roleName}` });
  await expect(resolvedRow).toHaveCount(1, { timeout: 30_000 });
  await expect(resolvedRow).toContainText('Resolved');
  const active = await findingsFor(page, roleName, 'Active');
  await expect(active.getByText('No active findings')).toBeVisible();
});

test('archive rules: a rule archives the matching findings', async ({ rootPage: page, rootApi }) => {
  const roleName = uniqueName('vendor');
  const vendor = '777788889999';
  await rootApi.post('/api/roles', { roleName, trustPolicy: trust({ AWS: vendor }) });
  const table = await findingsFor(page, roleName);
  await expect(table.getByRole('row').filter({ hasText: `role/${roleName}` })).toHaveCount(1, {
    timeout: 30_000,
  });

  await page.goto('/access-analyzer/archive-rules');
  await expect(page.getByRole('heading', { level: 1, name: /^Archive rules/ })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.getByRole('button', { name: 'Create archive rule' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create archive rule' });
  const ruleName = uniqueName('trusted');
  await dialog.getByLabel('Rule name').fill(ruleName);
  await dialog.getByLabel('Criterion 1 values').fill(vendor);
  await expectNoSeriousAxeViolations(page);
  await dialog.getByRole('button', { name: 'Create and archive active findings' }).click();
  await expect(
    page.getByText(new RegExp(`Archive rule ${ruleName} created; [1-9]\\d* active findings? archived`)),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: 'Archive rules' })).toContainText(
    `AWS principal equals ${vendor}`,
  );

  const archived = await findingsFor(page, roleName);
  await expect(archived.getByText('No active findings')).toBeVisible();
  await page.getByRole('button', { name: 'Archived', exact: true }).click();
  await expect(archived.getByRole('row').filter({ hasText: `role/${roleName}` })).toContainText('Archived');
});

test('a policy generated from a user’s activity is reviewed in the editor and saved as a managed policy', async ({
  rootPage: page,
  rootApi,
  rootIdentity,
  playwright,
  env,
}) => {
  const userName = uniqueName('builder');
  const password = strongPassword();
  const groupName = uniqueName('built');
  await rootApi.post('/api/users', { userName });
  await rootApi.put(`/api/users/${userName}/login-profile`, { password });
  await rootApi.put(`/api/users/${userName}/inline-policies/work`, {
    document: JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: ['iam:CreateGroup', 'iam:ListGroups'], Resource: '*' }],
    }),
  });
  // The user works (through the API, as the console does).
  const request = await playwright.request.newContext({ baseURL: env.url });
  try {
    const user = new ApiClient(request, env.url);
    await user.signInIam(rootIdentity.accountId, userName, password);
    await user.post('/api/groups', { groupName });
  } finally {
    await request.dispose();
  }

  await page.goto(`/users/${userName}`);
  await expect(page.getByRole('heading', { level: 1, name: userName })).toBeVisible();
  await page.getByRole('button', { name: 'Generate policy' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `Generate policy for ${userName}` }),
  ).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.getByRole('button', { name: 'Generate policy' }).click();

  const used = page.getByRole('table', { name: 'Actions used' });
  const groupArn = `arn:aws:iam::${rootIdentity.accountId}:group/${groupName}`;
  await expect(used.getByRole('row').filter({ hasText: 'iam:CreateGroup' })).toContainText(groupArn);
  await expect(page.getByRole('textbox', { name: 'Generated policy', exact: true })).toBeVisible({
    timeout: 60_000,
  });
  await expectNoSeriousAxeViolations(page);

  await page.getByRole('button', { name: 'Next: create policy' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Specify permissions' })).toBeVisible();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  const policyName = uniqueName('generated');
  await page.getByLabel('Policy name').fill(policyName);
  await page.getByRole('button', { name: 'Create policy' }).click();
  await expect(page.getByText(`Policy ${policyName} created.`)).toBeVisible();

  const arn = `arn:aws:iam::${rootIdentity.accountId}:policy/${policyName}`;
  const version = await rootApi.get<{ document: string }>(
    `/api/policies/${encodeURIComponent(arn)}/versions/v1`,
  );
  const statements = JSON.parse(version.document).Statement as {
    Action: string | string[];
    Resource: string | string[];
  }[];
  expect(statements).toContainEqual({ Effect: 'Allow', Action: 'iam:CreateGroup', Resource: groupArn });
});

test('an access key unused for 91 days raises an unused access key finding', async ({
  rootPage: page,
  rootApi,
  db,
}) => {
  const userName = uniqueName('idle');
  await rootApi.post('/api/users', { userName });
  const key = await rootApi.post<{ accessKeyId: string }>(`/api/users/${userName}/access-keys`, {});

  // A fresh key is not unused yet.
  const table = await findingsFor(page, userName, 'Active', 'user');
  await expect(table.getByText('No active findings')).toBeVisible();

  // The key ages 91 days. The suite's server runs the production build, whose clock is the
  // machine's, and it gets no switch to move time: the data moves instead, the one change 91 days
  // would make to it (the key was created then and never used since).
  const aged = await db.query(
    `UPDATE "AccessKey" SET "createdAt" = "createdAt" - interval '91 days',
       "lastUsedAt" = "lastUsedAt" - interval '91 days' WHERE id = $1`,
    [key.accessKeyId],
  );
  expect(aged.rowCount).toBe(1);

  // Nothing the analyzer watches changed, so only a rescan looks again.
  await page.getByRole('button', { name: 'Rescan' }).click();
  const row = table.getByRole('row').filter({ hasText: `user/${userName}` });
  await expect(row).toHaveCount(1, { timeout: 30_000 });
  await expect(row).toContainText('Unused access key');
  await expect(row).toContainText(`Access key ${key.accessKeyId}: never used (created `);
  await expectNoSeriousAxeViolations(page);
});

if (cliTestsRun) {
  test('a policy generated from a user’s CLI work, attached to a fresh user, allows that work and nothing else', async ({
    rootPage: page,
    rootApi,
    rootIdentity,
    env,
  }) => {
    const { accountId } = rootIdentity;
    const keyOf = async (userName: string): Promise<CliCredentials> => {
      const created = await rootApi.post<{ accessKeyId: string; secretAccessKey: string }>(
        `/api/users/${userName}/access-keys`,
        {},
      );
      return { accessKeyId: created.accessKeyId, secretAccessKey: created.secretAccessKey };
    };
    const run = async (who: CliCredentials, ...args: string[]) => {
      const result = await aws(env.url, who, args);
      expect(result.code, `aws ${args.join(' ')}\n${result.stderr}`).toBe(0);
      return result;
    };

    // The worker may do more than it does: its policy is wide, the generated one is not.
    const worker = uniqueName('worker');
    await rootApi.post('/api/users', { userName: worker });
    await rootApi.put(`/api/users/${worker}/inline-policies/work`, {
      document: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Action: ['iam:*Group*', 'iam:ListUsers', 'iam:CreateUser'], Resource: '*' },
        ],
      }),
    });
    const workerKey = await keyOf(worker);
    const groupName = uniqueName('crew');
    await run(workerKey, 'iam', 'create-group', '--group-name', groupName);
    await run(workerKey, 'iam', 'list-groups');
    await run(workerKey, 'iam', 'list-users');
    await run(workerKey, 'iam', 'delete-group', '--group-name', groupName);

    await page.goto(`/users/${worker}`);
    await expect(page.getByRole('heading', { level: 1, name: worker })).toBeVisible();
    await page.getByRole('button', { name: 'Generate policy' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: `Generate policy for ${worker}` }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Generate policy' }).click();
    const used = page.getByRole('table', { name: 'Actions used' });
    for (const action of ['iam:CreateGroup', 'iam:DeleteGroup', 'iam:ListGroups', 'iam:ListUsers'])
      await expect(used.getByRole('row').filter({ hasText: action })).toHaveCount(1);
    await expect(used.getByRole('row').filter({ hasText: 'iam:CreateUser' })).toHaveCount(0);
    await expect(page.getByRole('textbox', { name: 'Generated policy', exact: true })).toBeVisible({
      timeout: 60_000,
    });
    await page.getByRole('button', { name: 'Next: create policy' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Specify permissions' })).toBeVisible();
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    const policyName = uniqueName('least');
    await page.getByLabel('Policy name').fill(policyName);
    await page.getByRole('button', { name: 'Create policy' }).click();
    await expect(page.getByText(`Policy ${policyName} created.`)).toBeVisible();

    // A fresh user with only the generated policy.
    const fresh = uniqueName('fresh');
    await rootApi.post('/api/users', { userName: fresh });
    await rootApi.post(`/api/users/${fresh}/attached-policies`, {
      policyArn: `arn:aws:iam::${accountId}:policy/${policyName}`,
    });
    const freshKey = await keyOf(fresh);

    // The same work succeeds (the group it was done on, again)…
    await run(freshKey, 'iam', 'create-group', '--group-name', groupName);
    const groups = await run(freshKey, 'iam', 'list-groups');
    expect(groups.json.Groups.map((g: { GroupName: string }) => g.GroupName)).toContain(groupName);
    const users = await run(freshKey, 'iam', 'list-users');
    expect(users.json.Users.map((u: { UserName: string }) => u.UserName)).toContain(fresh);
    await run(freshKey, 'iam', 'delete-group', '--group-name', groupName);

    // …and what the worker could do but did not, or did on another group, is refused in AWS's words.
    const refusals: [string[], string, string][] = [
      [['iam', 'create-user', '--user-name', uniqueName('extra')], 'CreateUser', 'user/'],
      [['iam', 'create-group', '--group-name', uniqueName('other')], 'CreateGroup', 'group/'],
    ];
    for (const [args, operation, resource] of refusals) {
      const refused = await aws(env.url, freshKey, args);
      expect(refused.code).not.toBe(0);
      expect(refused.stderr).toMatch(
        new RegExp(
          `An error occurred \\(AccessDenied\\) when calling the ${operation} operation( \\(reached max retries: \\d+\\))?: `,
        ),
      );
      expect(refused.stderr).toContain(
        `User: arn:aws:iam::${accountId}:user/${fresh} is not authorized to perform: iam:${operation} on resource: arn:aws:iam::${accountId}:${resource}${args[3]} because no identity-based policy allows the iam:${operation} action`,
      );
    }
  });
}
