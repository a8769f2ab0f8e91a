// An administrator gives an IAM user an access key and sets up the aws CLI with it from the
// console: the Retrieve access keys dialog offers commands (and SDK code) for this Gatehouse's
// endpoint and region, with the secret written in only once it is shown. The commands, run as
// shown by the real aws CLI, answer the user's ARN; the SDK code, run by Node, lists users.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Locator } from '@playwright/test';
import { expectNoSeriousAxeViolations } from '../support/accessibility.js';
import { AWS_CLI, aws, cliTestsRun } from '../support/aws-cli.js';
import { test, expect } from '../support/fixtures.js';
import { repoRoot, screenshotDir } from '../support/paths.js';
import { uniqueName } from '../support/names.js';
import { createAccessKeyThroughWizard } from '../support/access-key-wizard.js';

const PLACEHOLDER = '<secret-access-key>';

test('the Retrieve access keys dialog sets up the aws CLI and the SDK for this Gatehouse', async ({
  rootPage: page,
  rootApi,
  rootIdentity,
  baseURL,
}) => {
  test.setTimeout(150_000);
  const endpoint = baseURL!;
  const userName = uniqueName('cli-user');
  const userArn = `arn:aws:iam::${rootIdentity.accountId}:user/cli/${userName}`;
  await rootApi.post('/api/users', { userName, path: '/cli/' });
  // The SDK example lists users.
  await rootApi.put(`/api/users/${userName}/inline-policies/list-users`, {
    document: JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'iam:ListUsers', Resource: '*' }],
    }),
  });

  await page.goto(`/users/${userName}?tab=security_credentials`);
  await page.getByRole('button', { name: 'Create access key' }).click();
  await createAccessKeyThroughWizard(page);
  const dialog = page.getByRole('dialog', { name: 'Retrieve access keys' });
  await expect(dialog).toBeVisible();
  const accessKeyId = (
    await rootApi.get<{ items: { accessKeyId: string }[] }>(`/api/users/${userName}/access-keys`)
  ).items[0]!.accessKeyId;

  const cliRegion = dialog.getByRole('region', { name: 'AWS CLI commands' });
  await test.step('while the secret is hidden, the commands carry a placeholder', async () => {
    await dialog.getByRole('button', { name: 'Use this key with the AWS CLI or an SDK' }).click();
    await expect(dialog.getByRole('tab', { name: 'AWS CLI' })).toHaveAttribute('aria-selected', 'true');
    const hidden = await snippetText(cliRegion);
    expect(hidden).toContain(`aws configure set aws_access_key_id ${accessKeyId} --profile ${userName}`);
    expect(hidden).toContain(`aws configure set aws_secret_access_key ${PLACEHOLDER} --profile ${userName}`);
    await expect(
      dialog.getByText(`choose Show above to write it in instead of ${PLACEHOLDER}`),
    ).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await page.setViewportSize({ width: 1440, height: 1200 });
    await dialog.screenshot({ path: path.join(screenshotDir, 'access-key-snippet.png') });
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  let secret = '';
  let commands = '';
  await test.step('Show writes the secret into the commands, with the origin and the region', async () => {
    await dialog.getByRole('button', { name: 'Show' }).click();
    secret = ((await dialog.getByTestId('secret-access-key').textContent()) ?? '').trim();
    expect(secret).toMatch(/^\S{40}$/);
    commands = await snippetText(cliRegion);
    expect(commands).toContain(accessKeyId);
    expect(commands).toContain(`aws configure set aws_secret_access_key ${secret} --profile ${userName}`);
    expect(commands).toContain(`aws configure set region us-east-1 --profile ${userName}`);
    expect(commands).toContain(
      `aws --profile ${userName} --endpoint-url ${endpoint} sts get-caller-identity`,
    );
    expect(commands).toContain(`export AWS_ENDPOINT_URL=${endpoint}`);
    expect(commands).not.toContain(PLACEHOLDER);
  });

  let sdkCode = '';
  await test.step('the SDK for JavaScript tab builds an IAMClient for the same endpoint', async () => {
    await dialog.getByRole('tab', { name: 'SDK for JavaScript' }).click();
    sdkCode = await snippetText(dialog.getByRole('region', { name: 'SDK for JavaScript code' }));
    expect(sdkCode).toContain("from '@aws-sdk/client-iam'");
    expect(sdkCode).toContain('new IAMClient({');
    expect(sdkCode).toContain(`endpoint: '${endpoint}'`);
    expect(sdkCode).toContain("region: 'us-east-1'");
    expect(sdkCode).toContain(`accessKeyId: '${accessKeyId}'`);
    expect(sdkCode).toContain(`secretAccessKey: '${secret}'`);
    await expectNoSeriousAxeViolations(page);
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(secret)).toHaveCount(0);
  });

  if (cliTestsRun) {
    await test.step('the command it shows answers the user ARN through the aws CLI', async () => {
      const line = commands
        .split('\n')
        .find((l) => l.endsWith(' sts get-caller-identity') && l.includes('--endpoint-url'));
      const words = line!.split(' ');
      // The helper supplies the endpoint and the key (from the environment, not a profile).
      expect(words.slice(0, 5)).toEqual(['aws', '--profile', userName, '--endpoint-url', endpoint]);
      const result = await aws(endpoint, { accessKeyId, secretAccessKey: secret }, words.slice(5));
      expect(result.code, result.stderr).toBe(0);
      expect(result.json.Arn).toBe(userArn);
    });

    await test.step('the commands, pasted into a shell as shown, configure a profile that works', async () => {
      // Everything up to the CLI ≥ 2.13 alternative (Debian's CLI is older), in a shell whose aws
      // is Debian's and whose config files are the test's own.
      const script = commands.slice(0, commands.indexOf('# Or,'));
      const result = await runShell(script);
      expect(result.code, result.stderr).toBe(0);
      expect(JSON.parse(result.stdout).Arn).toBe(userArn);
    });
  }

  await test.step('the SDK code, run by Node, lists users with the key', async () => {
    // Node resolves @aws-sdk/client-iam from the server's dependencies (its SDK tests use it).
    const result = await run(process.execPath, ['--input-type=module', '-e', sdkCode], {
      cwd: path.join(repoRoot, 'apps', 'server'),
      env: await isolatedAwsEnv(),
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`UserName: '${userName}'`);
  });
});

async function snippetText(region: Locator): Promise<string> {
  await expect(region).toBeVisible();
  return (await region.textContent()) ?? '';
}

/** No configuration, instance metadata, retries or pager from the machine (notes/TOOLCHAIN.md). */
async function isolatedAwsEnv(): Promise<NodeJS.ProcessEnv> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'gatehouse-snippet-'));
  const bin = path.join(dir, 'bin');
  await mkdir(bin);
  // `aws` in the pasted commands is Debian's CLI, even if another is earlier on the PATH.
  await symlink(AWS_CLI, path.join(bin, 'aws'));
  return {
    PATH: `${bin}:${process.env.PATH ?? ''}`,
    HOME: dir,
    AWS_CONFIG_FILE: path.join(dir, 'config'),
    AWS_SHARED_CREDENTIALS_FILE: path.join(dir, 'credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_MAX_ATTEMPTS: '1',
    AWS_PAGER: '',
  };
}

async function runShell(script: string) {
  const env = await isolatedAwsEnv();
  const file = path.join(env.HOME!, 'snippet.sh');
  await writeFile(file, script);
  return run('bash', ['-eu', file], { env });
}

function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(command, args, { ...options, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}
