// The create-policy review step (issue 12, finding 9): "Permissions defined in this policy" is the
// policy summary (service, access level, resource, request condition), as on AWS's review page,
// with the JSON a toggle away and "Edit" back to the editor.
import { expectNoSeriousAxeViolations } from '../support/accessibility.js';
import { test, expect } from '../support/fixtures.js';
import { uniqueName } from '../support/names.js';
import { PolicyEditorDriver, policyDocument } from '../support/policy-editor.js';
import { saveScreenshot } from '../support/screenshots.js';

test('the review step summarises the policy before it is created', async ({ rootPage: page, rootApi }) => {
  const policyName = uniqueName('reviewed');
  const bucket = uniqueName('review-bucket');
  const editor = new PolicyEditorDriver(page);
  await page.goto('/policies/create');
  await expect(page.getByRole('heading', { level: 1, name: 'Specify permissions' })).toBeVisible();
  await editor.typeDocument(
    policyDocument([
      {
        Effect: 'Allow',
        Action: ['s3:GetObject', 's3:ListBucket'],
        Resource: [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`],
        Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
      },
      { Effect: 'Deny', Action: 'iam:DeleteUser', Resource: '*' },
    ]),
  );
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Review and create' })).toBeVisible();

  await test.step('the summary: service, access level, resource and request condition', async () => {
    await expect(page.getByRole('heading', { name: 'Permissions defined in this policy' })).toBeVisible();
    const summary = page.getByTestId('policy-summary');
    const s3 = summary.getByRole('row').filter({ hasText: 'S3' });
    await expect(s3).toContainText('Limited: List, Read');
    await expect(s3).toContainText('Multiple');
    await expect(s3).toContainText('IpAddress aws:SourceIp: 203.0.113.0/24');
    const denied = summary.getByRole('table', { name: /Explicit deny/ });
    await expect(denied.getByRole('row').filter({ hasText: 'IAM' })).toContainText('Limited: Write');
    await expectNoSeriousAxeViolations(page);
    await saveScreenshot(page, 'create-policy-review-summary');
  });

  await test.step('the JSON is a toggle away, and Edit returns to the editor with the text kept', async () => {
    await page.getByRole('button', { name: 'JSON', exact: true }).click();
    await expect(page.getByTestId('policy-summary')).toHaveCount(0);
    await expect(page.getByText(`arn:aws:s3:::${bucket}/*`).first()).toBeVisible();
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Specify permissions' })).toBeVisible();
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(page.getByTestId('policy-summary').getByRole('row').filter({ hasText: 'S3' })).toBeVisible();
  });

  await test.step('create the policy from the review step', async () => {
    await page.getByLabel('Policy name').fill(policyName);
    await page.getByRole('button', { name: 'Create policy' }).click();
    await expect(page.getByText(`Policy ${policyName} created.`)).toBeVisible();
    const policies = await rootApi.get<{ items: { policyName: string }[] }>(
      `/api/policies?scope=Local&search=${policyName}`,
    );
    expect(policies.items.map((p) => p.policyName)).toEqual([policyName]);
  });
});
