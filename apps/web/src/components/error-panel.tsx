// How a failed query or action looks everywhere in the console. An AccessDenied answer shows
// AWS's denial message with the action and resource so the user can ask for exactly that.
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { ApiError } from '../api/api-error.js';
import { formatApiError } from './format-api-error.js';

interface ErrorPanelProps {
  error: unknown;
  /** What failed, e.g. "Users could not be loaded"; the error's own header is used otherwise. */
  header?: string;
  onRetry?: () => void;
}

export function ErrorPanel({ error, header, onRetry }: ErrorPanelProps) {
  if (error instanceof ApiError && error.isAccessDenied) return <AccessDeniedAlert error={error} />;
  const formatted = formatApiError(error);
  return (
    <div role="alert">
      <Alert
        type="error"
        header={header ?? formatted.header}
        action={onRetry ? <Button onClick={onRetry}>Retry</Button> : undefined}
      >
        {header && formatted.code ? `${formatted.header}: ` : ''}
        {formatted.message}
      </Alert>
    </div>
  );
}

// Both panels sit in a `role="alert"` wrapper (Cloudscape's Alert is a plain group) so screen
// readers announce the failure when it appears.
export function AccessDeniedAlert({ error }: { error: ApiError }) {
  return (
    <div role="alert">
      <Alert type="error" header="Access denied">
        <SpaceBetween size="xs">
          <Box variant="p">
            You don&apos;t have the permission required to perform this operation. Ask your administrator to
            add permissions.
          </Box>
          <Box variant="code" display="block" data-testid="access-denied-message">
            {error.message}
          </Box>
          {error.action || error.resource ? (
            <Box variant="small">
              {error.action ? (
                <>
                  Action: <Box variant="code">{error.action}</Box>
                </>
              ) : null}
              {error.action && error.resource ? ' · ' : null}
              {error.resource ? (
                <>
                  Resource: <Box variant="code">{error.resource}</Box>
                </>
              ) : null}
            </Box>
          ) : null}
        </SpaceBetween>
      </Alert>
    </div>
  );
}
