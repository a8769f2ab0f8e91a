// The dashboard's "Security recommendations": each rule met (green) or not (warning), with a
// link to where it is fixed. The facts come from GET /api/account/security.
import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../../api/api-error.js';
import { accountSecurityQuery, mfaDevicesQuery, SELF } from '../../api/credentials-api.js';
import { useFollow } from '../../app/use-follow.js';
import { ErrorPanel } from '../error-panel.js';
import { securityRecommendations, type RecommendationViewer } from './security-recommendations.js';

// Cloudscape's status text breaks anywhere (mid-word); recommendations wrap between words.
const WORDS = { wordBreak: 'normal', overflowWrap: 'break-word' } as const;

export function SecurityRecommendationsPanel({ viewer }: { viewer: 'root' | 'user' | 'assumed-role' }) {
  const root = viewer === 'root';
  const facts = useQuery(accountSecurityQuery());
  // An IAM user is told about their own MFA (the root user's is not theirs to fix).
  const ownDevices = useQuery({ ...mfaDevicesQuery(SELF), enabled: viewer === 'user', retry: false });
  const who: RecommendationViewer =
    viewer === 'user'
      ? { type: 'user', ownMfa: ownDevices.data ? ownDevices.data.some((d) => d.enableDate) : undefined }
      : { type: viewer };
  const follow = useFollow();
  // An IAM user without iam:GetAccountSummary has nothing to act on here.
  if (!root && facts.error instanceof ApiError && facts.error.isAccessDenied) return null;
  return (
    <Container header={<Header variant="h2">Security recommendations</Header>}>
      <SpaceBetween size="s">
        {root ? (
          <StatusIndicator type="warning">
            <span style={WORDS}>
              You are signed in as the root user. For everyday work,{' '}
              <Link href="/users/create" onFollow={follow}>
                create an IAM user
              </Link>{' '}
              with only the permissions needed.
            </span>
          </StatusIndicator>
        ) : null}
        {facts.isPending ? (
          <Spinner />
        ) : facts.error ? (
          <ErrorPanel error={facts.error} header="Security recommendations could not be loaded" />
        ) : (
          <ul aria-label="Security recommendations" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {securityRecommendations(facts.data, who).map((rec) => (
              <li key={rec.id} data-testid={`recommendation-${rec.id}`} style={{ marginBottom: 8 }}>
                <StatusIndicator type={rec.met ? 'success' : 'warning'}>
                  <span style={WORDS}>{rec.text}</span>
                </StatusIndicator>{' '}
                <Link href={rec.href} onFollow={follow}>
                  {rec.linkText}
                </Link>
                {!rec.met && rec.users && rec.users.length > 0 ? (
                  <Box variant="small" display="block" margin={{ left: 'l' }}>
                    {rec.users.map((name, i) => (
                      <span key={name}>
                        {i > 0 ? ', ' : null}
                        <Link
                          href={`/users/${encodeURIComponent(name)}?tab=security_credentials`}
                          onFollow={follow}
                          variant="secondary"
                        >
                          {name}
                        </Link>
                      </span>
                    ))}
                  </Box>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </SpaceBetween>
    </Container>
  );
}
