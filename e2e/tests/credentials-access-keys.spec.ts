// An administrator gives an IAM user an access key: the secret is shown once, downloaded as
// AWS's .csv, never shown again; then the key is deactivated and deleted.
import { readFile } from 'node:fs/promises';
import { test, expect } from '../support/fixtures.js';
import { rowWith } from '../support/console.js';
import { uniqueName } from '../support/names.js';
import { saveScreenshot } from '../support/screenshots.js';
import { createAccessKeyThroughWizard } from '../support/access-key-wizard.js';

test('create an access key, download the .csv, deactivate and delete it', async ({
  rootPage: page,
  rootApi,
}) => {
  const userName = uniqueName('keys-user');
  await rootApi.post('/api/users', { userName, path: '/keys/' });
  await page.goto(`/users/${userName}?tab=security_credentials`);
  const keysTable = page.getByRole('table', { name: 'Access keys' });
  await expect(keysTable.getByText('No access keys')).toBeVisible();

  let accessKeyId = '';
  let secret = '';
  await test.step('the secret is shown once, with a .csv in AWS format', async () => {
    await page.getByRole('button', { name: 'Create access key' }).click();
    await createAccessKeyThroughWizard(page);
    const dialog = page.getByRole('dialog', { name: 'Retrieve access keys' });
    await expect(
      dialog.getByText('This is the only time that the secret access key can be viewed'),
    ).toBeVisible();
    await dialog.getByRole('button', { name: 'Show' }).click();
    secret = ((await dialog.getByTestId('secret-access-key').textContent()) ?? '').trim();
    expect(secret).toMatch(/^\S{40}$/);
    // The dialog shows the ID the server now lists.
    const keys = (
      await rootApi.get<{ items: { accessKeyId: string }[] }>(`/api/users/${userName}/access-keys`)
    ).items;
    expect(keys).toHaveLength(1);
    accessKeyId = keys[0]!.accessKeyId;
    expect(accessKeyId).toMatch(/^AKIA[A-Z0-9]{16}$/);
    await expect(dialog.getByText(accessKeyId)).toBeVisible();
    await saveScreenshot(page, 'access-key-retrieve');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download .csv file' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${userName}_accessKeys.csv`);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv).toBe(`Access key ID,Secret access key\n${accessKeyId},${secret}\n`);
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(dialog).toBeHidden();
  });

  await test.step('the key is listed as active, and its secret appears nowhere again', async () => {
    const row = rowWith(keysTable, accessKeyId);
    await expect(row).toContainText('Active');
    await expect(row).toContainText('Today');
    await expect(page.getByText(secret)).toHaveCount(0);
    const listed = JSON.stringify(await rootApi.get(`/api/users/${userName}/access-keys`));
    expect(listed).not.toContain(secret);
    await page.reload();
    await expect(rowWith(keysTable, accessKeyId)).toBeVisible();
    await expect(page.getByText(secret)).toHaveCount(0);
  });

  await test.step('at most two keys: the button is disabled at two', async () => {
    await page.getByRole('button', { name: 'Create access key' }).click();
    await createAccessKeyThroughWizard(page);
    await page
      .getByRole('dialog', { name: 'Retrieve access keys' })
      .getByRole('button', { name: 'Done' })
      .click();
    await expect(keysTable.getByRole('row')).toHaveCount(3);
    await expect(page.getByRole('button', { name: 'Create access key' })).toBeDisabled();
  });

  await test.step('deactivate, then delete with the key ID typed as confirmation', async () => {
    await page.getByRole('button', { name: `Actions for access key ${accessKeyId}` }).click();
    await page.getByRole('menuitem', { name: 'Deactivate' }).click();
    await expect(rowWith(keysTable, accessKeyId)).toContainText('Inactive');
    await saveScreenshot(page, 'access-keys-table');

    await page.getByRole('button', { name: `Actions for access key ${accessKeyId}` }).click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    const confirm = page.getByRole('dialog', { name: `Delete ${accessKeyId}?` });
    await expect(confirm.getByRole('button', { name: 'Delete' })).toBeDisabled();
    await confirm.getByLabel(`Type ${accessKeyId} to confirm`).fill(accessKeyId);
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect(confirm).toBeHidden();
    await expect(rowWith(keysTable, accessKeyId)).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Create access key' })).toBeEnabled();
  });
});
