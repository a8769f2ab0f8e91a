// The first-run setup page's messages (issue 12, finding 6), on a Gatehouse of its own that has
// no account yet (its own database in the suite's PostgreSQL): the root password's rules are
// shown before typing; an invalid email is said once, under the email, with no browser tooltip
// beside it (the form validates itself) and no "Enter a password." left under a filled field.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expectNoSeriousAxeViolations } from '../support/accessibility.js';
import { test, expect } from '../support/fixtures.js';
import { startGatehouse } from '../support/gatehouse-server.js';

test('setup shows the password rules first and one message per field', async ({ page, db, env }) => {
  test.setTimeout(120_000);
  const database = `setup_${Date.now().toString(36)}`;
  await db.query(`CREATE DATABASE ${database}`);
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'gatehouse-setup-'));
  const url = new URL(env.databaseUrl);
  url.pathname = `/${database}`;
  const server = await startGatehouse({
    databaseUrl: url.toString(),
    workDir,
    root: { email: '', password: '' },
  });
  try {
    await page.goto(`${server.url}/setup?token=not-checked-before-submit`);
    const form = page.getByRole('form', { name: 'Set up Gatehouse' });
    await expect(form).toBeVisible();
    await expect(form).toHaveAttribute('novalidate', '');
    const rules = form.getByRole('note', { name: 'Password requirements' });
    await expect(rules).toContainText('at least 8 characters');
    await expectNoSeriousAxeViolations(page);

    // Submitted empty: each field says what it needs.
    await form.getByRole('button', { name: 'Create account' }).click();
    await expect(form.getByText('Enter a password.')).toBeVisible();
    // Then an invalid email and a password: only the email is wrong now.
    await form.getByLabel('Root user email address').fill('not-an-email');
    await form.getByLabel('Root user password', { exact: true }).fill('Correct-Horse-9-battery');
    await form.getByLabel('Confirm root user password').fill('Correct-Horse-9-battery');
    await form.getByRole('button', { name: 'Create account' }).click();
    await expect(form.getByText('Enter an email address.')).toBeVisible();
    await expect(form.getByText('Enter a password.')).toHaveCount(0);
    await expect(page).toHaveURL(/\/setup/);
  } finally {
    await server.stop();
    await rm(workDir, { recursive: true, force: true });
    await db.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => undefined);
  }
});
