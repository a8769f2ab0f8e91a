// "All List actions" for Amazon EC2 on the Visual tab: found by searching "EC2", written as a few
// wildcards that stay well under the 6,144-character quota of a managed policy, saved, and the
// saved policy's summary says it grants every List action of EC2 and nothing else (Full: List).
import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures.js';
import { expectNoSeriousAxeViolations } from '../support/accessibility.js';
import { uniqueName } from '../support/names.js';
import { PolicyEditorDriver } from '../support/policy-editor.js';
import { VisualEditorDriver } from '../support/visual-editor.js';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('EC2 "All List actions" fits the quota and the saved policy allows exactly the List actions', async ({
  rootPage: page,
}) => {
  const policyName = uniqueName('Ec2ListVisual');
  const editor = new PolicyEditorDriver(page);
  const visual = new VisualEditorDriver(page);
  await page.goto('/policies/create');
  await expect(page.getByRole('heading', { level: 1, name: 'Specify permissions' })).toBeVisible();
  await openVisualTab(page, visual);
  const card = visual.statement(1);

  await test.step('searching "EC2" lists Amazon EC2 first', async () => {
    await card.getByRole('button', { name: /^Service\b/ }).click();
    await page.getByLabel('Find a service').fill('EC2');
    const first = page.getByRole('option').first();
    await expect(first).toHaveAccessibleName(/^Amazon EC2 ec2 \d+ actions$/);
    await first.click();
    await expect(card.getByRole('button', { name: /^Service\b/ })).toContainText('Amazon EC2');
  });

  let listCount = 0;
  await test.step('"All List actions" chooses every List action, within the size quota', async () => {
    const all = await visual.openAccessLevel(card, 'List');
    await all.check();
    const header = card.getByRole('button', { name: /^List actions, \d+ of \d+ chosen$/ });
    const [, chosen, total] = /(\d+) of (\d+)/.exec((await header.getAttribute('aria-label')) ?? '') ?? [];
    listCount = Number(total);
    expect(listCount).toBeGreaterThan(150);
    expect(Number(chosen)).toBe(listCount);
    const size = page.getByTestId('policy-size');
    await expect(size).toContainText(/Character count: [\d,]+ of 6,144/);
    const counted = Number(
      /Character count: ([\d,]+)/.exec((await size.textContent()) ?? '')?.[1]?.replace(/,/g, ''),
    );
    expect(counted).toBeLessThan(1500);
    await expect(size).not.toContainText('over the quota');
    // axe over hundreds of checkboxes outlasts the test on a busy machine: the group is closed first.
    await header.click();
    await expect(header).toHaveAttribute('aria-expanded', 'false');
    await expectNoSeriousAxeViolations(page);
  });

  await test.step('on all resources', async () => {
    await card.getByRole('checkbox', { name: 'All resources', exact: true }).check();
  });

  await test.step('the JSON holds a few wildcards, not every name', async () => {
    await visual.showJson();
    const document = (await editor.readDocument()) as {
      Statement: { Action: string[] | string; Resource: unknown }[];
    };
    const actions = ([] as string[]).concat(document.Statement[0]!.Action);
    expect(actions).toContain('ec2:Describe*');
    expect(actions.length).toBeLessThan(listCount / 4);
    expect(document.Statement[0]!.Resource).toEqual('*');
  });

  await test.step('saved, its summary grants every EC2 List action and nothing else', async () => {
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await page.getByLabel('Policy name').fill(policyName);
    await page.getByRole('button', { name: 'Create policy' }).click();
    await expect(page.getByText(`Policy ${policyName} created.`)).toBeVisible();
    await page.getByRole('tab', { name: 'Permissions' }).click();
    await page.getByRole('button', { name: 'Summary', exact: true }).click();
    const summary = page.getByTestId('policy-summary');
    const ec2 = summary.getByRole('row').filter({ hasText: 'EC2' });
    await expect(ec2).toHaveCount(1);
    // "Full: List" and no other level: all List actions are allowed, and no action of another level.
    await expect(ec2).toContainText('Full: List');
    await expect(ec2).not.toContainText('Limited');
    await expect(ec2).not.toContainText('Read');
    await expect(ec2).not.toContainText('Write');
  });
});

test('on the Visual tab, findings name the card and field, and a new condition row waits to be touched', async ({
  rootPage: page,
}) => {
  const visual = new VisualEditorDriver(page);
  await page.goto('/policies/create');
  await expect(page.getByRole('heading', { level: 1, name: 'Specify permissions' })).toBeVisible();
  await openVisualTab(page, visual);
  const card = visual.statement(1);
  await visual.chooseService(card, 'Amazon S3', 's3');

  await test.step('findings under the Visual tab say which card and field, not a line and column', async () => {
    const findings = page.getByRole('list', { name: 'Policy validation findings' });
    await expect(findings.getByRole('listitem').first()).toContainText(/^Statement 1 · \w+/);
    await expect(findings).not.toContainText(/Ln \d+, Col \d+/);
  });

  await test.step('a new condition row is not marked until a field is left', async () => {
    await card.getByRole('button', { name: 'Add condition', exact: true }).click();
    const row = card.getByRole('group', { name: 'Condition 1', exact: true });
    await expect(row.getByRole('combobox', { name: 'Condition key' })).toBeVisible();
    await expect(row).not.toContainText('choose a condition key');
    await expect(row).not.toContainText('enter a value');
    await row.getByRole('combobox', { name: 'Condition key' }).focus();
    await page.keyboard.press('Escape');
    await row.getByRole('textbox', { name: 'Value', exact: true }).focus();
    await expect(row).toContainText('choose a condition key');
  });
});

/** The tab strip is a lazy chunk: a click before it is ready can be lost, so it is repeated. */
async function openVisualTab(page: Page, visual: VisualEditorDriver): Promise<void> {
  await expect(async () => {
    await visual.open();
    await expect(page.getByRole('tab', { name: 'Visual', exact: true })).toHaveAttribute(
      'aria-selected',
      'true',
      {
        timeout: 2_000,
      },
    );
  }).toPass({ timeout: 60_000 });
}
