// A customer managed policy's version history: create the policy, add versions (one made the
// default, one not), compare two versions side by side, make another the default, delete one.
import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures.js';
import { uniqueName } from '../support/names.js';
import { PolicyEditorDriver, policyDocument } from '../support/policy-editor.js';

interface PolicyVersion {
  versionId: string;
  isDefaultVersion: boolean;
}

const v1 = policyDocument({ Effect: 'Allow', Action: 'iam:ListUsers', Resource: '*' });
const v2 = policyDocument({ Effect: 'Allow', Action: ['iam:ListUsers', 'iam:GetUser'], Resource: '*' });
const v3 = policyDocument([
  { Effect: 'Allow', Action: ['iam:ListUsers', 'iam:GetUser'], Resource: '*' },
  { Sid: 'NoDeletes', Effect: 'Deny', Action: 'iam:DeleteUser', Resource: '*' },
]);

function versionsTable(page: Page) {
  return page.getByRole('table', { name: 'Policy versions' });
}

function versionRow(page: Page, versionId: string) {
  return versionsTable(page)
    .getByRole('row')
    .filter({ has: page.getByText(new RegExp(`^Version ${versionId.slice(1)}$|^${versionId}\\b`)) });
}

async function editAsNewVersion(page: Page, document: unknown, setAsDefault: boolean): Promise<void> {
  await page.getByRole('tab', { name: 'Permissions' }).click();
  await page.getByRole('button', { name: 'Edit' }).click();
  await new PolicyEditorDriver(page).typeDocument(document);
  const makeDefault = page.getByRole('checkbox', { name: /Set as default/ });
  if (setAsDefault) await makeDefault.check();
  else await makeDefault.uncheck();
  await page.getByRole('button', { name: 'Save changes' }).click();
}

test('versions of a managed policy: add, compare, set default, delete', async ({
  rootPage: page,
  rootApi,
}) => {
  const policyName = uniqueName('VersionedPolicy');

  await test.step('create the policy in the JSON editor', async () => {
    await page.goto('/policies');
    await page.getByRole('button', { name: 'Create policy' }).click();
    await new PolicyEditorDriver(page).typeDocument(v1);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByLabel('Policy name').fill(policyName);
    await page.getByRole('button', { name: 'Create policy' }).click();
    await expect(page.getByText(new RegExp(`Policy ${policyName} created`))).toBeVisible();
    await page.getByRole('link', { name: policyName, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: policyName })).toBeVisible();
  });

  await test.step('add v2 as the default and v3 without making it the default', async () => {
    await editAsNewVersion(page, v2, true);
    await expect(page.getByRole('heading', { level: 1, name: policyName })).toBeVisible();
    await editAsNewVersion(page, v3, false);
    await expect(page.getByRole('heading', { level: 1, name: policyName })).toBeVisible();

    await page.getByRole('tab', { name: 'Policy versions' }).click();
    await expect(versionsTable(page).getByRole('row')).toHaveCount(4); // header + v1..v3
    await expect(versionRow(page, 'v2')).toContainText('Default');
    await expect(versionRow(page, 'v3')).not.toContainText('Default');
  });

  await test.step('compare v1 and v3 side by side', async () => {
    await versionRow(page, 'v1').getByRole('checkbox').check();
    await versionRow(page, 'v3').getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Compare' }).click();
    const comparison = page.getByRole('group', { name: /Comparison of .*v1.* and .*v3/ });
    await expect(comparison).toBeVisible();
    // Monaco's diff editor: v1 on the left, v3 (with its Deny statement) on the right.
    const sides = comparison.locator('.monaco-diff-editor .editor');
    await expect(comparison.locator('.monaco-diff-editor')).toBeVisible();
    await expect(sides.last()).toContainText('NoDeletes');
    await expect(sides.first()).not.toContainText('NoDeletes');
    await page.keyboard.press('Escape');
  });

  await test.step('make v3 the default', async () => {
    await page.getByRole('tab', { name: 'Policy versions' }).click();
    await versionRow(page, 'v3').getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Set as default' }).click();
    await expect(versionRow(page, 'v3')).toContainText('Default');
    await expect(versionRow(page, 'v2')).not.toContainText('Default');
  });

  await test.step('delete v1; the default cannot be deleted', async () => {
    await versionRow(page, 'v3').getByRole('checkbox').check();
    await expect(page.getByRole('button', { name: 'Delete' })).toBeDisabled();
    await versionRow(page, 'v1').getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Delete' }).click();
    const dialog = page.getByRole('dialog');
    const confirmation = dialog.getByRole('textbox');
    if (await confirmation.count())
      await confirmation.fill((await confirmation.getAttribute('placeholder')) ?? '');
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(versionRow(page, 'v1')).toHaveCount(0);
    await expect(versionsTable(page).getByRole('row')).toHaveCount(3);
  });

  // What the server holds agrees with what the page showed.
  const policies = await rootApi.get<{ items: { policyName: string; arn: string }[] }>(
    `/api/policies?scope=Local&search=${policyName}`,
  );
  const arn = policies.items.find((p) => p.policyName === policyName)?.arn ?? '';
  const versions = await rootApi.get<{ items: PolicyVersion[] }>(
    `/api/policies/${encodeURIComponent(arn)}/versions`,
  );
  expect(versions.items.map((v) => [v.versionId, v.isDefaultVersion]).sort()).toEqual([
    ['v2', false],
    ['v3', true],
  ]);
});
