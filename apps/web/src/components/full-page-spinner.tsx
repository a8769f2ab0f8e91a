import Box from '@cloudscape-design/components/box';
import Spinner from '@cloudscape-design/components/spinner';

export function FullPageSpinner({ label }: { label: string }) {
  return (
    <Box textAlign="center" padding={{ top: 'xxxl' }}>
      <span role="status" aria-live="polite">
        <Spinner size="large" /> <Box variant="span">{label}</Box>
      </span>
    </Box>
  );
}
