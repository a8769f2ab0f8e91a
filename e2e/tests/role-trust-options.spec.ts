// Creating a role with each kind of trusted entity the wizard offers. The trust policy the
// server stores must be the one AWS documents for that choice, and the review step must show it
// before anything is created.
import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures.js';
import { uniqueName } from '../support/names.js';
import { PolicyEditorDriver } from '../support/policy-editor.js';

interface Role {
  roleName: string;
  trustPolicy: string;
}

const OTHER_ACCOUNT = '111122223333';

async function startRoleWizard(page: Page, tile: 'AWS account' | 'AWS service' | 'Custom trust policy') {
  await page.goto('/roles');
  await expect(page.getByRole('heading', { level: 1, name: /^Roles/ })).toBeVisible();
  await page.getByRole('link', { name: 'Create role' }).first().click();
  await expect(page.getByRole('heading', { name: 'Select trusted entity' })).toBeVisible();
  const tiles = page.getByRole('radiogroup', { name: 'Trusted entity type' });
  await tiles.getByRole('radio', { name: new RegExp(`^${tile}`) }).check();
}

/** From the trusted entity step: skip permissions, name the role, check the review, create. */
async function finishRoleWizard(page: Page, roleName: string, expectedTrust: unknown): Promise<void> {
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Add permissions' })).toBeVisible();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Name, review, and create' })).toBeVisible();
  await page.getByLabel('Role name').fill(roleName);
  await page.getByLabel(/^Description/).fill(`created by the e2e suite: ${roleName}`);
  // The review shows the trust policy the role will get, before anything is created.
  const review = page.getByRole('region', { name: 'Trust policy' });
  for (const fragment of trustFragments(expectedTrust)) await expect(review).toContainText(fragment);
  await page.getByRole('button', { name: 'Create role' }).click();
  await expect(page.getByText(`Role ${roleName} created.`)).toBeVisible();

  // The new role's page shows the same trust policy under Trust relationships.
  await expect(page.getByRole('heading', { level: 1, name: roleName })).toBeVisible();
  await page.getByRole('tab', { name: 'Trust relationships' }).click();
  const stored = page.getByRole('tabpanel').getByRole('region', { name: 'Trust policy' });
  for (const fragment of trustFragments(expectedTrust)) await expect(stored).toContainText(fragment);
}

/** Quoted keys and values of a policy as they appear in formatted JSON. */
function trustFragments(policy: unknown): string[] {
  const out: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') out.push(`"${value}"`);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        out.push(`"${k}"`);
        walk(v);
      }
    }
  };
  walk(policy);
  return [...new Set(out)];
}

async function storedTrustPolicy(
  api: { get: <T>(path: string) => Promise<T> },
  roleName: string,
): Promise<unknown> {
  const role = await api.get<Role>(`/api/roles/${roleName}`);
  return JSON.parse(role.trustPolicy);
}

test('AWS account, this account: trusts the account root', async ({
  rootPage: page,
  rootApi,
  rootIdentity,
}) => {
  const roleName = uniqueName('this-account');
  const expected = {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${rootIdentity.accountId}:root` },
        Action: 'sts:AssumeRole',
      },
    ],
  };
  await startRoleWizard(page, 'AWS account');
  await page.getByRole('radio', { name: `This account (${rootIdentity.accountId})` }).check();
  await finishRoleWizard(page, roleName, expected);
  expect(await storedTrustPolicy(rootApi, roleName)).toEqual(expected);
});

test('AWS account, another account with external ID and MFA: both conditions', async ({
  rootPage: page,
  rootApi,
}) => {
  const roleName = uniqueName('partner');
  const externalId = 'Partner-Ext-42';
  const expected = {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${OTHER_ACCOUNT}:root` },
        Action: 'sts:AssumeRole',
        Condition: {
          StringEquals: { 'sts:ExternalId': externalId },
          Bool: { 'aws:MultiFactorAuthPresent': 'true' },
        },
      },
    ],
  };
  await startRoleWizard(page, 'AWS account');
  await page.getByRole('radio', { name: /^Another AWS account/ }).check();
  await page.getByLabel('Account ID').fill(OTHER_ACCOUNT);
  await page.getByRole('checkbox', { name: /Require external ID/ }).check();
  await page.getByRole('textbox', { name: /External ID$/ }).fill(externalId);
  await page.getByRole('checkbox', { name: /Require MFA/ }).check();
  await finishRoleWizard(page, roleName, expected);
  expect(await storedTrustPolicy(rootApi, roleName)).toEqual(expected);
});

test('AWS service: EC2 may assume the role', async ({ rootPage: page, rootApi }) => {
  const roleName = uniqueName('ec2-instance');
  const expected = {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
  };
  await startRoleWizard(page, 'AWS service');
  await page.getByRole('button', { name: /^Service or use case/ }).click();
  await page
    .getByRole('option', { name: /^EC2\b/ })
    .first()
    .click();
  await finishRoleWizard(page, roleName, expected);
  expect(await storedTrustPolicy(rootApi, roleName)).toEqual(expected);
});

test('custom trust policy typed in the editor', async ({ rootPage: page, rootApi }) => {
  const roleName = uniqueName('ci-deployer');
  const expected = {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'TrustCiRole',
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::444455556666:role/ci' },
        Action: ['sts:AssumeRole', 'sts:TagSession'],
        Condition: { StringEquals: { 'aws:PrincipalTag/team': 'platform' } },
      },
    ],
  };
  await startRoleWizard(page, 'Custom trust policy');
  await new PolicyEditorDriver(page, 'Trust policy').typeDocument(expected);
  await finishRoleWizard(page, roleName, expected);
  expect(await storedTrustPolicy(rootApi, roleName)).toEqual(expected);
});
