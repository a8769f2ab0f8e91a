// `gatehouse-policy test <suite.json> [--json]`: runs every case and reports expected vs actual.
import { dirname, resolve } from 'node:path';
import type { Decision, Diagnostic, PolicyInput, PolicyKind, PolicySetInput } from '../types.js';
import { compilePolicySet } from '../compile/compile-policy-set.js';
import { explain } from '../explain/explain.js';
import { checkPolicyText } from '../validate/check-policy-text.js';
import type { Args } from './args.js';
import { onlyOptions, UsageError } from './args.js';
import { buildRequest } from './build-request.js';
import { formatDiagnostic } from './format-diagnostics.js';
import type { Output } from './output.js';
import { EXIT } from './output.js';
import { readText } from './read-policy.js';
import type { Expectation, PolicySource, SuiteCase } from './suite.js';
import { readSuite } from './suite.js';

interface CaseResult {
  name: string;
  expected: Expectation;
  actual?: Decision;
  passed: boolean;
  summary: string;
  problems: string[];
}

class PolicyLoader {
  private readonly cache = new Map<string, { input?: PolicyInput; problems: string[] }>();

  constructor(
    private readonly sources: Map<string, PolicySource>,
    private readonly baseDir: string,
  ) {}

  /** The named policy checked as `kind`, or the lines describing why it is unusable. */
  load(name: string, kind: PolicyKind): { input?: PolicyInput; problems: string[] } {
    const key = `${kind}\u0000${name}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const source = this.sources.get(name) as PolicySource;
    const label = 'file' in source ? source.file : `policies.${name}`;
    const text =
      'file' in source
        ? readText(resolve(this.baseDir, source.file))
        : JSON.stringify(source.document, null, 2);
    const checked = checkPolicyText(text, kind);
    const errors = checked.diagnostics.filter((d: Diagnostic) => d.severity === 'error');
    const result =
      checked.ok && checked.document
        ? { input: { id: name, name, document: checked.document }, problems: [] }
        : {
            problems: [
              `policy \`${name}\` is not a valid ${kind} policy:`,
              ...errors.flatMap((d) => formatDiagnostic(label, d)),
            ],
          };
    this.cache.set(key, result);
    return result;
  }
}

function runCase(c: SuiteCase, loader: PolicyLoader): CaseResult {
  const problems: string[] = [];
  const load = (names: string[], kind: PolicyKind) =>
    names.flatMap((name) => {
      const { input, problems: found } = loader.load(name, kind);
      problems.push(...found);
      return input ? [input] : [];
    });
  const set: PolicySetInput = { identity: load(c.identity, 'identity') };
  if (c.resource.length > 0) set.resource = load(c.resource, 'resource');
  if (c.boundary.length > 0) set.boundary = load(c.boundary, 'boundary');
  if (c.session.length > 0) set.session = load(c.session, 'identity');
  if (c.scp.length > 0) set.scp = c.scp.map((level) => load(level, 'scp'));
  // An RCP is written like a resource-based policy (`"Principal": "*"`), so it is checked as one.
  if (c.rcp.length > 0) set.rcp = c.rcp.map((level) => load(level, 'resource'));
  if (problems.length > 0)
    return { name: c.name, expected: c.expect, passed: false, summary: 'invalid policy', problems };
  const explanation = explain(compilePolicySet(set), buildRequest(c.request));
  const actual = explanation.decision;
  const passed = c.expect === actual || (c.expect === 'Deny' && actual !== 'Allow');
  return { name: c.name, expected: c.expect, actual, passed, summary: explanation.summary, problems };
}

function print(output: Output, r: CaseResult): void {
  if (r.passed) {
    output.out(`✓ ${r.name} (${r.actual})`);
    return;
  }
  output.out(
    r.actual ? `✗ ${r.name}: expected ${r.expected}, got ${r.actual}` : `✗ ${r.name}: could not run`,
  );
  if (r.actual) output.out(`    ${r.summary}`);
  for (const line of r.problems) output.out(`    ${line}`);
}

export function testCommand(args: Args, output: Output): number {
  onlyOptions(args, []);
  if (args.positionals.length !== 1) throw new UsageError('test needs exactly one suite file');
  const file = args.positionals[0] as string;
  const suite = readSuite(readText(file), file);
  const loader = new PolicyLoader(suite.policies, dirname(resolve(file)));
  const results = suite.cases.map((c) => runCase(c, loader));
  const failed = results.filter((r) => !r.passed).length;
  const passed = results.length - failed;
  if (args.switches.has('json')) {
    output.out(JSON.stringify({ file, passed, failed, cases: results }, null, 2));
  } else {
    for (const r of results) print(output, r);
    output.out(`${passed} passed, ${failed} failed`);
  }
  return failed === 0 ? EXIT.ok : EXIT.failed;
}
