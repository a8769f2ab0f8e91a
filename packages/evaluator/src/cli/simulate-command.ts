// `gatehouse-policy simulate --policy <file>... [--resource-policy f] [--boundary f]
//   [--session f] [--scp f]... [--rcp f]... --action a --resource r [--resource-account id]
//   [--principal arn] [--context k=v ...] [--json]`
import { basename } from 'node:path';
import type { PolicyInput, PolicyKind, PolicySetInput } from '../types.js';
import { compilePolicySet } from '../compile/compile-policy-set.js';
import { explain } from '../explain/explain.js';
import type { Args } from './args.js';
import { onlyOptions, single, UsageError } from './args.js';
import { buildRequest, parseContext } from './build-request.js';
import { printDiagnostics } from './format-diagnostics.js';
import { printExplanation } from './format-explanation.js';
import type { Output } from './output.js';
import { EXIT } from './output.js';
import { checkFile } from './read-policy.js';

const OPTIONS = [
  'policy',
  'resource-policy',
  'boundary',
  'session',
  'scp',
  'rcp',
  'action',
  'resource',
  'resource-account',
  'principal',
  'context',
];

/** Reads and checks policy files; throws after printing the findings if any has errors. */
function loadPolicies(files: readonly string[], kind: PolicyKind, output: Output): PolicyInput[] {
  const checked = files.map((file) => checkFile(file, kind));
  const invalid = checked.filter((c) => !c.ok);
  for (const c of invalid)
    printDiagnostics(
      output,
      c.file,
      c.diagnostics.filter((d) => d.severity === 'error'),
    );
  if (invalid.length > 0)
    throw new UsageError(`cannot simulate with invalid policies: ${invalid.map((c) => c.file).join(', ')}`);
  return checked.map((c) => ({
    id: c.file,
    name: basename(c.file),
    document: c.document ?? { statements: [] },
  }));
}

export function simulateCommand(args: Args, output: Output): number {
  onlyOptions(args, OPTIONS);
  if (args.positionals.length > 0) throw new UsageError(`unexpected argument \`${args.positionals[0]}\``);
  const files = (name: string) => args.options.get(name) ?? [];
  if (files('policy').length === 0 && files('resource-policy').length === 0) {
    throw new UsageError('give at least one --policy (identity) or --resource-policy file');
  }
  const request = buildRequest({
    principal: single(args, 'principal'),
    action: single(args, 'action'),
    resource: single(args, 'resource'),
    resourceAccount: single(args, 'resource-account'),
    context: parseContext(files('context')),
  });
  const set: PolicySetInput = { identity: loadPolicies(files('policy'), 'identity', output) };
  const resource = loadPolicies(files('resource-policy'), 'resource', output);
  const boundary = loadPolicies(files('boundary'), 'boundary', output);
  const session = loadPolicies(files('session'), 'identity', output);
  const scp = loadPolicies(files('scp'), 'scp', output);
  // An RCP is written like a resource-based policy (`"Principal": "*"`), so it is checked as one.
  const rcp = loadPolicies(files('rcp'), 'resource', output);
  if (resource.length > 0) set.resource = resource;
  if (boundary.length > 0) set.boundary = boundary;
  if (session.length > 0) set.session = session;
  if (scp.length > 0) set.scp = scp.map((policy) => [policy]); // each SCP file is one level
  if (rcp.length > 0) set.rcp = rcp.map((policy) => [policy]); // and each RCP file
  const explanation = explain(compilePolicySet(set), request);
  if (args.switches.has('json')) output.out(JSON.stringify({ request, ...explanation }, null, 2));
  else printExplanation(output, explanation);
  return EXIT.ok;
}
