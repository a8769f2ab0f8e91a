// Attach a policy to users, groups and roles (one picker per kind, selections kept across the
// tabs), and detach it from the entities selected in the table.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Tabs from '@cloudscape-design/components/tabs';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { policyDetailKey } from '../../../api/policies-api.js';
import type { PolicyEntity } from '../../../api/policies-types.js';
import type { ManagedPolicy } from '../../../api/types.js';
import { useNotifications } from '../../../app/notifications.js';
import { RolePicker } from '../../../components/entity-pickers/role-picker.js';
import { UserPicker } from '../../../components/entity-pickers/user-picker.js';
import { errorSummary } from '../../../components/format-api-error.js';
import { GroupPicker } from '../../../components/pickers/group-picker.js';
import {
  attachToEntity,
  detachFromEntity,
  entityCacheKey,
  ENTITY_TYPE_LABELS,
  type EntityType,
} from './entity-operations.js';

interface Target {
  type: EntityType;
  name: string;
}

/** Runs one call per entity, reports each failure by name, refreshes the policy and the entities. */
function useEntityChanges(policy: ManagedPolicy) {
  const queryClient = useQueryClient();
  const { notify } = useNotifications();
  return async (targets: Target[], change: (t: Target) => Promise<unknown>, failed: string) => {
    const done: Target[] = [];
    for (const target of targets) {
      try {
        await change(target);
        done.push(target);
      } catch (error) {
        notify({
          type: 'error',
          header: `${ENTITY_TYPE_LABELS[target.type]} ${target.name}: ${failed}`,
          content: errorSummary(error),
        });
      }
    }
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: policyDetailKey(policy.arn) }),
      queryClient.invalidateQueries({ queryKey: ['policies', 'list'] }),
      ...done.map((t) => queryClient.invalidateQueries({ queryKey: entityCacheKey(t.type, t.name) })),
    ]);
    return done;
  };
}

interface AttachEntitiesModalProps {
  policy: ManagedPolicy;
  /** Entities the policy is attached to already. */
  attached: PolicyEntity[];
  onDismiss: () => void;
}

export function AttachEntitiesModal({ policy, attached, onDismiss }: AttachEntitiesModalProps) {
  const [users, setUsers] = useState<string[]>([]);
  const [groups, setGroups] = useState<string[]>([]);
  const [roles, setRoles] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const run = useEntityChanges(policy);
  const { notify } = useNotifications();
  const already = (type: EntityType) => attached.filter((e) => e.entityType === type).map((e) => e.name);
  const targets: Target[] = [
    ...users.map((name) => ({ type: 'user' as const, name })),
    ...groups.map((name) => ({ type: 'group' as const, name })),
    ...roles.map((name) => ({ type: 'role' as const, name })),
  ];

  async function attach() {
    setSaving(true);
    const done = await run(targets, (t) => attachToEntity(t.type, t.name, policy.arn), 'not attached');
    if (done.length) {
      notify({
        type: 'success',
        content: `${policy.policyName} attached to ${done.map((t) => t.name).join(', ')}.`,
      });
    }
    onDismiss();
  }

  return (
    <Modal
      visible
      size="max"
      header={`Attach ${policy.policyName}`}
      onDismiss={onDismiss}
      closeAriaLabel="Close dialog"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onDismiss} disabled={saving}>
              Cancel
            </Button>
            <Button
              variant="primary"
              disabled={targets.length === 0}
              loading={saving}
              onClick={() => void attach()}
            >
              {targets.length > 0 ? `Attach policy (${targets.length})` : 'Attach policy'}
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <Tabs
        ariaLabel="Entity types"
        tabs={[
          {
            id: 'users',
            label: `Users${users.length ? ` (${users.length})` : ''}`,
            content: (
              <UserPicker
                selected={users}
                onChange={setUsers}
                unavailable={already('user')}
                unavailableText="already attached"
              />
            ),
          },
          {
            id: 'groups',
            label: `User groups${groups.length ? ` (${groups.length})` : ''}`,
            content: <GroupPicker selected={groups} onChange={setGroups} member={already('group')} />,
          },
          {
            id: 'roles',
            label: `Roles${roles.length ? ` (${roles.length})` : ''}`,
            content: (
              <RolePicker
                selected={roles}
                onChange={setRoles}
                unavailable={already('role')}
                unavailableText="already attached"
              />
            ),
          },
        ]}
      />
    </Modal>
  );
}

interface DetachEntitiesModalProps {
  policy: ManagedPolicy;
  entities: PolicyEntity[];
  onDismiss: () => void;
  onDetached: (keys: string[]) => void;
}

export function DetachEntitiesModal({ policy, entities, onDismiss, onDetached }: DetachEntitiesModalProps) {
  const [saving, setSaving] = useState(false);
  const run = useEntityChanges(policy);
  const { notify } = useNotifications();
  const targets = entities
    .filter((e) => e.usage === 'PermissionsPolicy')
    .map((e) => ({ type: e.entityType, name: e.name }));

  async function detach() {
    setSaving(true);
    const done = await run(targets, (t) => detachFromEntity(t.type, t.name, policy.arn), 'not detached');
    if (done.length) {
      notify({
        type: 'success',
        content: `${policy.policyName} detached from ${done.map((t) => t.name).join(', ')}.`,
      });
    }
    onDetached(done.map((t) => `PermissionsPolicy:${t.type}:${t.name}`));
    onDismiss();
  }

  return (
    <Modal
      visible
      header={
        targets.length === 1 ? `Detach from ${targets[0]!.name}?` : `Detach from ${targets.length} entities?`
      }
      onDismiss={onDismiss}
      closeAriaLabel="Close dialog"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onDismiss} disabled={saving}>
              Cancel
            </Button>
            <Button variant="primary" loading={saving} onClick={() => void detach()}>
              Detach
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="s">
        <Box variant="p">These identities lose the permissions {policy.policyName} grants them.</Box>
        <ul aria-label="Entities to detach from">
          {targets.map((t) => (
            <li key={`${t.type}:${t.name}`}>
              <Box variant="code">{t.name}</Box> ({ENTITY_TYPE_LABELS[t.type]})
            </li>
          ))}
        </ul>
      </SpaceBetween>
    </Modal>
  );
}
