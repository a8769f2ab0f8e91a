// What the router shows around pages: while the first page's code loads, and when a page throws.
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import { useRouteError } from 'react-router';
import { FullPageSpinner } from '../components/full-page-spinner.js';

export function RouteLoading() {
  return <FullPageSpinner label="Loading" />;
}

export function RouteError() {
  const error = useRouteError();
  const message = error instanceof Error ? error.message : String(error);
  return (
    <Box padding="xxl">
      <Alert
        type="error"
        header="This page could not be shown"
        action={<Button onClick={() => window.location.reload()}>Reload</Button>}
      >
        {message}. If Gatehouse was just upgraded, reloading fetches the new version.
      </Alert>
    </Box>
  );
}
