// The name pickers (users, roles; groups go through the create-user wizard's test) against a real
// server: found by name, what cannot be picked shown disabled with why, and a selection that
// survives a new filter.
import { useState, type ReactNode } from 'react';
import { expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { gatehouse, uniqueName } from '../../../test-browser/gatehouse-api.js';
import { renderPage } from '../../../test-browser/render-page.js';
import type { NamePickerProps } from './name-picker.js';
import { RolePicker } from './role-picker.js';
import { UserPicker } from './user-picker.js';

function Picking({
  Picker,
  unavailable,
}: {
  Picker: (props: NamePickerProps) => ReactNode;
  unavailable?: string[];
}) {
  const [picked, setPicked] = useState<string[]>([]);
  return (
    <>
      <Picker selected={picked} onChange={setPicked} unavailable={unavailable} />
      <output aria-label="Picked">{picked.join(' ')}</output>
    </>
  );
}

const picked = () => page.getByLabelText('Picked', { exact: true });

test('picking users across two filters, one of them already added', async () => {
  const first = uniqueName('bt-pick');
  const second = uniqueName('bt-pick');
  const [alice, bob, carol] = [`${first}-alice`, `${first}-bob`, `${second}-carol`];
  for (const userName of [alice, bob, carol]) await gatehouse.post('/api/users', { userName });

  renderPage([{ path: '/', element: <Picking Picker={UserPicker} unavailable={[bob]} /> }], '/');
  const filter = page.getByRole('searchbox', { name: 'Find users by name' });
  await filter.fill(first);
  await expect.element(page.getByText(`${bob} (already added)`)).toBeVisible();
  await expect.element(page.getByRole('checkbox', { name: `Select ${bob}` })).toBeDisabled();
  await expect.element(page.getByRole('checkbox', { name: `Select ${carol}` })).not.toBeInTheDocument();
  await page.getByRole('checkbox', { name: `Select ${alice}` }).click();
  await expect.element(page.getByText('(1 selected)')).toBeVisible();

  await filter.fill(second);
  await expect.element(page.getByRole('checkbox', { name: `Select ${alice}` })).not.toBeInTheDocument();
  await page.getByRole('checkbox', { name: `Select ${carol}` }).click();
  await expect.element(page.getByText('(2 selected)')).toBeVisible();
  await expect.element(picked()).toHaveTextContent(`${alice} ${carol}`);

  await filter.fill(`${second}-nobody`);
  await expect.element(page.getByText('No users match the filter.')).toBeVisible();
  await expect.element(picked()).toHaveTextContent(`${alice} ${carol}`);
});

test('picking a role, with whom it trusts beside its name', async () => {
  const roleName = uniqueName('bt-pick-role');
  const trustPolicy = JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
  });
  await gatehouse.post('/api/roles', { roleName, trustPolicy });

  renderPage([{ path: '/', element: <Picking Picker={RolePicker} /> }], '/');
  await page.getByRole('searchbox', { name: 'Find roles by name' }).fill(roleName);
  const row = page.getByRole('row').filter({ hasText: roleName });
  await expect.element(row).toHaveTextContent(/ec2/);
  await page.getByRole('checkbox', { name: `Select ${roleName}` }).click();
  await expect.element(page.getByText('(1 selected)')).toBeVisible();
  await expect.element(picked()).toHaveTextContent(roleName);
});
