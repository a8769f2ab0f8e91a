// Every AWS managed policy's default document must pass Gatehouse's own policy checks as an
// identity policy: AWS accepts them, so an error here is a bug in the evaluator or the data.
import { checkPolicyText, type Diagnostic } from '@gatehouse/evaluator';
import { expect, inject, test } from 'vitest';
import { loadManagedPolicy, loadManagedPolicyIndex } from '../src/node/load-managed-policy.js';

const dir = inject('managedPoliciesDir');

test('every default document checks as an identity policy without errors', async () => {
  const { policies } = await loadManagedPolicyIndex(dir);
  const errors: string[] = [];
  for (const { name } of policies) {
    const policy = await loadManagedPolicy(dir, name);
    // The 6,144-character quota is for customer managed policies: AWS's own run to 140 KB.
    const result = checkPolicyText(policy?.document ?? '', 'identity', {
      sizeLimit: Number.POSITIVE_INFINITY,
    });
    const found = result.diagnostics.filter((d: Diagnostic) => d.severity === 'error');
    for (const d of found) errors.push(`${name}: ${d.code} at ${d.path.join('.')}: ${d.message}`);
  }
  expect(errors).toEqual([]);
});
