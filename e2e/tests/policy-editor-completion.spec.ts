// Completion and hover in the JSON policy editor, from the AWS service catalog: a user typing an
// IAM action is offered the real names (CreateUser among them) with their access level, picks one,
// and hovering it says what it is and its access level. The page passes axe.
import { test, expect } from '../support/fixtures.js';
import { expectNoSeriousAxeViolations } from '../support/accessibility.js';
import { PolicyEditorDriver, policyDocument } from '../support/policy-editor.js';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('typing "Action": "iam:Cre offers CreateUser; hovering it shows its access level', async ({
  rootPage: page,
}) => {
  const editor = new PolicyEditorDriver(page);
  await page.goto('/policies/create');
  await expect(page.getByRole('heading', { level: 1, name: 'Specify permissions' })).toBeVisible();

  const suggestions = page.locator('.monaco-editor .suggest-widget');
  await test.step('the user types an action and the catalog’s names are offered', async () => {
    await expect(editor.textbox).toBeVisible({ timeout: 60_000 });
    await editor.textbox.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(
      '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:Cre',
    );
    await page.keyboard.press('Control+Space');
    await expect(suggestions).toBeVisible();
    // iam's Create… actions, each with its access level; no other service, no Delete….
    await expect(suggestions.getByRole('option', { name: /^iam:CreateAccessKey\b/ })).toBeVisible();
    await expect(suggestions).toContainText('Write · AWS Identity and Access Management (IAM)');
    await expect(suggestions).not.toContainText('iam:DeleteUser');
    await expect(suggestions).not.toContainText('s3:');
    // The list scrolls; one more letter brings CreateUser into view.
    await page.keyboard.insertText('U');
    const createUser = suggestions.getByRole('option', { name: /^iam:CreateUser\b/ });
    await expect(createUser).toBeVisible();
    await createUser.click();
    await expect(suggestions).toBeHidden();
    expect(await editor.readText()).toContain('"Action": "iam:CreateUser');
  });

  await test.step('hovering the action shows its description and access level', async () => {
    await editor.typeDocument(policyDocument({ Effect: 'Allow', Action: 'iam:CreateUser', Resource: '*' }));
    await page
      .locator('.monaco-editor .view-lines span')
      .filter({ hasText: /^"iam:CreateUser"$/ })
      .last()
      .hover();
    const hover = page.locator('.monaco-editor .monaco-hover').filter({ hasText: 'Access level' });
    await expect(hover).toBeVisible();
    await expect(hover).toContainText('iam:CreateUser');
    await expect(hover).toContainText('Access level: Write');
    await expect(hover).toContainText(/user/i);
  });

  await test.step('the page passes axe', async () => {
    await page.mouse.move(0, 0);
    await page.keyboard.press('Escape');
    await expectNoSeriousAxeViolations(page);
  });
});
