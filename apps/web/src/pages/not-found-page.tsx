import Box from '@cloudscape-design/components/box';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import { useLocation } from 'react-router';
import { useFollow } from '../app/use-follow.js';

export function NotFoundPage() {
  const follow = useFollow();
  const { pathname } = useLocation();
  return (
    <ContentLayout header={<Header variant="h1">Page not found</Header>}>
      <Box variant="p">
        There is no console page at <Box variant="code">{pathname}</Box>.{' '}
        <Link href="/" onFollow={follow}>
          Go to the IAM dashboard
        </Link>
      </Box>
    </ContentLayout>
  );
}
