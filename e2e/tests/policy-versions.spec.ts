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

const versionsTable = (page: Page) => page.getByRole('table', { name: 'Policy versions' });

const versionRow = (page: Page, versionId: string) =>
  versionsTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('button', { name: `View ${versionId}`, exact: true }) });

async function editAsNewVersion(page: Page, document: unknown, setAsDefault: boolean): Promise<void> {
  await page.getByRole('tab', { name: 'Permissions' }).click();
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Edit / })).toBeVisible();
  await new PolicyEditorDriver(page).typeDocument(document);
  const makeDefault = page.getByRole('checkbox', { name: /^Set as default/ });
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
    await page.getByRole('link', { name: 'Create policy' }).first().click();
    await new PolicyEditorDriver(page).typeDocument(v1);
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await page.getByLabel('Policy name').fill(policyName);
    await page.getByRole('button', { name: 'Create policy' }).click();
    await expect(page.getByText(`Policy ${policyName} created.`)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: policyName })).toBeVisible();
  });

  await test.step('add v2 as the default and v3 without making it the default', async () => {
    await editAsNewVersion(page, v2, true);
    await expect(page.getByText(`Policy ${policyName} updated: v2 is the default version.`)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Policy document' })).toContainText('"iam:GetUser"');
    await editAsNewVersion(page, v3, false);
    await expect(
      page.getByText(`Policy ${policyName}: v3 saved; the default version is unchanged.`),
    ).toBeVisible();

    await page.getByRole('tab', { name: 'Policy versions' }).click();
    await expect(versionsTable(page).getByRole('row')).toHaveCount(4); // header + v1..v3
    await expect(versionRow(page, 'v2')).toContainText('Default');
    await expect(versionRow(page, 'v1')).not.toContainText('Default');
    await expect(versionRow(page, 'v3')).not.toContainText('Default');
  });

  await test.step('compare v1 and v3 side by side', async () => {
    await versionRow(page, 'v1').getByRole('checkbox').check();
    await versionRow(page, 'v3').getByRole('checkbox').check();
    await page.getByRole('tabpanel').getByRole('button', { name: 'Compare' }).click();
    const dialog = page.getByRole('dialog', { name: `Compare v1 and v3 of ${policyName}` });
    const comparison = dialog.getByRole('group', { name: 'Comparison of v1 and v3' });
    await expect(comparison).toBeVisible();
    // Monaco's diff editor: v1 on the left, v3 with its Deny statement on the right.
    const original = comparison.locator('.monaco-diff-editor .editor.original');
    const modified = comparison.locator('.monaco-diff-editor .editor.modified');
    await expect(modified).toContainText('NoDeletes');
    await expect(modified).toContainText('"Deny"');
    await expect(original).toContainText('"iam:ListUsers"');
    await expect(original).not.toContainText('NoDeletes');
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(dialog).toBeHidden();
  });

  await test.step('make v3 the default', async () => {
    await versionRow(page, 'v1').getByRole('checkbox').setChecked(false);
    await versionRow(page, 'v3').getByRole('checkbox').setChecked(true);
    await page.getByRole('tabpanel').getByRole('button', { name: 'Set as default' }).click();
    await expect(versionRow(page, 'v3')).toContainText('Default');
    await expect(versionRow(page, 'v2')).not.toContainText('Default');
  });

  await test.step('delete v1; the default version cannot be deleted', async () => {
    const deleteVersions = page.getByRole('tabpanel').getByRole('button', { name: 'Delete', exact: true });
    await versionRow(page, 'v3').getByRole('checkbox').setChecked(true);
    await expect(deleteVersions).toBeDisabled();
    await expect(deleteVersions).toHaveAccessibleDescription(/default version cannot be deleted/);
    await versionRow(page, 'v3').getByRole('checkbox').setChecked(false);
    await versionRow(page, 'v1').getByRole('checkbox').setChecked(true);
    await deleteVersions.click();
    const dialog = page.getByRole('dialog', { name: 'Delete v1?' });
    await dialog.getByRole('textbox', { name: 'Type delete to confirm' }).fill('delete');
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(versionRow(page, 'v1')).toHaveCount(0);
    await expect(versionsTable(page).getByRole('row')).toHaveCount(3);
  });

  // What the server holds agrees with what the page showed.
  const policies = await rootApi.get<{ items: { policyName: string; arn: string }[] }>(
    `/api/policies?scope=Local&search=${policyName}`,
  );
  const arn = policies.items.find((p) => p.policyName === policyName)?.arn;
  expect(arn).toBeDefined();
  const versions = await rootApi.get<{ items: PolicyVersion[] }>(
    `/api/policies/${encodeURIComponent(arn ?? '')}/versions`,
  );
  expect(versions.items.map((v) => [v.versionId, v.isDefaultVersion]).sort()).toEqual([
    ['v2', false],
    ['v3', true],
  ]);
});
