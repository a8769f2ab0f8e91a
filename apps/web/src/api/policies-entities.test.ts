import { describe, expect, it } from 'vitest';
import { policyEntities } from './policies-entities.js';

describe('policyEntities', () => {
  it("reads AWS's three lists with entity names and ids", () => {
    expect(
      policyEntities({
        users: [{ userName: 'jeff', userId: 'AIDAEXAMPLE0000000001' }],
        groups: [{ groupName: 'admins' }],
        roles: ['ci'],
      }),
    ).toEqual([
      { type: 'user', name: 'jeff', id: 'AIDAEXAMPLE0000000001' },
      { type: 'group', name: 'admins' },
      { type: 'role', name: 'ci' },
    ]);
  });

  it('reads a flat page of typed items', () => {
    expect(
      policyEntities({
        items: [
          { type: 'Role', name: 'ci' },
          { entityType: 'user', entityName: 'jeff' },
          { type: 'bucket', name: 'ignored' },
        ],
      }),
    ).toEqual([
      { type: 'role', name: 'ci' },
      { type: 'user', name: 'jeff' },
    ]);
  });

  it('answers nothing for an empty or unexpected body', () => {
    expect(policyEntities({})).toEqual([]);
    expect(policyEntities(undefined)).toEqual([]);
    expect(policyEntities({ users: [{ nope: 1 }] })).toEqual([]);
  });
});
