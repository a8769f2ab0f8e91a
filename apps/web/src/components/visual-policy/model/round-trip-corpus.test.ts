// The round-trip proof for the Visual tab: a policy read into cards and written back means the
// same to the evaluator, and cards written to JSON read back identical. Run over a hand-written
// corpus of awkward policies and over the default version of every AWS managed policy.
import { readFileSync } from 'node:fs';
import type { ServiceCatalog } from '@gatehouse/catalog';
import { defaultCatalogDir, loadManagedPolicies, loadService } from '@gatehouse/catalog/node';
import { checkPolicyText, parsePolicy } from '@gatehouse/evaluator';
import type { PolicyDocument } from '@gatehouse/evaluator';
import { beforeAll, describe, expect, it } from 'vitest';
import { policyToVisual } from './policy-to-visual.js';
import { compareMeaning, type Comparison } from './testing/same-meaning.js';
import { sampleRequests, servicePrefixes } from './testing/sample-requests.js';
import { withoutKeys } from './testing/without-keys.js';
import type { NotRepresentableCode, VisualPolicy } from './visual-policy.js';
import { visualToPolicy } from './visual-to-policy.js';

interface CorpusCase {
  name: string;
  why: string;
  policy: unknown;
}

const corpus = (
  JSON.parse(readFileSync(new URL('./testing/round-trip-corpus.json', import.meta.url), 'utf8')) as {
    cases: CorpusCase[];
  }
).cases;

const services = new Map<string, ServiceCatalog>();

async function loadServices(documents: Iterable<PolicyDocument>): Promise<void> {
  const dir = defaultCatalogDir();
  const missing = [...servicePrefixes(documents)].filter((prefix) => !services.has(prefix));
  const loaded = await Promise.all(missing.map((prefix) => loadService(dir, prefix)));
  loaded.forEach((service) => service && services.set(service.prefix, service));
}

function documentOf(text: string): PolicyDocument {
  const { document } = parsePolicy(text);
  if (!document) throw new Error('no document');
  return document;
}

type RoundTrip =
  | { ok: false; code: NotRepresentableCode; reason: string }
  | { ok: true; visual: VisualPolicy; text: string; comparison: Comparison; visualAgain: unknown };

/** JSON → visual → JSON, compared with the evaluator; then visual → JSON → visual. */
function roundTrip(original: string, before: PolicyDocument = documentOf(original)): RoundTrip {
  const read = policyToVisual(original);
  if (!read.ok) return { ok: false, code: read.problem.code, reason: read.problem.reason };
  const text = visualToPolicy(read.policy);
  const comparison = compareMeaning(before, documentOf(text), sampleRequests(before, services));
  const again = policyToVisual(text);
  return {
    ok: true,
    visual: read.policy,
    text,
    comparison,
    visualAgain: again.ok ? withoutKeys(again.policy) : again.problem,
  };
}

/**
 * Whether the requests sampled for `before` tell it apart from `visual` with statement `index`'s
 * Effect turned around. If they did not, a round trip that broke that statement would pass.
 */
function noticesFlip(before: PolicyDocument, visual: VisualPolicy, index: number): boolean {
  const flipped: VisualPolicy = {
    ...visual,
    statements: visual.statements.map((s, j) =>
      j === index ? { ...s, effect: s.effect === 'Allow' ? 'Deny' : 'Allow' } : s,
    ),
  };
  const requests = sampleRequests(before, services);
  return compareMeaning(before, documentOf(visualToPolicy(flipped)), requests).differences.length > 0;
}

/** Whether the evaluator accepts `text` as an identity policy (size aside). */
function isValid(text: string): boolean {
  return checkPolicyText(text, 'identity', { sizeLimit: Infinity }).ok;
}

