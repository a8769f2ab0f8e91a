// A wizard flow in a real browser against a real server: create a user through the four steps
// (a name and a console password, a group, no tags, the review), with the first step refusing
// to move on without a name; the one-time password view follows, and the server holds the user,
// its membership and its console password.
import { expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { gatehouse, uniqueName } from '../../../../test-browser/gatehouse-api.js';
import { renderPage, shownLocation } from '../../../../test-browser/render-page.js';
import { CreateUserPage } from './create-user-page.js';

test('creating a user with a console password in a group through the wizard', async () => {
  const userName = uniqueName('bt-user');
  const groupName = uniqueName('bt-group');
  const password = `Bt-${uniqueName('pw')}-9x!`;
  await gatehouse.post('/api/groups', { groupName });

  renderPage([{ path: '/users/create', element: <CreateUserPage /> }], '/users/create');
  const next = page.getByRole('button', { name: 'Next', exact: true });

  // Step 1: no name, no step 2.
  const nameField = page.getByRole('textbox', { name: 'User name' });
  await expect.element(nameField).toBeVisible();
  await next.click();
  await expect.element(nameField).toBeInvalid();
  await nameField.fill(userName);
  await page.getByRole('checkbox', { name: /Provide user access to the Gatehouse console/ }).click();
  await page.getByRole('radio', { name: /^Custom password/ }).click();
  // The radio choice carries the same words; the password field is the one after it.
  await page.getByLabelText('Custom password', { exact: true }).last().fill(password);
  await next.click();

  // Step 2: add the user to the group, found by name.
  await page.getByRole('searchbox', { name: 'Find groups by name' }).fill(groupName);
  await page.getByRole('checkbox', { name: `Select ${groupName}` }).click();
  await next.click();

  // Step 3: no tags. Step 4: the review names what will be created.
  await expect.element(page.getByRole('heading', { name: /^Add tags/ })).toBeVisible();
  await next.click();
  const create = page.getByRole('button', { name: 'Create user' });
  await expect.element(create).toBeVisible();
  await expect.element(page.getByText(userName, { exact: true }).first()).toBeVisible();
  await expect.element(page.getByText(groupName, { exact: true }).first()).toBeVisible();
  await create.click();

  // The password is shown once, on request.
  await expect.element(page.getByRole('heading', { name: 'Retrieve password' })).toBeVisible();
  await expect.element(page.getByText(`User ${userName} created`)).toBeVisible();
  await expect.element(page.getByText(password)).not.toBeInTheDocument();
  await page.getByRole('button', { name: 'Show' }).click();
  await expect.element(page.getByText(password)).toBeVisible();
  await expect.element(shownLocation()).toHaveTextContent('/users/create');

  const groups = await gatehouse.get<{ items: { groupName: string }[] }>(`/api/users/${userName}/groups`);
  expect(groups.items.map((g) => g.groupName)).toEqual([groupName]);
  const profile = await gatehouse.get<{ passwordResetRequired: boolean }>(
    `/api/users/${userName}/login-profile`,
  );
  expect(profile.passwordResetRequired).toBe(true);
});
