// The Entities attached tab: the users, groups and roles the policy is attached to, and those it
// is the permissions boundary of. Attach it to more; detach it from some.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { policyEntitiesQuery } from '../../../api/policies-api.js';
import type { PolicyEntity } from '../../../api/policies-types.js';
import type { ManagedPolicy } from '../../../api/types.js';
import { useFollow } from '../../../app/use-follow.js';
import { ErrorPanel } from '../../../components/error-panel.js';
import { AttachEntitiesModal, DetachEntitiesModal } from './entity-modals.js';
import { ENTITY_TYPE_LABELS, entityHref } from './entity-operations.js';

const entityKey = (e: PolicyEntity) => `${e.usage}:${e.entityType}:${e.name}`;

export function PolicyEntitiesTab({ policy }: { policy: ManagedPolicy }) {
  const follow = useFollow();
  const entities = useQuery(policyEntitiesQuery(policy.arn));
  const [selected, setSelected] = useState<PolicyEntity[]>([]);
  const [modal, setModal] = useState<'attach' | 'detach' | null>(null);
  const items = entities.data?.items ?? [];
  const attachedNames = items.filter((e) => e.usage === 'PermissionsPolicy');

  return (
    <>
      <Table
        items={items}
        trackBy={entityKey}
        loading={entities.isPending}
        loadingText="Loading entities"
        selectionType="multi"
        selectedItems={selected}
        onSelectionChange={({ detail }) => setSelected(detail.selectedItems)}
        isItemDisabled={(e) => e.usage !== 'PermissionsPolicy'}
        ariaLabels={{
          tableLabel: 'Entities attached',
          selectionGroupLabel: 'Select entities',
          allItemsSelectionLabel: () => 'Select all entities the policy is attached to',
          itemSelectionLabel: (_s, e) => `Select ${e.name} (${ENTITY_TYPE_LABELS[e.entityType]})`,
        }}
        header={
          <Header
            counter={entities.data ? `(${items.length}${entities.data.nextCursor ? '+' : ''})` : undefined}
            description="Identities that get this policy's permissions, or whose permissions it bounds."
            actions={
              policy.isAttachable ? (
                <SpaceBetween direction="horizontal" size="xs">
                  <Button
                    iconName="refresh"
                    ariaLabel="Refresh entities"
                    onClick={() => void entities.refetch()}
                  />
                  <Button disabled={selected.length === 0} onClick={() => setModal('detach')}>
                    Detach
                  </Button>
                  <Button variant="primary" onClick={() => setModal('attach')}>
                    Attach
                  </Button>
                </SpaceBetween>
              ) : undefined
            }
          >
            Entities attached
          </Header>
        }
        columnDefinitions={[
          {
            id: 'name',
            header: 'Entity name',
            isRowHeader: true,
            cell: (e) => (
              <Link href={entityHref(e.entityType, e.name)} onFollow={follow}>
                {e.name}
              </Link>
            ),
          },
          { id: 'type', header: 'Entity type', cell: (e) => ENTITY_TYPE_LABELS[e.entityType] },
          {
            id: 'usage',
            header: 'Attached as',
            cell: (e) => (e.usage === 'PermissionsPolicy' ? 'Permissions policy' : 'Permissions boundary'),
          },
        ]}
        empty={
          entities.error ? (
            <ErrorPanel error={entities.error} header="Entities could not be loaded" />
          ) : (
            <Box textAlign="center" color="inherit">
              <b>No entities attached</b>
              <Box variant="p" color="inherit">
                This policy is not attached to any user, group or role.
              </Box>
            </Box>
          )
        }
      />
      {modal === 'attach' ? (
        <AttachEntitiesModal policy={policy} attached={attachedNames} onDismiss={() => setModal(null)} />
      ) : null}
      {modal === 'detach' ? (
        <DetachEntitiesModal
          policy={policy}
          entities={selected}
          onDismiss={() => setModal(null)}
          onDetached={(keys) => setSelected((s) => s.filter((e) => !keys.includes(entityKey(e))))}
        />
      ) : null}
    </>
  );
}
