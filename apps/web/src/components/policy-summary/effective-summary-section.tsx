// The "Permissions summary" section of a user's or role's Permissions tab. Collapsed at first:
// the summary and the catalog chunks it needs load when it is opened.
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import Spinner from '@cloudscape-design/components/spinner';
import { lazy, Suspense, useState } from 'react';

const EffectivePermissionsSummary = lazy(async () => ({
  default: (await import('./effective-permissions-summary.js')).EffectivePermissionsSummary,
}));

export function EffectiveSummarySection({ kind, name }: { kind: 'user' | 'role'; name: string }) {
  const [expanded, setExpanded] = useState(false);
  return (
    <ExpandableSection
      variant="container"
      headerText="Permissions summary"
      headerDescription={`What every policy that applies to this ${kind} allows and denies, by service${
        kind === 'user' ? ' (its own policies and its groups’)' : ''
      }.`}
      expanded={expanded}
      onChange={({ detail }) => setExpanded(detail.expanded)}
    >
      {expanded ? (
        <Suspense fallback={<Spinner />}>
          <EffectivePermissionsSummary kind={kind} name={name} />
        </Suspense>
      ) : null}
    </ExpandableSection>
  );
}
