// The policy simulator and the policy summary: root gives a user S3 read on one bucket from one
// network, simulates a read and a write from that network, reads the explanation, and sees the
// summary on the policy's page.
import { test, expect } from '../support/fixtures.js';
import { uniqueName } from '../support/names.js';

const BUCKET = 'arn:aws:s3:::quarterly-reports';

test('simulate a user’s S3 access and see the policy summary', async ({ rootPage: page, rootApi }) => {
  const userName = uniqueName('sim-user');
  const policyName = uniqueName('ReportsReadFromOffice');
  const document = JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'ReadReportsFromOffice',
        Effect: 'Allow',
        Action: 's3:GetObject',
        Resource: `${BUCKET}/*`,
        Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
      },
    ],
  });

  await test.step('root attaches the policy to a user (API)', async () => {
    await rootApi.post('/api/users', { userName });
    const policy = await rootApi.post<{ arn: string }>('/api/policies', { policyName, document });
    await rootApi.post(`/api/users/${userName}/attached-policies`, { policyArn: policy.arn });
  });

  await test.step('simulate s3:GetObject and s3:PutObject from the office network', async () => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Policy simulator' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Policy simulator' })).toBeVisible();
    await page.getByRole('combobox', { name: 'user name' }).fill(userName);
    await page.getByRole('button', { name: /^Service/ }).click();
    await page.getByLabel('Find a service').fill('(s3)');
    await page.getByRole('option', { name: 'Amazon S3 (s3)', exact: true }).click();
    await page.getByRole('button', { name: /^Read \(/ }).click();
    await page.getByRole('checkbox', { name: 'GetObject', exact: true }).check();
    await page.getByRole('button', { name: /^Write \(/ }).click();
    await page.getByRole('checkbox', { name: 'PutObject', exact: true }).check();
    await page.getByRole('textbox', { name: 'Resource ARNs' }).fill(`${BUCKET}/q3.pdf`);
    await page.getByRole('textbox', { name: 'Context value 1' }).fill('203.0.113.25');
    await page.getByRole('button', { name: 'Run simulation' }).click();

    const results = page.getByRole('table', { name: 'Simulation results' });
    const row = (action: string) => results.getByRole('row', { name: new RegExp(`^${action} `) });
    await expect(row('s3:GetObject')).toContainText('Allowed');
    await expect(row('s3:PutObject')).toContainText('Denied — implicit');
  });

  await test.step('the explanation names the statement, and opens it highlighted', async () => {
    const results = page.getByRole('table', { name: 'Simulation results' });
    const getRow = results.getByRole('row', { name: /^s3:GetObject / });
    await getRow.getByRole('button', { expanded: false }).first().click();
    await expect(getRow).toContainText(`${policyName} (identity): Allow`);
    await expect(getRow).toContainText('aws:SourceIp');
    await getRow.getByRole('button', { name: 'Allow statement ReadReportsFromOffice' }).click();
    await expect(page.getByTestId('highlighted-statement')).toContainText('"Sid":"ReadReportsFromOffice"');
    await page.keyboard.press('Escape');
  });

  await test.step('the policy’s page shows the summary', async () => {
    await page.goto('/policies');
    await page.getByRole('link', { name: policyName, exact: true }).click();
    await page.getByRole('tab', { name: 'Permissions' }).click();
    await page.getByRole('button', { name: 'Summary', exact: true }).click();
    const summary = page.getByTestId('policy-summary');
    const s3 = summary.getByRole('row').filter({ hasText: 'S3' });
    await expect(s3).toContainText('Limited: Read');
    await expect(s3).toContainText(`${BUCKET}/*`);
    await expect(s3).toContainText('IpAddress aws:SourceIp: 203.0.113.0/24');
  });
});
