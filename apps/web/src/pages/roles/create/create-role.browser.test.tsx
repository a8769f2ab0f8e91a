// A wizard flow in a real browser against a real server: create a role through its three steps
// (an AWS service as the trusted entity, an AWS managed policy, a name and description), with
// each step refusing to move on while it is incomplete; the role the server then holds is the
// one the review showed.
import { expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { gatehouse, uniqueName } from '../../../../test-browser/gatehouse-api.js';
import { renderPage, shownLocation } from '../../../../test-browser/render-page.js';
import { CreateRolePage } from './create-role-page.js';

interface RoleAnswer {
  roleName: string;
  description?: string;
  assumeRolePolicyDocument?: string;
  trustPolicy?: string;
}

test('creating a role through the wizard', async () => {
  const roleName = uniqueName('bt-role');
  renderPage([{ path: '/roles/create', element: <CreateRolePage /> }], '/roles/create');
  const location = shownLocation();
  const next = page.getByRole('button', { name: 'Next', exact: true });

  // Step 1: an AWS service, which must be chosen before going on.
  await page.getByRole('radio', { name: /^AWS service/ }).click();
  await next.click();
  await expect.element(page.getByText('Choose a service.')).toBeVisible();
  await page.getByRole('button', { name: /Choose a service/ }).click();
  await page.getByRole('combobox', { name: 'Find a service' }).fill('EC2');
  await page.getByRole('option', { name: /^EC2/ }).first().click();
  await expect.element(page.getByText('Choose a service.')).not.toBeInTheDocument();
  await next.click();

  // Step 2: one AWS managed policy, found by name.
  await expect.element(page.getByRole('heading', { name: /^Permissions policies/ })).toBeVisible();
  await page.getByRole('searchbox').fill('AmazonS3ReadOnlyAccess');
  await page.getByRole('checkbox', { name: 'Select AmazonS3ReadOnlyAccess' }).click();
  await next.click();

  // Step 3: the name is required; the review shows the trust policy and the policy.
  const create = page.getByRole('button', { name: 'Create role' });
  const nameField = page.getByRole('textbox', { name: 'Role name' });
  await create.click();
  await expect.element(nameField).toBeInvalid();
  await expect.element(location).toHaveTextContent('/roles/create');
  await nameField.fill(roleName);
  await expect.element(nameField).not.toBeInvalid();
  await page.getByRole('textbox', { name: /^Description/ }).fill('Made by the browser tests');
  await expect.element(page.getByTestId('review-trust-policy')).toHaveTextContent('ec2.amazonaws.com');
  await expect
    .element(page.getByRole('table', { name: 'Permissions policy summary' }))
    .toHaveTextContent('AmazonS3ReadOnlyAccess');
  await create.click();

  await expect.element(page.getByText(`Role ${roleName} created.`)).toBeVisible();
  await expect.element(location).toHaveTextContent(`/roles/${roleName}`);
  const role = await gatehouse.get<RoleAnswer>(`/api/roles/${roleName}`);
  expect(role.description).toBe('Made by the browser tests');
  expect(JSON.stringify(role)).toContain('ec2.amazonaws.com');
  const attached = await gatehouse.get<{ items: { policyName: string }[] }>(
    `/api/roles/${roleName}/attached-policies`,
  );
  expect(attached.items.map((p) => p.policyName)).toEqual(['AmazonS3ReadOnlyAccess']);
});
