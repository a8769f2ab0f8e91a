import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { awsApiMarkdown } from '../../src/aws/supported-actions.js';

it('docs/AWS-API.md lists exactly the actions the door serves (regenerate with scripts/aws-api-doc.ts)', () => {
  const file = path.resolve(
    path.dirname(fileURLToPath(import.meta.url)),
    '..',
    '..',
    '..',
    '..',
    'docs',
    'AWS-API.md',
  );
  expect(readFileSync(file, 'utf8')).toBe(awsApiMarkdown());
});
