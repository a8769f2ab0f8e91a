// Attach a policy to users, groups and roles (one picker per kind, selections kept across the
// tabs), and detach it from the entities selected in the table.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Tabs from '@cloudscape-design/components/tabs';
import { useState } from 'react';
import type { PolicyEntity } from '../../../api/policies-types.js';
import type { ManagedPolicy } from '../../../api/types.js';
import { useWriteMutation } from '../../../api/use-write-mutation.js';
import { useNotifications } from '../../../app/notifications.js';
import { RolePicker } from '../../../components/pickers/role-picker.js';
import { UserPicker } from '../../../components/pickers/user-picker.js';
import { errorSummary } from '../../../components/format-api-error.js';
import { GroupPicker } from '../../../components/pickers/group-picker.js';
import {
  attachToEntity,
  detachFromEntity,
  ENTITY_TYPE_LABELS,
  type EntityType,
} from './entity-operations.js';

interface Target {
  type: EntityType;
  name: string;
}

/**
 * One mutation per batch: a call per entity (a failure names its entity), then one refresh of the
 * invalidation map's policy entry, which covers the users, groups and roles it was attached to.
 */
function useEntityChanges(
  change: (t: Target) => Promise<unknown>,
  failed: string,
  onDone: (done: Target[]) => void,
) {
  const { notify } = useNotifications();
  return useWriteMutation('policy', {
    mutationFn: async (targets: Target[]) => {
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
      return done;
    },
    onSuccess: onDone,
  });
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
  const { notify } = useNotifications();
  const attach = useEntityChanges(
    (t) => attachToEntity(t.type, t.name, policy.arn),
    'not attached',
    (done) => {
      if (done.length) {
        notify({
          type: 'success',
          content: `${policy.policyName} attached to ${done.map((t) => t.name).join(', ')}.`,
        });
      }
      onDismiss();
    },
  );
  const saving = attach.isPending;
  const already = (type: EntityType) => attached.filter((e) => e.entityType === type).map((e) => e.name);
  const targets: Target[] = [
    ...users.map((name) => ({ type: 'user' as const, name })),
    ...groups.map((name) => ({ type: 'group' as const, name })),
    ...roles.map((name) => ({ type: 'role' as const, name })),
  ];

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
              onClick={() => attach.mutate(targets)}
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
  const { notify } = useNotifications();
  const detach = useEntityChanges(
    (t) => detachFromEntity(t.type, t.name, policy.arn),
    'not detached',
    (done) => {
      if (done.length) {
        notify({
          type: 'success',
          content: `${policy.policyName} detached from ${done.map((t) => t.name).join(', ')}.`,
        });
      }
      onDetached(done.map((t) => `PermissionsPolicy:${t.type}:${t.name}`));
      onDismiss();
    },
  );
  const saving = detach.isPending;
  const targets = entities
    .filter((e) => e.usage === 'PermissionsPolicy')
    .map((e) => ({ type: e.entityType, name: e.name }));

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
            <Button variant="primary" loading={saving} onClick={() => detach.mutate(targets)}>
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
