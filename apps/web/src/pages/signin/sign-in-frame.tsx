// The centred card every pre-console page sits in (sign-in, setup).
import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useEffect, type ReactNode } from 'react';

interface SignInFrameProps {
  title: string;
  description?: ReactNode;
  children: ReactNode;
}

export function SignInFrame({ title, description, children }: SignInFrameProps) {
  useEffect(() => {
    document.title = `${title} | Gatehouse`;
  }, [title]);
  return (
    <main style={{ maxWidth: 460, margin: '0 auto', padding: '64px 16px' }}>
      <SpaceBetween size="l">
        <Box variant="h1" fontSize="display-l" textAlign="center">
          Gatehouse
        </Box>
        <Container
          header={
            <Header variant="h2" description={description}>
              {title}
            </Header>
          }
        >
          {children}
        </Container>
      </SpaceBetween>
    </main>
  );
}
