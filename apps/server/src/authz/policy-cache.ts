import type { CompiledPolicySet } from '@gatehouse/evaluator';
import type { OrgFacts } from './scp-levels.js';

/** What authorisation needs about one principal, compiled once and reused. */
export interface CachedPrincipal {
  /** The account's authzVersion when this entry was built. */
  version: bigint;
  compiled: CompiledPolicySet;
  /** The principal's tags, for `aws:PrincipalTag/*`. */
  tags: Record<string, string>;
  /** A stored policy failed to parse: refuse everything rather than guess. */
  broken: boolean;
  /** The account's organization (for aws:PrincipalOrgID…); its SCPs are compiled into `compiled`. */
  org?: OrgFacts;
}

/**
 * Compiled policy sets per principal, bounded (least recently used goes first). An entry is
 * only used while its version equals the account's current authzVersion, which every change
 * to policies, attachments, memberships, boundaries or principal tags bumps.
 */
export class PolicyCache {
  private readonly entries = new Map<string, CachedPrincipal>();

  constructor(private readonly maxEntries = 10_000) {}

  get(principalKey: string, version: bigint): CachedPrincipal | undefined {
    const entry = this.entries.get(principalKey);
    if (!entry) return undefined;
    if (entry.version !== version) {
      this.entries.delete(principalKey);
      return undefined;
    }
    this.entries.delete(principalKey);
    this.entries.set(principalKey, entry);
    return entry;
  }

  set(principalKey: string, entry: CachedPrincipal): void {
    this.entries.delete(principalKey);
    this.entries.set(principalKey, entry);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
