// A read-only side-by-side comparison of two policy versions (Monaco's diff editor, lazily loaded).
import Box from '@cloudscape-design/components/box';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Spinner from '@cloudscape-design/components/spinner';
import { lazy, Suspense } from 'react';
import { formatPolicyText } from './format-policy-text.js';

const MonacoPolicyDiff = lazy(async () => ({
  default: (await import('./monaco-policy-diff.js')).MonacoPolicyDiff,
}));

export interface PolicyDiffViewProps {
  original: string;
  modified: string;
  originalLabel: string;
  modifiedLabel: string;
  height?: number;
  /** Re-indent both sides first, so only real changes show (the default). */
  normalize?: boolean;
}

export function PolicyDiffView(props: PolicyDiffViewProps) {
  const { originalLabel, modifiedLabel, height = 420, normalize = true } = props;
  const original = normalize ? (formatPolicyText(props.original) ?? props.original) : props.original;
  const modified = normalize ? (formatPolicyText(props.modified) ?? props.modified) : props.modified;
  return (
    <div role="group" aria-label={`Comparison of ${originalLabel} and ${modifiedLabel}`}>
      <ColumnLayout columns={2}>
        <Box variant="awsui-key-label">{originalLabel}</Box>
        <Box variant="awsui-key-label">{modifiedLabel}</Box>
      </ColumnLayout>
      <Suspense
        fallback={
          <Box padding="l" textAlign="center">
            <Spinner /> Loading comparison
          </Box>
        }
      >
        <MonacoPolicyDiff
          original={original}
          modified={modified}
          height={height}
          ariaLabel={`${originalLabel} compared with ${modifiedLabel}`}
        />
      </Suspense>
    </div>
  );
}
