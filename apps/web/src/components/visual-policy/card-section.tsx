// A titled part of a statement card (Actions, Resources, Conditions): a heading, a description,
// the controls, and the part's problem under them. Not a FormField: a FormField would name every
// control inside it after itself ("GetObject Actions"), which screen readers then repeat.
import Box from '@cloudscape-design/components/box';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useId, type ReactNode } from 'react';
import { InlineCode } from './inline-code.js';

interface CardSectionProps {
  title: string;
  description?: ReactNode;
  /** A Cedar-style problem with the part as a whole, e.g. "choose at least one action". */
  problem?: string;
  children: ReactNode;
}

export function CardSection({ title, description, problem, children }: CardSectionProps) {
  const id = useId();
  return (
    <div role="group" aria-labelledby={id}>
      <SpaceBetween size="xs">
        <Header variant="h3" description={description}>
          <span id={id}>{title}</span>
        </Header>
        {children}
        {problem ? (
          <Box>
            <StatusIndicator type="error">
              <InlineCode text={problem} />
            </StatusIndicator>
          </Box>
        ) : null}
      </SpaceBetween>
    </div>
  );
}
