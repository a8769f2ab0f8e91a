// The permissions summary of a user or role: every identity policy that applies (inline,
// managed, via groups) summarised together, each row naming the policies behind it; the
// permissions boundary summarised on its own, since it grants nothing and only caps. Pure.
import { parsePolicy } from '@gatehouse/evaluator';
import {
  servicesToLoad,
  summarizePolicies,
  type PolicySummary,
  type ServiceSummary,
  type SummaryCatalog,
  type SummaryPolicyRef,
  type SummarySource,
} from './summarize-policy.js';

/** What GET `/api/{users,roles}/:name/effective-policies` gives per policy (the fields used here). */
export interface EffectivePolicyInput {
  id: string;
  policyName: string;
  category: 'identity' | 'boundary';
  source: { kind: string; groupName?: string };
  document: string;
}

export interface EffectiveSummary {
  /** What the identity policies allow and deny together. */
  permissions: PolicySummary;
  /** The permissions boundary, when one is set: what it allows is the most the identity policies can grant. */
  boundary?: { policies: SummaryPolicyRef[]; summary: PolicySummary };
  /** Policies whose text does not parse (left out of the summary). */
  unreadable: SummaryPolicyRef[];
}

/** How a row names the policy behind it: `AdminAccess`, `inline: s3-read`, `via group admins: AdminAccess`. */
export function effectivePolicyLabel(p: Pick<EffectivePolicyInput, 'policyName' | 'source'>): string {
  const inline = p.source.kind.endsWith('-inline');
  const name = inline ? `${p.policyName} (inline)` : p.policyName;
  if (p.source.groupName !== undefined) return `via group ${p.source.groupName}: ${name}`;
  return name;
}

interface Sources {
  identity: SummarySource[];
  boundary: SummarySource[];
  unreadable: SummaryPolicyRef[];
}

/** Parsed documents by role (identity or boundary), with the ones that do not parse set aside. */
export function effectiveSources(items: readonly EffectivePolicyInput[]): Sources {
  const out: Sources = { identity: [], boundary: [], unreadable: [] };
  for (const item of items) {
    const policy = { id: item.id, label: effectivePolicyLabel(item) };
    const { document, diagnostics } = parsePolicy(item.document);
    // The server refuses such text, so this is an old or damaged row: better unsummarised than half read.
    if (!document || diagnostics.some((d) => d.severity === 'error')) out.unreadable.push(policy);
    else out[item.category].push({ document, policy });
  }
  return out;
}

/** Service chunks the summary of an effective set needs (identity and boundary). */
export function effectiveServicesToLoad(
  items: readonly EffectivePolicyInput[],
  index: SummaryCatalog['index'],
): string[] {
  const { identity, boundary } = effectiveSources(items);
  return servicesToLoad([...identity, ...boundary], index);
}

export function summarizeEffectivePolicies(
  items: readonly EffectivePolicyInput[],
  catalog: SummaryCatalog,
): EffectiveSummary {
  const sources = effectiveSources(items);
  const summary: EffectiveSummary = {
    permissions: summarizePolicies(sources.identity, catalog),
    unreadable: sources.unreadable,
  };
  if (sources.boundary.length > 0) {
    summary.boundary = {
      policies: sources.boundary.map((s) => s.policy!),
      summary: summarizePolicies(sources.boundary, catalog),
    };
  }
  return summary;
}

/**
 * How much of an allowed row the boundary lets through, by action name only (the boundary's
 * own resources and conditions apply on top): every action, some, or none.
 */
export type BoundaryCoverage =
  | { kind: 'all' }
  | { kind: 'some'; allowed: number; of: number }
  | { kind: 'none' }
  /** Every service, or a service the catalog does not know: only what the boundary allows of it. */
  | { kind: 'limited' };

/** Whether the boundary's Allow statements name an action (by name; their resources and conditions aside). */
export function boundaryAllowsAction(prefix: string, actionName: string, boundary: PolicySummary): boolean {
  const everyService = boundary.allow.find((r) => r.prefix === '*');
  const same = boundary.allow.find((r) => r.prefix === prefix);
  if (everyService && (everyService.name === 'All services' || !same)) return true;
  const lower = actionName.toLowerCase();
  return !!same?.actions.some((a) => a.name.toLowerCase() === lower);
}

export function boundaryCoverage(row: ServiceSummary, boundary: PolicySummary): BoundaryCoverage {
  const everyService = boundary.allow.find((r) => r.prefix === '*');
  const same = boundary.allow.find((r) => r.prefix === row.prefix);
  // `Action: "*"` in the boundary, or NotAction naming other services only.
  if (everyService && (everyService.name === 'All services' || !same)) return { kind: 'all' };
  if (row.prefix === '*') return boundary.allow.length > 0 ? { kind: 'limited' } : { kind: 'none' };
  if (!row.recognized) return same || everyService ? { kind: 'limited' } : { kind: 'none' };
  const granted = row.actions.filter((a) => a.recognized);
  const allowed = granted.filter((a) => boundaryAllowsAction(row.prefix, a.name, boundary)).length;
  if (allowed === granted.length) return { kind: 'all' };
  return allowed === 0 ? { kind: 'none' } : { kind: 'some', allowed, of: granted.length };
}
