// The delete flow in a real browser against a real server: from the users list, the dialog
// lists the user's access keys, asks for the name, deletes, and the user leaves the list.
import { expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { gatehouse, uniqueName } from '../../../test-browser/gatehouse-api.js';
import { renderPage } from '../../../test-browser/render-page.js';
import { UsersPage } from './users-page.js';

test('deleting a user from the list: its keys are listed, the name is typed, it is gone', async () => {
  const userName = uniqueName('bt-del');
  await gatehouse.post('/api/users', { userName });
  const key = await gatehouse.post<{ accessKeyId: string }>(`/api/users/${userName}/access-keys`, {});

  renderPage([{ path: '/users', element: <UsersPage /> }], '/users');
  await page.getByRole('searchbox', { name: 'Find users by name' }).fill(userName);
  const row = page.getByRole('row').filter({ hasText: userName });
  await expect.element(row).toBeVisible();
  await row.getByRole('checkbox', { name: `Select ${userName}` }).click();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();

  const dialog = page.getByRole('dialog', { name: `Delete ${userName}?` });
  await expect.element(dialog).toBeVisible();
  const keyLine = dialog.getByRole('listitem').filter({ hasText: key.accessKeyId });
  await expect.element(keyLine).toHaveTextContent('(active), last used never');
  await expect.element(dialog.getByText('Console password: none')).toBeVisible();
  const confirm = dialog.getByRole('button', { name: 'Delete', exact: true });
  await expect.element(confirm).toBeDisabled();
  await dialog.getByRole('textbox', { name: `Type ${userName} to confirm` }).fill(userName.slice(0, -1));
  await expect.element(confirm).toBeDisabled();
  await dialog.getByRole('textbox', { name: `Type ${userName} to confirm` }).fill(userName);
  await confirm.click();

  await expect.element(page.getByText(`User ${userName} deleted.`)).toBeVisible();
  await expect.element(dialog).not.toBeInTheDocument();
  await expect.element(page.getByText('No users match the filter.')).toBeVisible();
  expect(await gatehouse.status(`/api/users/${userName}`)).toBe(404);
});
