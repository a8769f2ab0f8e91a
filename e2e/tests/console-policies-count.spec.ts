// The Policies list's header counts what the type and the search match, as AWS's console does
// (issue 12, finding 8): every AWS managed policy plus the account's own under "All types", not
// "(50+)"; the matches of a search under each type; the same number on the next page. An account
// of the test's own, so no other test's policies change the count; the AWS managed numbers come
// from the catalog the server loads its AWS managed policies from, not from this file.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { allowPolicy, ApiClient } from '../support/api-client.js';
import { test, expect } from '../support/fixtures.js';
import { repoRoot } from '../support/paths.js';
import { uniqueName } from '../support/names.js';

/** The AWS managed policies' names, from the catalog's build of the data package. */
function awsPolicyNames(): string[] {
  const file = path.join(repoRoot, 'packages', 'catalog', 'dist', 'managed-policies', 'index.json');
  const index = JSON.parse(readFileSync(file, 'utf8')) as { policies: { name: string }[] };
  return index.policies.map((p) => p.name);
}

const matching = (names: string[], search: string) =>
  names.filter((n) => n.toLowerCase().includes(search.toLowerCase())).length;

test('the policies header counts every policy of the chosen type and search', async ({
  page,
  env,
  freshAccount,
}) => {
  const api = new ApiClient(page.request, env.url);
  await api.signInRoot(freshAccount.email, freshAccount.password);
  const prefix = uniqueName('Counted');
  const own = [`${prefix}-a`, `${prefix}-b`, `${prefix}-ReadOnlyBits`];
  for (const policyName of own) {
    await api.post('/api/policies', { policyName, document: allowPolicy('s3:GetObject') });
  }
  const aws = awsPolicyNames();
  const heading = page.getByRole('heading', { level: 1, name: /^Policies/ });
  const search = page.getByRole('searchbox', { name: 'Find policies by name' });
  const chooseType = async (label: string) => {
    await page.getByRole('button', { name: /^Filter by type/ }).click();
    await page.getByRole('option', { name: label, exact: true }).click();
  };

  await page.goto('/policies');
  await expect(heading).toContainText(`(${aws.length + own.length})`);
  await expect(heading).not.toContainText('+');

  await chooseType('AWS managed');
  await expect(heading).toContainText(`(${aws.length})`);
  // The next page of 50 is still one of the same list.
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page.getByRole('button', { name: 'Page 2' })).toHaveAttribute('aria-current', 'true');
  await expect(heading).toContainText(`(${aws.length})`);

  await search.fill('ReadOnly');
  const awsReadOnly = matching(aws, 'ReadOnly');
  await expect(heading).toContainText(`(${awsReadOnly})`);
  // The filter's own count (Cloudscape repeats it, hidden, for screen readers).
  const matches = (text: string) => page.getByText(text, { exact: true }).filter({ visible: true });
  await expect(matches(`${awsReadOnly} matches`)).toBeVisible();

  await chooseType('Customer managed');
  await expect(heading).toContainText('(1)');
  await expect(matches('1 match')).toBeVisible();

  await chooseType('All types');
  await expect(heading).toContainText(`(${awsReadOnly + 1})`);

  await search.fill('');
  await chooseType('Customer managed');
  await expect(heading).toContainText(`(${own.length})`);
});
