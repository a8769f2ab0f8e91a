// Writes docs/AWS-API.md from the AWS door's registries and AWS's model.
//   node --conditions=source --import tsx apps/server/scripts/aws-api-doc.ts
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { awsApiMarkdown } from '../src/aws/supported-actions.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
writeFileSync(path.join(root, 'docs', 'AWS-API.md'), awsApiMarkdown());
console.log('wrote docs/AWS-API.md');
