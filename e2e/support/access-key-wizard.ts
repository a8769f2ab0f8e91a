// The console's "Create access key" dialog, step by step as a user goes through it: the use case
// (and its confirmation), the optional description tag, then "Create access key".
import { expect, type Page } from '@playwright/test';

export async function createAccessKeyThroughWizard(
  page: Page,
  options: { useCase?: RegExp; description?: string } = {},
): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Create access key' });
  await expect(dialog.getByRole('heading', { name: /Access key best practices/ })).toBeVisible();
  const useCase = options.useCase ?? /Command Line Interface/;
  await dialog.getByRole('radio', { name: useCase }).check();
  // Every use case but "Other" comes with an alternative to acknowledge.
  if (!useCase.test('Other')) {
    await dialog.getByRole('checkbox', { name: /I understand the above recommendation/ }).check();
  }
  await dialog.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(dialog.getByRole('heading', { name: /Set description tag/ })).toBeVisible();
  if (options.description !== undefined) {
    await dialog.getByLabel('Description tag value').fill(options.description);
  }
  await dialog.getByRole('button', { name: 'Create access key' }).click();
}
