// "Create access key" as in the IAM console (issue 12, finding 9): the use case with its safer
// alternative and a confirmation, an optional description tag (a user tag keyed by the access key
// ID, at most 256 characters), then the one-time secret; the description shows next to the key.
import { expectNoSeriousAxeViolations } from '../support/accessibility.js';
import { test, expect } from '../support/fixtures.js';
import { uniqueName } from '../support/names.js';
import { saveScreenshot } from '../support/screenshots.js';

test('create an access key for a third-party service, with a description tag', async ({
  rootPage: page,
  rootApi,
}) => {
  const userName = uniqueName('key-wizard');
  const description = 'Nightly backup job: backup.example.com';
  await rootApi.post('/api/users', { userName });
  await page.goto(`/users/${userName}?tab=security_credentials`);
  const keysTable = page.getByRole('table', { name: 'Access keys' });
  await expect(keysTable.getByText('No access keys')).toBeVisible();
  await page.getByRole('button', { name: 'Create access key' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create access key' });

  await test.step('step 1: the use case, its alternative, and the confirmation AWS asks for', async () => {
    await expect(
      dialog.getByRole('heading', { name: 'Access key best practices & alternatives' }),
    ).toBeVisible();
    await expect(dialog.getByText('Step 1 of 3')).toBeVisible();
    const next = dialog.getByRole('button', { name: 'Next', exact: true });
    await expect(next).toBeDisabled();
    for (const useCase of [
      'Command Line Interface (CLI)',
      'Local code',
      'Application running on an AWS compute service',
      'Third-party service',
      'Application running outside AWS',
      'Other',
    ]) {
      await expect(
        dialog.getByRole('radio', { name: new RegExp(`^${useCase.replace(/[()]/g, '\\$&')}`) }),
      ).toBeVisible();
    }
    await dialog.getByRole('radio', { name: /^Third-party service/ }).check();
    const alternatives = dialog.getByRole('list', { name: 'Recommended alternatives' });
    await expect(alternatives).toContainText('external ID');
    await expect(next).toBeDisabled();
    await dialog.getByRole('checkbox', { name: /I understand the above recommendation/ }).check();
    await expect(next).toBeEnabled();
    await expectNoSeriousAxeViolations(page);
    await saveScreenshot(page, 'access-key-use-case');

    // "Other" has no alternative to acknowledge.
    await dialog.getByRole('radio', { name: /^Other/ }).check();
    await expect(alternatives).toHaveCount(0);
    await expect(dialog.getByRole('checkbox', { name: /I understand the above recommendation/ })).toHaveCount(
      0,
    );
    await expect(next).toBeEnabled();
    await dialog.getByRole('radio', { name: /^Third-party service/ }).check();
    await dialog.getByRole('checkbox', { name: /I understand the above recommendation/ }).check();
    await next.click();
  });

  await test.step('step 2: the description tag value is validated as AWS validates tag values', async () => {
    await expect(dialog.getByRole('heading', { name: 'Set description tag - optional' })).toBeVisible();
    await expect(dialog.getByText('Step 2 of 3')).toBeVisible();
    const field = dialog.getByLabel('Description tag value');
    const create = dialog.getByRole('button', { name: 'Create access key' });
    await field.fill('x'.repeat(257));
    await expect(dialog.getByText('The value can have up to 256 characters.')).toBeVisible();
    await expect(create).toBeDisabled();
    await field.fill('deploy #1');
    await expect(dialog.getByText(/The value can contain letters, digits, spaces/)).toBeVisible();
    await expect(create).toBeDisabled();
    await field.fill(description);
    await expect(create).toBeEnabled();
    await expectNoSeriousAxeViolations(page);
    await create.click();
  });

  await test.step('step 3: retrieve the key; the description is a tag and shows next to the key', async () => {
    const retrieve = page.getByRole('dialog', { name: 'Retrieve access keys' });
    await expect(
      retrieve.getByText('This is the only time that the secret access key can be viewed'),
    ).toBeVisible();
    const keys = (
      await rootApi.get<{ items: { accessKeyId: string }[] }>(`/api/users/${userName}/access-keys`)
    ).items;
    expect(keys).toHaveLength(1);
    const accessKeyId = keys[0]!.accessKeyId;
    await expect(retrieve.getByText(accessKeyId)).toBeVisible();
    await retrieve.getByRole('button', { name: 'Done' }).click();

    const tags = await rootApi.get<{ items: { key: string; value: string }[] }>(
      `/api/users/${userName}/tags`,
    );
    expect(tags.items).toContainEqual({ key: accessKeyId, value: description });
    const row = keysTable.getByRole('row', { name: new RegExp(accessKeyId) });
    await expect(row).toContainText(description);
    await saveScreenshot(page, 'access-key-description');
  });
});
