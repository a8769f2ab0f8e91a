// Catalog findings in the policy editor: a misspelt action is marked as a warning with the real
// name suggested, and — a warning, not an error — the policy can still be saved.
import { test, expect } from '../support/fixtures.js';
import { uniqueName } from '../support/names.js';
import { PolicyEditorDriver, policyDocument } from '../support/policy-editor.js';

test('a misspelt action is a catalog warning suggesting the real one, and Save stays enabled', async ({
  rootPage: page,
}) => {
  const policyName = uniqueName('MisspeltAction');
  await page.goto('/policies/create');
  await expect(page.getByRole('heading', { level: 1, name: 'Specify permissions' })).toBeVisible();
  const editor = new PolicyEditorDriver(page);
  await editor.typeDocument(
    policyDocument({ Effect: 'Allow', Action: 's3:GetObjekt', Resource: 'arn:aws:s3:::finance-reports/*' }),
  );

  // In the list under the editor: the place, the name, the suggestion, labelled as a catalog finding.
  const finding = editor.findings.getByRole('listitem').filter({ hasText: 'GetObjekt' });
  await expect(finding).toHaveCount(1);
  await expect(finding).toContainText('Catalog');
  await expect(finding).toContainText('`s3:GetObjekt`');
  await expect(finding).toContainText('did you mean `s3:GetObject`?');
  await expect(finding).toContainText('Ln 6, Col 17: '); // the action's string
  await expect(finding).toHaveAttribute('data-code', 'unknown-action');
  // In the editor: a warning squiggle, no error one; the summary counts one warning.
  await expect(page.locator('.monaco-editor .squiggly-warning').first()).toBeVisible();
  await expect(editor.errorSquiggles).toHaveCount(0);
  await expect(page.getByText('1 warning', { exact: true }).first()).toBeVisible();
  await expect(page.getByText(/^\d+ errors?$/)).toHaveCount(0);

  // Warnings do not block: the policy goes on to be created as written.
  const next = page.getByRole('button', { name: 'Next', exact: true });
  await expect(next).toBeEnabled();
  await next.click();
  await page.getByLabel('Policy name').fill(policyName);
  await page.getByRole('button', { name: 'Create policy' }).click();
  await expect(page.getByText(`Policy ${policyName} created.`)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Policy document' })).toContainText('"s3:GetObjekt"');
});
