import { describe, expect, it } from 'vitest';
import type { WhoAmI } from '../../api/types.js';
import { recallRoleHistory, rememberRole, roleHistoryOwner, type RoleHistoryEntry } from './role-history.js';

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, v),
  };
}

const ALICE = 'arn:aws:iam::111111111111:user/alice';
const role = (roleName: string, account = 'dev'): RoleHistoryEntry => ({
  account,
  roleName,
  displayName: `${roleName} @ ${account}`,
  color: 'green',
});

describe('role history', () => {
  it('is empty until a role is switched to', () => {
    expect(recallRoleHistory(memoryStorage(), ALICE)).toEqual([]);
  });

  it('keeps the newest first, the same role once (names ignoring case), at most five', () => {
    const storage = memoryStorage();
    for (const name of ['R1', 'R2', 'R3', 'R4', 'R5', 'R6']) rememberRole(storage, ALICE, role(name));
    rememberRole(storage, ALICE, { ...role('r4', 'DEV'), displayName: 'again', color: null });
    expect(recallRoleHistory(storage, ALICE).map((e) => [e.roleName, e.displayName])).toEqual([
      ['r4', 'again'],
      ['R6', 'R6 @ dev'],
      ['R5', 'R5 @ dev'],
      ['R3', 'R3 @ dev'],
      ['R2', 'R2 @ dev'],
    ]);
  });

  it('keeps one list per user, also while the user acts as a role', () => {
    const storage = memoryStorage();
    rememberRole(storage, ALICE, role('Audit'));
    expect(recallRoleHistory(storage, 'arn:aws:iam::111111111111:user/bob')).toEqual([]);
    const switched = {
      type: 'assumed-role',
      arn: 'arn:aws:sts::222222222222:assumed-role/Audit/alice',
      role: { sourceArn: ALICE },
    } as WhoAmI;
    expect(roleHistoryOwner(switched)).toBe(ALICE);
    expect(roleHistoryOwner({ type: 'user', arn: ALICE } as WhoAmI)).toBe(ALICE);
  });

  it('reads a corrupt or foreign entry as nothing, and fills a missing display name with the default', () => {
    const storage = memoryStorage();
    storage.setItem(`gatehouse.roleHistory:${ALICE}`, '{not json');
    expect(recallRoleHistory(storage, ALICE)).toEqual([]);
    storage.setItem(
      `gatehouse.roleHistory:${ALICE}`,
      JSON.stringify([{ account: 'dev', roleName: 'Audit', color: 'purple' }, { roleName: 'x' }, 7]),
    );
    expect(recallRoleHistory(storage, ALICE)).toEqual([
      { account: 'dev', roleName: 'Audit', displayName: 'Audit @ dev', color: null },
    ]);
  });

  it('still switches when storage refuses to write', () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(rememberRole(full, ALICE, role('Audit'))).toHaveLength(1);
  });
});
