// The wildcard compression against the real catalog: whatever is chosen, the entries written
// match exactly the chosen actions and no other action of the service.
import { actionsByAccessLevel, type ServiceCatalog } from '@gatehouse/catalog';
import { defaultCatalogDir, loadService } from '@gatehouse/catalog/node';
import { matchesWildcard, policySize, POLICY_SIZE_LIMITS } from '@gatehouse/evaluator';
import { beforeAll, describe, expect, it } from 'vitest';
import { toggleCatalogActions } from '../action-selection.js';
import { compressActions } from './compress-actions.js';

const PREFIXES = ['ec2', 's3', 'iam', 'lambda', 'dynamodb', 'rds', 'kms'];
const services = new Map<string, ServiceCatalog>();

beforeAll(async () => {
  const dir = defaultCatalogDir();
  for (const prefix of PREFIXES) services.set(prefix, (await loadService(dir, prefix)) as ServiceCatalog);
});

const namesOf = (service: ServiceCatalog) => service.actions.map((a) => a.name);

/** The catalog actions the entries match, lowercase, sorted. */
function matched(entries: readonly string[], all: readonly string[]): string[] {
  const names = new Set(entries.filter((e) => !e.includes('*')).map((e) => e.toLowerCase()));
  const wildcards = entries.filter((e) => e.includes('*'));
  return all
    .filter(
      (name) => names.has(name.toLowerCase()) || wildcards.some((entry) => matchesWildcard(entry, name)),
    )
    .map((n) => n.toLowerCase())
    .sort();
}

const lowerSorted = (names: Iterable<string>) => [...names].map((n) => n.toLowerCase()).sort();

/** A deterministic pseudo-random generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('compressActions', () => {
  it('matches exactly the chosen actions for every access level of several services', () => {
    for (const [prefix, service] of services) {
      const all = namesOf(service);
      for (const group of actionsByAccessLevel(service)) {
        const chosen = group.actions.map((a) => a.name);
        const entries = compressActions(chosen, all);
        expect(matched(entries, all), `${prefix} ${group.accessLevel}`).toEqual(lowerSorted(chosen));
        expect(entries.length, `${prefix} ${group.accessLevel}`).toBeLessThanOrEqual(
          Math.max(1, chosen.length),
        );
      }
    }
  });

  it('matches exactly random choices, levels together and apart', () => {
    const next = random(7);
    for (const [prefix, service] of services) {
      const all = namesOf(service);
      for (let round = 0; round < 10; round++) {
        const density = next();
        const chosen = all.filter(() => next() < density);
        const entries = compressActions(chosen, all);
        expect(matched(entries, all), `${prefix} round ${round}`).toEqual(lowerSorted(chosen));
      }
    }
  });

  it('writes "All List actions" for EC2 in wildcards that fit a managed policy', () => {
    const ec2 = services.get('ec2')!;
    const list = actionsByAccessLevel(ec2).find((g) => g.accessLevel === 'List')!;
    expect(list.actions.length).toBeGreaterThan(150);
    const entries = compressActions(
      list.actions.map((a) => a.name),
      namesOf(ec2),
    );
    const text = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: entries.map((e) => `ec2:${e}`), Resource: '*' }],
    });
    expect(entries.length).toBeLessThan(list.actions.length / 4);
    expect(policySize(text)).toBeLessThan(POLICY_SIZE_LIMITS.managed);
    // Wildcards only where they cover two actions or more: one action is written by name.
    for (const entry of entries.filter((e) => e.endsWith('*'))) {
      expect(matched([entry], namesOf(ec2)).length, entry).toBeGreaterThanOrEqual(2);
    }
  });

  it('writes one chosen action by name, every action as `*`, nothing as nothing', () => {
    const s3 = namesOf(services.get('s3')!);
    expect(compressActions(['GetObject'], s3)).toEqual(['GetObject']);
    expect(compressActions(['getobject'], s3)).toEqual(['GetObject']);
    expect(compressActions(s3, s3)).toEqual(['*']);
    expect(compressActions([], s3)).toEqual([]);
    expect(compressActions(['NotInTheCatalog'], s3)).toEqual([]);
  });

  it('prefers one wildcard to the names it stands for only when it is shorter and exact', () => {
    const all = ['GetObject', 'GetObjectAcl', 'GetBucket', 'PutObject'];
    expect(compressActions(['GetObject', 'GetObjectAcl'], all)).toEqual(['GetObject*']);
    expect(compressActions(['GetObject', 'GetObjectAcl', 'GetBucket'], all)).toEqual(['Get*']);
    expect(compressActions(['GetObject', 'GetBucket'], all)).toEqual(['GetBucket', 'GetObject']);
  });
});

describe('toggleCatalogActions', () => {
  const all = ['GetObject', 'GetObjectAcl', 'GetBucket', 'PutObject'];

  it('adds and removes through wildcards, keeping names the catalog does not know', () => {
    const withGets = toggleCatalogActions(
      ['NewAction'],
      ['GetObject', 'GetObjectAcl', 'GetBucket'],
      true,
      all,
    );
    expect(withGets).toEqual(['Get*', 'NewAction']);
    // Unchoosing one action a wildcard covers rewrites the wildcard into what is left.
    expect(toggleCatalogActions(withGets, ['GetBucket'], false, all)).toEqual(['GetObject*', 'NewAction']);
    expect(toggleCatalogActions(['Get*'], ['PutObject'], true, all)).toEqual(['*']);
  });
});
