import { describe, expect, it } from 'vitest';
import { awsCliSnippet, profileName, SECRET_PLACEHOLDER, sdkJavaScriptSnippet } from './aws-cli-snippet.js';

const key = {
  accessKeyId: 'AKIAABCDEFGHIJKLMNOP',
  secretAccessKey: 'abc/DEF+ghi0123456789abcdefghijklmnopqrs',
  userName: 'alice',
  endpoint: 'https://iam.example.com:8443',
};

describe('profileName', () => {
  it('names the profile for the user, gatehouse for root', () => {
    expect(profileName('alice')).toBe('alice');
    expect(profileName('ci.deploy@prod')).toBe('ci.deploy@prod');
    expect(profileName(undefined)).toBe('gatehouse');
  });
  it('falls back when the name would read as an option', () => {
    expect(profileName('-x')).toBe('gatehouse');
    expect(profileName('+x')).toBe('gatehouse');
  });
});

describe('awsCliSnippet', () => {
  it('configures a profile and names the endpoint per command and by environment', () => {
    expect(awsCliSnippet(key)).toBe(
      [
        '# A profile named alice with this access key',
        'aws configure set aws_access_key_id AKIAABCDEFGHIJKLMNOP --profile alice',
        'aws configure set aws_secret_access_key abc/DEF+ghi0123456789abcdefghijklmnopqrs --profile alice',
        'aws configure set region us-east-1 --profile alice',
        '',
        '# Name the Gatehouse endpoint on each command (every CLI version)',
        'aws --profile alice --endpoint-url https://iam.example.com:8443 sts get-caller-identity',
        '',
        '# Or, with AWS CLI 2.13 or later, once for the shell',
        'export AWS_ENDPOINT_URL=https://iam.example.com:8443',
        'aws --profile alice sts get-caller-identity',
        '',
      ].join('\n'),
    );
  });
  it('writes the placeholder, never the secret, while the secret is hidden', () => {
    const text = awsCliSnippet({ ...key, secretAccessKey: null });
    expect(text).toContain(`aws configure set aws_secret_access_key ${SECRET_PLACEHOLDER} --profile alice`);
    expect(text).not.toContain(key.secretAccessKey);
  });
});

describe('sdkJavaScriptSnippet', () => {
  it('builds an IAMClient with endpoint, region and credentials', () => {
    const text = sdkJavaScriptSnippet(key);
    expect(text).toContain("import { IAMClient, ListUsersCommand } from '@aws-sdk/client-iam';");
    expect(text).toContain("  endpoint: 'https://iam.example.com:8443',\n  region: 'us-east-1',");
    expect(text).toContain("    accessKeyId: 'AKIAABCDEFGHIJKLMNOP',");
    expect(text).toContain(`    secretAccessKey: '${key.secretAccessKey}',`);
    expect(text).toContain('AWS_PROFILE=alice');
  });
  it('writes the placeholder while the secret is hidden', () => {
    const text = sdkJavaScriptSnippet({ ...key, secretAccessKey: null, userName: undefined });
    expect(text).toContain(`    secretAccessKey: '${SECRET_PLACEHOLDER}',`);
    expect(text).not.toContain(key.secretAccessKey);
    expect(text).toContain('AWS_PROFILE=gatehouse');
  });
});