describe('hand-written corpus', () => {
  beforeAll(() => loadServices(corpus.map((c) => documentOf(JSON.stringify(c.policy)))));

  it.each(corpus.map((c) => [c.name, c] as const))('%s: survives JSON → visual → JSON', (_name, c) => {
    const result = roundTrip(JSON.stringify(c.policy));
    if (!result.ok) throw new Error(`refused: ${result.reason}`);
    expect(result.comparison.differences).toEqual([]);
    expect(result.visualAgain).toEqual(withoutKeys(result.visual));
    expect(isValid(JSON.stringify(c.policy)), 'corpus policies are valid identity policies').toBe(true);
    expect(isValid(result.text)).toBe(true);
  });

  // The requests must reach every statement, or the comparison above could not fail: turning
  // any one statement's Effect around has to change some decision.
  it.each(corpus.map((c) => [c.name, c] as const))(
    '%s: the requests notice any statement turned around',
    (_name, c) => {
      const read = policyToVisual(JSON.stringify(c.policy));
      if (!read.ok) throw new Error(read.problem.reason);
      const before = documentOf(JSON.stringify(c.policy));
      const requests = sampleRequests(before, services);
      read.policy.statements.forEach((statement, i) => {
        const flipped: VisualPolicy = {
          ...read.policy,
          statements: read.policy.statements.map((s, j) =>
            j === i ? { ...s, effect: statement.effect === 'Allow' ? 'Deny' : 'Allow' } : s,
          ),
        };
        const { differences } = compareMeaning(before, documentOf(visualToPolicy(flipped)), requests);
        expect(differences.length, `statement ${i + 1} of ${c.name}`).toBeGreaterThan(0);
      });
    },
  );
});

describe('every AWS managed policy', () => {
  it('reads each representable default version into cards that mean the same when written back', async () => {
    const started = Date.now();
    const policies = await loadManagedPolicies();
    const texts = policies.map((p) => {
      const text = p.versions.find((v) => v.versionId === p.defaultVersionId)?.document ?? '';
      return { name: p.name, text, document: documentOf(text) };
    });
    await loadServices(texts.map((t) => t.document));

    const refused = new Map<NotRepresentableCode, string[]>();
    const failures: string[] = [];
    let representable = 0;
    let reachedADecision = 0;
    let requests = 0;
    let flipped = 0;
    for (const { name, text, document } of texts) {
      const result = roundTrip(text, document);
      if (!result.ok) {
        refused.set(result.code, [...(refused.get(result.code) ?? []), name]);
        continue;
      }
      representable++;
      const { differences, decisions } = result.comparison;
      requests += decisions.Allow + decisions.ExplicitDeny + decisions.ImplicitDeny;
      if (decisions.Allow + decisions.ExplicitDeny > 0) reachedADecision++;
      if (differences.length > 0) failures.push(`${name}: ${JSON.stringify(differences[0])}`);
      // Every 3rd policy: the same requests must notice one of its statements (a different
      // one each time) turned around, or a round trip that broke it would pass unseen.
      const count = result.visual.statements.length;
      if (representable % 3 === 0 && count > 0) {
        const index = flipped++ % count;
        if (!noticesFlip(document, result.visual, index)) {
          failures.push(`${name}: statement ${index + 1} turned around went unnoticed`);
        }
      }
      if (JSON.stringify(result.visualAgain) !== JSON.stringify(withoutKeys(result.visual))) {
        failures.push(`${name}: visual → JSON → visual differs`);
      }
    }

    const reasons = Object.fromEntries([...refused].map(([code, names]) => [code, names.length]));
    console.log(
      `AWS managed policies: ${texts.length}; representable ${representable}; refused ${JSON.stringify(reasons)}; ` +
        `${requests} requests compared in ${Date.now() - started} ms; ${flipped} flipped statements noticed`,
    );
    expect(failures).toEqual([]);
    expect(representable + [...refused.values()].flat().length).toBe(texts.length);
    // Identity policies of one service per statement are the common case.
    expect(representable).toBeGreaterThan(texts.length / 2);
    // Managed policies hold no principals and no JSON errors: every refusal is a statement
    // mixing services (or `*` next to other actions).
    expect(
      Object.keys(reasons).every((code) => ['several-services', 'star-with-others'].includes(code)),
    ).toBe(true);
    // The requests reach an Allow or a Deny for nearly every policy, so a change would show.
    expect(reachedADecision).toBeGreaterThan(representable * 0.95);
  }, 60_000);
});
