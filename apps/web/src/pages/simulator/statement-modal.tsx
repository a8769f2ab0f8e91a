// "View statement": the policy of an explanation in a modal, the statement highlighted and
// scrolled into view, named in the title, with a link to the policy's own page.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Link from '@cloudscape-design/components/link';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useFollow } from '../../app/use-follow.js';
import { policyPageHref } from '../../components/statement-viewer/policy-page-href.js';
import { StatementViewer } from '../../components/statement-viewer/statement-viewer.js';
import type { SimulationPolicy } from '../../api/simulator-run.js';
import { statementName, type StatementTarget } from './simulation-results.js';

export function StatementModal(props: {
  policy?: SimulationPolicy;
  target?: StatementTarget;
  onDismiss: () => void;
}) {
  const follow = useFollow();
  const { policy, target } = props;
  const href = policy && policyPageHref(policy.id);
  const title = policy && target ? `${policy.name}: ${statementName(target.statement)}` : '';
  return (
    <Modal
      visible={!!policy && !!target}
      onDismiss={props.onDismiss}
      header={title}
      closeAriaLabel="Close"
      size="large"
      footer={
        <Box float="right">
          <Button variant="primary" onClick={props.onDismiss}>
            Close
          </Button>
        </Box>
      }
    >
      {policy && target ? (
        <SpaceBetween size="s">
          <SpaceBetween direction="horizontal" size="m" alignItems="center">
            <Box>
              {target.statement.effect} statement,{' '}
              {target.statement.applies ? 'applies to the request' : 'does not apply to the request'} (
              {policy.category === 'boundary' ? 'permissions boundary' : 'identity policy'})
            </Box>
            {href ? (
              <Link
                href={href}
                onFollow={(event) => {
                  props.onDismiss();
                  follow(event);
                }}
              >
                Open the policy’s page
              </Link>
            ) : null}
          </SpaceBetween>
          <StatementViewer
            document={policy.document}
            kind={policy.category}
            statementIndex={target.statement.index}
            range={target.statement.range}
            label={`${title}, highlighted in the policy`}
          />
        </SpaceBetween>
      ) : null}
    </Modal>
  );
}
