// A save flow in a real browser against a real server: a role's Summary "Edit" dialog refuses an
// over-long description in place, then saves a new description and session duration; the dialog
// closes, the page shows the saved values (its queries refreshed, not edited by hand) and the
// server holds them.
import { expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { gatehouse, uniqueName } from '../../../../test-browser/gatehouse-api.js';
import { renderPage } from '../../../../test-browser/render-page.js';
import { RoleDetailPage } from './role-detail-page.js';

const EC2_TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
});

test("editing a role's description and session duration", async () => {
  const roleName = uniqueName('bt-edit');
  await gatehouse.post('/api/roles', { roleName, trustPolicy: EC2_TRUST, description: 'Before the edit' });

  renderPage([{ path: '/roles/:name', element: <RoleDetailPage /> }], `/roles/${roleName}`);
  await expect.element(page.getByText('Before the edit')).toBeVisible();
  await page.getByRole('button', { name: 'Edit', exact: true }).first().click();

  const dialog = page.getByRole('dialog', { name: `Edit ${roleName}` });
  const description = dialog.getByRole('textbox', { name: 'Description' });
  await expect.element(description).toHaveValue('Before the edit');
  await description.fill('x'.repeat(1001));
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect.element(description).toBeInvalid();
  await expect.element(dialog).toBeVisible();

  await description.fill('After the edit');
  await dialog.getByRole('button', { name: /Maximum session duration/ }).click();
  await dialog.getByRole('option', { name: '4 hours' }).click();
  await dialog.getByRole('button', { name: 'Save changes' }).click();

  await expect.element(page.getByText(`Role ${roleName} updated.`)).toBeVisible();
  await expect.element(dialog).not.toBeInTheDocument();
  await expect.element(page.getByText('After the edit')).toBeVisible();
  await expect.element(page.getByText('Before the edit')).not.toBeInTheDocument();
  const role = await gatehouse.get<{ description?: string; maxSessionDuration: number }>(
    `/api/roles/${roleName}`,
  );
  expect(role).toMatchObject({ description: 'After the edit', maxSessionDuration: 14400 });
});
