// A save flow through the JSON (Monaco) editor in a real browser against a real server: nothing
// to save until the text changes, nothing while it is not a policy, then "Save changes" writes
// version v2 as the default, says so and returns to the policy; the server serves v2's document.
import { expect, test } from 'vitest';
import { commands, page } from 'vitest/browser';
import { gatehouse, uniqueName } from '../../../../test-browser/gatehouse-api.js';
import { renderPage, shownLocation } from '../../../../test-browser/render-page.js';
import { policyHref } from '../policy-links.js';
import { EditPolicyPage } from './edit-policy-page.js';

const allow = (action: string) =>
  JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }] });

test('saving a new version of a policy from the JSON editor', async () => {
  const policyName = uniqueName('BtPolicy');
  const policy = await gatehouse.post<{ arn: string }>('/api/policies', {
    policyName,
    document: allow('s3:GetObject'),
  });
  const api = `/api/policies/${encodeURIComponent(policy.arn)}`;

  renderPage([{ path: '/policies/:arn/edit', element: <EditPolicyPage /> }], policyHref(policy.arn, 'edit'));
  const editor = page.getByRole('textbox', { name: 'Policy document', exact: true });
  const save = page.getByRole('button', { name: 'Save changes' });
  // Monaco is the console's largest chunk, loaded when the page first needs it: on a busy
  // two-core machine that alone took 30 s.
  await expect.element(editor, { timeout: 60_000 }).toBeInTheDocument();
  // Save is refused with its reason (Cloudscape keeps such a button focusable: aria-disabled).
  const saveRefused = async (reason: string) => {
    await expect.element(save).toHaveAttribute('aria-disabled', 'true');
    await expect.element(save).toHaveAccessibleDescription(reason);
  };
  await saveRefused('Change the policy first: there is nothing new to save.');

  // Monaco's drawn lines lie over its editing surface (a click lands on them and focuses it).
  const focusEditor = () => (editor.element() as HTMLElement).focus();
  focusEditor();
  // Not a policy: "Permit" is no effect.
  await commands.replaceFocusedText(allow('s3:PutObject').replace('"Allow"', '"Permit"'));
  await saveRefused('Fix the errors in the policy first.');

  focusEditor();
  await commands.replaceFocusedText(allow('s3:PutObject'));
  await expect.element(save).not.toHaveAttribute('aria-disabled');
  await save.click();

  await expect
    .element(page.getByText(`Policy ${policyName} updated: v2 is the default version.`))
    .toBeVisible();
  await expect.element(shownLocation()).toHaveTextContent(`${policyHref(policy.arn)}?tab=permissions`);
  const saved = await gatehouse.get<{ defaultVersionId: string }>(api);
  expect(saved.defaultVersionId).toBe('v2');
  const version = await gatehouse.get<{ document: string }>(`${api}/versions/v2`);
  expect(JSON.parse(version.document)).toEqual(JSON.parse(allow('s3:PutObject')));
}, 90_000);
