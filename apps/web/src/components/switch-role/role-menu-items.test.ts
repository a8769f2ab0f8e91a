import { describe, expect, it } from 'vitest';
import type { WhoAmI } from '../../api/types.js';
import type { RoleHistoryEntry } from './role-history.js';
import { historyEntryOfItem, roleMenuItems } from './role-menu-items.js';

const ALICE = 'arn:aws:iam::111111111111:user/alice';
const base = {
  accountId: '111111111111',
  alias: 'security',
  signInUrl: '',
  passwordResetRequired: false,
  organizationRole: null,
};
const user: WhoAmI = { ...base, type: 'user', arn: ALICE, userName: 'alice' };
const root: WhoAmI = { ...base, type: 'root', arn: 'arn:aws:iam::111111111111:root' };
const switched: WhoAmI = {
  ...base,
  type: 'assumed-role',
  accountId: '222222222222',
  alias: 'dev',
  arn: 'arn:aws:sts::222222222222:assumed-role/Audit/alice',
  role: {
    roleName: 'Audit',
    roleArn: 'arn:aws:iam::222222222222:role/Audit',
    sessionName: 'alice',
    displayName: 'Audit @ dev',
    color: 'green',
    sourceArn: ALICE,
    expiresAt: '2026-12-07T00:00:00.000Z',
  },
};
const history: RoleHistoryEntry[] = [
  { account: 'dev', roleName: 'audit', displayName: 'audit @ dev', color: 'green' },
  { account: '333333333333', roleName: 'Deploy', displayName: 'Prod deploy', color: null },
];
const noIcon = () => undefined;
const ids = (items: ReturnType<typeof roleMenuItems>['actions']) =>
  items.map((item) =>
    'items' in item ? `${item.text}: ${item.items.map((i) => i.text).join(', ')}` : item.id,
  );

describe('the account menu’s switch role entries', () => {
  it('offers the root user nothing: AWS does not let root assume roles', () => {
    expect(roleMenuItems(root, history, noIcon)).toEqual({ identity: [], actions: [] });
  });

  it('offers an IAM user Switch role and the whole history', () => {
    const items = roleMenuItems(user, history, noIcon);
    expect(items.identity).toEqual([]);
    expect(ids(items.actions)).toEqual(['switch-role', 'Role history: audit @ dev, Prod deploy']);
    expect(historyEntryOfItem('role-history-1', user, history)).toBe(history[1]);
    const group = items.actions[1] as unknown as { items: { secondaryText?: string }[] };
    expect(group.items.map((i) => i.secondaryText)).toEqual([undefined, 'Deploy @ 333333333333']);
  });

  it('shows a switched session where it came from, Switch back, and the history without the active role', () => {
    const items = roleMenuItems(switched, history, noIcon);
    expect(items.identity.map((i) => i.text)).toEqual([`Switched from: ${ALICE}`]);
    expect(ids(items.actions)).toEqual(['switch-back', 'switch-role', 'Role history: Prod deploy']);
    expect(historyEntryOfItem('role-history-0', switched, history)).toBe(history[1]);
    expect(historyEntryOfItem('switch-role', switched, history)).toBeUndefined();
  });
});
