// A policy typed with a mistake is marked where the mistake is, explained in words, and cannot
// be saved until it is fixed: in an inline policy and in a customer managed policy.
import { test, expect } from '../support/fixtures.js';
import { uniqueName } from '../support/names.js';
import { PolicyEditorDriver, policyDocument } from '../support/policy-editor.js';

const MISSPELT_EFFECT = policyDocument({ Effect: 'Alow', Action: 'iam:ListUsers', Resource: '*' });
const FIXED = policyDocument({ Effect: 'Allow', Action: 'iam:ListUsers', Resource: '*' });

test('an inline policy with an error shows the marker and cannot be saved until fixed', async ({
  rootPage: page,
  rootApi,
}) => {
  const userName = uniqueName('editor-user');
  const policyName = uniqueName('ListUsersOnly');
  await rootApi.post('/api/users', { userName });

  await page.goto(`/users/${userName}`);
  await expect(page.getByRole('heading', { level: 1, name: userName })).toBeVisible();
  await page.getByRole('button', { name: 'Add permissions' }).click();
  await page.getByRole('menuitem', { name: 'Create inline policy' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Create inline policy' })).toBeVisible();
  await page.getByLabel('Policy name').fill(policyName);

  const editor = new PolicyEditorDriver(page);
  await editor.replaceText(JSON.stringify(MISSPELT_EFFECT));

  // The marker in the editor, and the same finding in words with its place and a suggestion.
  await expect(editor.errorSquiggles.first()).toBeVisible();
  await expect(editor.findings).toContainText('`Effect` must be `Allow` or `Deny`, found `Alow`');
  await expect(editor.findings).toContainText('Ln 1, Col 48');
  await expect(editor.findings).toContainText('did you mean `Allow`?');
  await expect(page.getByText('1 error', { exact: true })).toBeVisible();
  const create = page.getByRole('button', { name: 'Create policy' });
  await expect(create).toBeDisabled();

  await editor.replaceText(JSON.stringify(FIXED));
  await expect(page.getByText('No errors', { exact: true })).toBeVisible();
  await expect(editor.errorSquiggles).toHaveCount(0);
  await expect(editor.findings).toHaveCount(0);
  await expect(create).toBeEnabled();
  await create.click();

  // Back on the user's permissions, the saved policy is listed as the user's own inline policy.
  const table = page.getByRole('table', { name: 'Permissions policies' });
  await expect(table.getByRole('row', { name: new RegExp(policyName) })).toContainText('Customer inline');
});

test('a customer managed policy with a syntax error cannot go on to be created', async ({
  rootPage: page,
}) => {
  const policyName = uniqueName('FixedPolicy');
  await page.goto('/policies');
  await expect(page.getByRole('heading', { level: 1, name: /^Policies/ })).toBeVisible();
  await page.getByRole('link', { name: 'Create policy' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Specify permissions' })).toBeVisible();

  const editor = new PolicyEditorDriver(page);
  // A trailing comma: JSON that AWS refuses.
  await editor.replaceText(
    '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:ListUsers","Resource":"*",}]}',
  );
  await expect(editor.errorSquiggles.first()).toBeVisible();
  await expect(editor.findings).toContainText('Ln 1, Col 95: remove the `,` before `}`');
  const next = page.getByRole('button', { name: 'Next', exact: true });
  await expect(next).toBeDisabled();

  await editor.replaceText(JSON.stringify(FIXED));
  await expect(editor.errorSquiggles).toHaveCount(0);
  await expect(next).toBeEnabled();
  await next.click();
  await page.getByLabel('Policy name').fill(policyName);
  await page.getByRole('button', { name: 'Create policy' }).click();
  await expect(page.getByText(`Policy ${policyName} created.`)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: policyName })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Policy document' })).toContainText('"iam:ListUsers"');
});
