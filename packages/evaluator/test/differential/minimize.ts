// Shrinks a disagreeing case to a minimal one that still disagrees: drops policies, statements,
// condition clauses, list values and context keys one at a time while the disagreement holds.
import { statementsOf } from './case-policies.js';
import { compareCase } from './compare-case.js';
import type { DiffCase } from './generate/generate-case.js';
import type { GeneratedPolicy, PolicyJson, StatementJson } from './generate/policies.js';

type Shrink = (c: DiffCase) => DiffCase[];

function withText(p: GeneratedPolicy, json: PolicyJson): GeneratedPolicy {
  return { ...p, json, text: JSON.stringify(json, null, 2) };
}

const dropPolicies: Shrink = (c) => {
  const out: DiffCase[] = [];
  c.identity.forEach((_, i) => out.push({ ...c, identity: c.identity.filter((_, j) => j !== i) }));
  const without = (key: 'resource' | 'boundary' | 'session' | 'scp') => {
    const copy = { ...c };
    delete copy[key];
    return copy;
  };
  if (c.resource) out.push(without('resource'));
  if (c.boundary) out.push(without('boundary'));
  if (c.session) out.push(without('session'));
  if (c.scp) {
    out.push(without('scp'));
    c.scp.forEach((level, i) => {
      if (c.scp!.length > 1) out.push({ ...c, scp: c.scp!.filter((_, j) => j !== i) });
      level.forEach((_, k) => {
        if (level.length > 1)
          out.push({ ...c, scp: c.scp!.map((l, j) => (j === i ? l.filter((_, m) => m !== k) : l)) });
      });
    });
  }
  return out;
};

/** Variants of one statement: fewer condition clauses, single-element lists. */
function statementVariants(s: StatementJson): StatementJson[] {
  const out: StatementJson[] = [];
  const condition = s.Condition as Record<string, Record<string, unknown>> | undefined;
  if (condition) {
    const { Condition: _dropped, ...bare } = s;
    out.push(bare as StatementJson);
    for (const [op, byKey] of Object.entries(condition)) {
      for (const key of Object.keys(byKey)) {
        const next = structuredClone(condition);
        delete next[op]![key];
        if (Object.keys(next[op]!).length === 0) delete next[op];
        out.push({ ...s, Condition: next });
        const values = byKey[key];
        if (Array.isArray(values) && values.length > 1) {
          for (const v of values)
            out.push({ ...s, Condition: { ...structuredClone(condition), [op]: { ...byKey, [key]: v } } });
        }
      }
    }
  }
  for (const element of ['Action', 'NotAction', 'Resource', 'NotResource']) {
    const values = s[element];
    if (Array.isArray(values) && values.length > 1) for (const v of values) out.push({ ...s, [element]: v });
  }
  return out;
}

function policyVariants(p: GeneratedPolicy): GeneratedPolicy[] {
  const statements = statementsOf(p.json);
  const out: GeneratedPolicy[] = [];
  statements.forEach((s, i) => {
    if (statements.length > 1)
      out.push(withText(p, { ...p.json, Statement: statements.filter((_, j) => j !== i) }));
    for (const variant of statementVariants(s)) {
      out.push(withText(p, { ...p.json, Statement: statements.map((t, j) => (j === i ? variant : t)) }));
    }
  });
  return out;
}

const shrinkStatements: Shrink = (c) => {
  const out: DiffCase[] = [];
  c.identity.forEach((p, i) => {
    for (const v of policyVariants(p))
      out.push({ ...c, identity: c.identity.map((q, j) => (j === i ? v : q)) });
  });
  for (const key of ['resource', 'boundary', 'session'] as const) {
    const p = c[key];
    if (p) for (const v of policyVariants(p)) out.push({ ...c, [key]: v });
  }
  c.scp?.forEach((level, i) =>
    level.forEach((p, k) => {
      for (const v of policyVariants(p)) {
        out.push({ ...c, scp: c.scp!.map((l, j) => (j === i ? l.map((q, m) => (m === k ? v : q)) : l)) });
      }
    }),
  );
  return out;
};

const dropContextKeys: Shrink = (c) =>
  Object.keys(c.request.context).map((key) => {
    const context = { ...c.request.context };
    delete context[key];
    return { ...c, request: { ...c.request, context } };
  });

export async function minimize(c: DiffCase, budget = 400): Promise<DiffCase> {
  let current = c;
  let tries = 0;
  let progress = true;
  while (progress && tries < budget) {
    progress = false;
    for (const shrink of [dropPolicies, shrinkStatements, dropContextKeys]) {
      for (const candidate of shrink(current)) {
        if (++tries > budget) break;
        if ((await compareCase(candidate)).kind === 'disagree') {
          current = candidate;
          progress = true;
          break;
        }
      }
      if (progress) break;
    }
  }
  return current;
}
