// The policy simulator: root gives a user S3 read on one bucket from one network, simulates a
// read from inside and from outside that network, expands the explanation and opens the
// deciding statement, which Monaco shows highlighted and scrolled into view.
import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures.js';
import { uniqueName } from '../support/names.js';

async function simulateGetObject(page: Page, userName: string, objectArn: string, sourceIp: string) {
  const contextValue = page.getByRole('textbox', { name: 'Context value 1' });
  if ((await page.getByRole('combobox', { name: 'user name' }).inputValue()) !== userName) {
    await page.getByRole('combobox', { name: 'user name' }).fill(userName);
    await page.getByRole('button', { name: /^Service/ }).click();
    await page.getByLabel('Find a service').fill('(s3)');
    await page.getByRole('option', { name: 'Amazon S3 (s3)', exact: true }).click();
    await page.getByRole('button', { name: /^Read \(/ }).click();
    await page.getByRole('checkbox', { name: 'GetObject', exact: true }).check();
    await page.getByRole('textbox', { name: 'Resource ARNs' }).fill(objectArn);
    // No context row is there until one is added (issue 12, finding 10).
    await expect(contextValue).toHaveCount(0);
    await page.getByRole('button', { name: 'Add context key' }).click();
    await page.getByRole('combobox', { name: 'Context key', exact: true }).fill('aws:SourceIp');
    await expect(page.getByRole('button', { name: 'Clear context key 1' })).toBeVisible();
  }
  await contextValue.fill(sourceIp);
  await page.getByRole('button', { name: 'Run simulation' }).click();
  const results = page.getByRole('table', { name: 'Simulation results' });
  // The results of this run: the time line is rewritten by every run.
  await expect(results.getByRole('row', { name: /^s3:GetObject / })).toBeVisible();
  return results.getByRole('row', { name: /^s3:GetObject / });
}

test('simulate S3 reads from inside and outside the network and open the deciding statement', async ({
  rootPage: page,
  rootApi,
}) => {
  const bucket = uniqueName('reports').toLowerCase();
  const userName = uniqueName('sim-user');
  const policyName = uniqueName('ReportsReadFromOffice');
  const objectArn = `arn:aws:s3:::${bucket}/q3.pdf`;
  // Stored on one line, as the API and AWS keep policies; the deciding statement comes last,
  // below what the viewer shows at first, so it has to be scrolled to.
  const document = JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'SeeTheBuckets',
        Effect: 'Allow',
        Action: [
          's3:ListAllMyBuckets',
          's3:GetBucketLocation',
          's3:GetBucketTagging',
          's3:GetBucketVersioning',
        ],
        Resource: '*',
      },
      {
        Sid: 'NeverDeleteReports',
        Effect: 'Deny',
        Action: [
          's3:DeleteObject',
          's3:DeleteObjectVersion',
          's3:DeleteBucket',
          's3:PutLifecycleConfiguration',
        ],
        Resource: [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`],
      },
      {
        Sid: 'ReadReportsFromOffice',
        Effect: 'Allow',
        Action: ['s3:GetObject', 's3:ListBucket'],
        Resource: [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`],
        Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
      },
    ],
  });

  await test.step('root attaches the policy to a user (API)', async () => {
    await rootApi.post('/api/users', { userName });
    const policy = await rootApi.post<{ arn: string }>('/api/policies', { policyName, document });
    await rootApi.post(`/api/users/${userName}/attached-policies`, { policyArn: policy.arn });
  });

  await test.step('the user’s Permissions summary: S3 allowed (List, Read) and denied (Write) by the policy', async () => {
    await page.goto(`/users/${userName}`);
    await expect(page.getByRole('heading', { level: 1, name: userName })).toBeVisible();
    await page.getByRole('button', { name: /^Permissions summary/ }).click();
    const allow = page.getByRole('table', { name: 'Allow', exact: true });
    const allowS3 = allow.getByRole('row').filter({ hasText: 'S3' });
    await expect(allowS3).toContainText('Limited: List, Read');
    await expect(allowS3).toContainText(policyName);
    const deny = page.getByRole('table', { name: 'Explicit deny', exact: true });
    const denyS3 = deny.getByRole('row').filter({ hasText: 'S3' });
    await expect(denyS3).toContainText('Write');
    await expect(denyS3).toContainText(policyName);
  });

  await test.step('from inside 203.0.113.0/24: allowed, and the explanation says why', async () => {
    await page.getByRole('link', { name: 'Policy simulator' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Policy simulator' })).toBeVisible();
    const row = await simulateGetObject(page, userName, objectArn, '203.0.113.25');
    await expect(row).toContainText('Allowed');
    await expect(page.getByTestId('simulation-time')).toContainText(/^Simulated in \d+ ms \(1 request/);

    await row.getByRole('button', { expanded: false }).first().click();
    await expect(row).toContainText(`${policyName} (identity): Allow`);
    await expect(row).toContainText(`Decided by Allow statement ReadReportsFromOffice of ${policyName}`);
    await expect(row).toContainText(/Condition IpAddress aws:SourceIp: matched/);
  });

  await test.step('View statement: Monaco shows the policy, the statement highlighted and in view', async () => {
    const row = page
      .getByRole('table', { name: 'Simulation results' })
      .getByRole('row', { name: /^s3:GetObject / });
    await row.getByRole('button', { name: `View statement ReadReportsFromOffice of ${policyName}` }).click();
    const dialog = page.getByRole('dialog', { name: `${policyName}: statement ReadReportsFromOffice` });
    await expect(dialog).toBeVisible();
    // Monaco, read-only, named after the policy and statement.
    const editor = dialog.getByRole('textbox', {
      name: `${policyName}: statement ReadReportsFromOffice, highlighted in the policy`,
    });
    await expect(editor).toBeVisible({ timeout: 60_000 });

    // The statement's lines, as the viewer reports them, carry the highlight decoration; the
    // policy was stored on one line, so it is shown formatted with the third statement low down.
    const viewer = dialog.getByTestId('statement-viewer');
    const [first, last] = ((await viewer.getAttribute('data-highlighted-lines')) ?? '')
      .split('-')
      .map(Number) as [number, number];
    expect(first).toBeGreaterThan(20);
    expect(last - first + 1).toBeGreaterThanOrEqual(13);
    await expect(dialog).toContainText(`The statement is highlighted: lines ${first}–${last}.`);

    const highlighted = dialog.locator('.monaco-editor .view-overlays .gatehouse-highlighted-statement');
    await expect(highlighted.first()).toBeInViewport();
    await expect(highlighted).not.toHaveCount(0);
    // The highlighted lines are the statement's: its Sid and its condition are drawn on them, and
    // the first statement (scrolled out of view) is not.
    const lines = dialog.locator('.monaco-editor .view-lines');
    await expect(lines).toContainText('"Sid": "ReadReportsFromOffice"');
    await expect(lines).toContainText('"aws:SourceIp": "203.0.113.0/24"');
    await expect(lines).not.toContainText('SeeTheBuckets');
    await expect(lines.getByText('"ReadReportsFromOffice"')).toBeInViewport();

    await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();
    await expect(dialog).toBeHidden();
  });

  await test.step('from outside the network: denied (implicit), the condition did not match', async () => {
    const row = await simulateGetObject(page, userName, objectArn, '198.51.100.7');
    await expect(row).toContainText('Denied — implicit');
    // The row's explanation stays open from the first run (same action and resource).
    const collapsed = row.getByRole('button', { expanded: false });
    if ((await collapsed.count()) > 0) await collapsed.first().click();
    await expect(row).toContainText(/Condition IpAddress aws:SourceIp: not matched/);
    await expect(row).toContainText(`${policyName} (identity)`);
  });
});
