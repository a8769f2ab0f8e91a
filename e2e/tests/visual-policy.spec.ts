// The Visual tab of the policy editor: root builds S3 read on one bucket from one network with
// statement cards, reads the JSON it wrote, edits the JSON and sees the cards follow, saves, and
// reads the policy's summary. A policy the cards cannot show says why.
import { test, expect } from '../support/fixtures.js';
import { uniqueName } from '../support/names.js';
import { PolicyEditorDriver, policyDocument } from '../support/policy-editor.js';
import { VisualEditorDriver } from '../support/visual-editor.js';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('build S3 read on one bucket from one network visually, see the JSON, save, see the summary', async ({
  rootPage: page,
}) => {
  const bucket = uniqueName('reports').toLowerCase();
  const policyName = uniqueName('ReportsReadVisual');
  const editor = new PolicyEditorDriver(page);
  const visual = new VisualEditorDriver(page);

  await test.step('root opens Create policy and the Visual tab', async () => {
    await page.goto('/policies');
    await expect(page.getByRole('heading', { level: 1, name: /^Policies/ })).toBeVisible();
    await page.getByRole('link', { name: 'Create policy' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Specify permissions' })).toBeVisible();
    await visual.open();
  });

  const card = visual.statement(1);
  await test.step('service S3, actions GetObject and ListBucket by access level', async () => {
    await visual.chooseService(card, 'Amazon S3', 's3');
    await visual.checkAction(card, 'Read', 'GetObject');
    await visual.checkAction(card, 'List', 'ListBucket');
  });

  await test.step('resources from the resource builder: the bucket and its objects', async () => {
    await visual.addArn(card, 'bucket', { 'Bucket name': bucket });
    await visual.addArn(card, 'object', { 'Bucket name': bucket, 'Object name': null });
    const resources = card.getByRole('group', { name: 'Resources' });
    await expect(resources).toContainText(`arn:aws:s3:::${bucket}`);
    await expect(resources).toContainText(`arn:aws:s3:::${bucket}/*`);
  });

  await test.step('condition aws:SourceIp IpAddress 203.0.113.0/24', async () => {
    await visual.addCondition(card, { key: 'aws:SourceIp', operator: 'IpAddress', value: '203.0.113.0/24' });
  });

  await test.step('the JSON tab holds exactly that policy', async () => {
    await visual.showJson();
    const statements = ((await editor.readDocument()) as { Statement: Record<string, unknown>[] }).Statement;
    expect(statements).toHaveLength(1);
    const statement = statements[0]!;
    expect(statement.Effect).toBe('Allow');
    expect(asSortedList(statement.Action)).toEqual(['s3:GetObject', 's3:ListBucket']);
    expect(asSortedList(statement.Resource)).toEqual([`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`]);
    expect(statement.Condition).toEqual({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } });
    expect(Object.keys(statement).sort()).toEqual(['Action', 'Condition', 'Effect', 'Resource', 'Sid']);
  });

  await test.step('an action added in the JSON shows in the cards', async () => {
    const document = (await editor.readDocument()) as { Statement: { Action: string[] }[] };
    document.Statement[0]!.Action = [...asSortedList(document.Statement[0]!.Action), 's3:GetObjectVersion'];
    await editor.replaceText(JSON.stringify(document));
    await visual.open();
    await expect(card.getByRole('button', { name: /^Read actions, 2 of \d+ chosen$/ })).toBeVisible();
    await expect(card.getByRole('button', { name: /^List actions, 1 of \d+ chosen$/ })).toBeVisible();
    await visual.openAccessLevel(card, 'Read');
    await expect(visual.actionCheckbox(card, 'GetObjectVersion')).toBeChecked();
    await expect(visual.actionCheckbox(card, 'GetObject')).toBeChecked();
    await expect(visual.actionCheckbox(card, 'GetObjectAcl')).not.toBeChecked();
  });

  await test.step('root saves the policy', async () => {
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await page.getByLabel('Policy name').fill(policyName);
    await page.getByRole('button', { name: 'Create policy' }).click();
    await expect(page.getByText(`Policy ${policyName} created.`)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: policyName })).toBeVisible();
  });

  await test.step('the policy’s summary: S3, Limited: List, Read, the resources, the condition', async () => {
    await page.getByRole('tab', { name: 'Permissions' }).click();
    await page.getByRole('button', { name: 'Summary', exact: true }).click();
    const summary = page.getByTestId('policy-summary');
    const s3 = summary.getByRole('row').filter({ hasText: 'S3' });
    await expect(s3).toContainText('Limited: List, Read');
    // GetObject acts on the objects and ListBucket on the bucket: more than one resource.
    await expect(s3).toContainText('Multiple');
    await expect(s3).toContainText('IpAddress aws:SourceIp: 203.0.113.0/24');
    // Drilling down: each action with its access level and the resources it can act on.
    await s3.getByRole('button', { name: 'S3', exact: true }).click();
    const actions = page.getByRole('table', { name: 'S3 actions allowed' });
    const action = (name: string) => actions.getByRole('row', { name: new RegExp(`^s3:${name} `) });
    await expect(actions.getByRole('row')).toHaveCount(4); // the header and three actions
    await expect(action('GetObject')).toContainText('Read');
    await expect(action('GetObjectVersion')).toContainText('Read');
    await expect(action('ListBucket')).toContainText('List');
    // Each action lists only the resources it can act on, as AWS's summary does.
    await expect(action('GetObject')).toContainText(`arn:aws:s3:::${bucket}/*`);
    await expect(action('ListBucket')).toContainText(`arn:aws:s3:::${bucket}`);
    await expect(action('ListBucket')).not.toContainText(`${bucket}/*`);
  });
});

test('a JSON policy the visual editor cannot show says why, and keeps the JSON', async ({
  rootPage: page,
}) => {
  const editor = new PolicyEditorDriver(page);
  const visual = new VisualEditorDriver(page);
  const twoServices = policyDocument({
    Effect: 'Allow',
    Action: ['s3:GetObject', 'ec2:DescribeInstances'],
    Resource: '*',
  });
  await page.goto('/policies/create');
  await expect(page.getByRole('heading', { level: 1, name: 'Specify permissions' })).toBeVisible();
  await editor.typeDocument(twoServices);
  await visual.open();
  await expect(page.getByText('This policy cannot be edited in the visual editor')).toBeVisible();
  await expect(page.getByTestId('visual-not-representable')).toContainText('ec2');
  await expect(page.getByTestId('visual-not-representable')).toContainText('s3');
  await expect(page.getByTestId('visual-not-representable')).toContainText('one service per statement');

  await page.getByRole('button', { name: 'Edit in JSON' }).click();
  expect(await editor.readDocument()).toEqual(twoServices);
});

function asSortedList(value: unknown): string[] {
  return (Array.isArray(value) ? (value as string[]) : [value as string]).slice().sort();
}
