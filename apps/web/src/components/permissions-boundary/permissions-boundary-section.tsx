// "Permissions boundary": a managed policy that caps what a user's or role's identity policies
// can grant. Set one (pick a single policy), change it, or remove it.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { lazy, Suspense, useState } from 'react';
import type { PermissionsBoundary } from '@gatehouse/contracts/iam/fields';
import { useFollow } from '../../app/use-follow.js';
import type { BoundaryTarget } from './boundary-modals.js';

// The dialogs (and the policy picker in them) load when one opens.
const SetBoundaryModal = lazy(async () => ({
  default: (await import('./boundary-modals.js')).SetBoundaryModal,
}));
const RemoveBoundaryModal = lazy(async () => ({
  default: (await import('./boundary-modals.js')).RemoveBoundaryModal,
}));

export function PermissionsBoundarySection(props: {
  target: BoundaryTarget;
  boundary: PermissionsBoundary | null | undefined;
}) {
  const { target } = props;
  const follow = useFollow();
  const [modal, setModal] = useState<'set' | 'remove' | null>(null);
  const boundary = props.boundary ?? null;
  const boundaryName = boundary ? (boundary.policyName ?? boundary.policyArn.split('/').pop()) : undefined;

  return (
    <Container
      header={
        <Header
          variant="h2"
          description={`A managed policy that sets the most permissions the ${target.kind}'s identity policies can grant.`}
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              {boundary ? <Button onClick={() => setModal('remove')}>Remove boundary</Button> : null}
              <Button onClick={() => setModal('set')}>
                {boundary ? 'Change boundary' : 'Set permissions boundary'}
              </Button>
            </SpaceBetween>
          }
        >
          {boundary ? 'Permissions boundary (set)' : 'Permissions boundary (not set)'}
        </Header>
      }
    >
      {boundary ? (
        <KeyValuePairs
          columns={2}
          items={[
            {
              label: 'Policy name',
              value: (
                <Link href={`/policies/${encodeURIComponent(boundary.policyArn)}`} onFollow={follow}>
                  {boundaryName}
                </Link>
              ),
            },
            { label: 'Policy ARN', value: boundary.policyArn },
          ]}
        />
      ) : (
        <Box color="text-body-secondary">
          No boundary: the {target.kind}&apos;s identity policies alone decide what it may do.
        </Box>
      )}
      <Suspense fallback={null}>
        {modal === 'set' ? (
          <SetBoundaryModal target={target} current={boundary?.policyArn} onDismiss={() => setModal(null)} />
        ) : null}
        {modal === 'remove' && boundaryName ? (
          <RemoveBoundaryModal target={target} policyName={boundaryName} onDismiss={() => setModal(null)} />
        ) : null}
      </Suspense>
    </Container>
  );
}
