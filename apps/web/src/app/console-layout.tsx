// The signed-in console: top navigation with the identity, IAM side navigation, breadcrumbs,
// flash messages and the page. Without a session it sends the user to the right sign-in page.
import AppLayout from '@cloudscape-design/components/app-layout';
import Flashbar from '@cloudscape-design/components/flashbar';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ApiError } from '../api/api-error.js';
import { whoamiQuery } from '../api/queries/auth.js';
import { ErrorPanel } from '../components/error-panel.js';
import { FullPageSpinner } from '../components/full-page-spinner.js';
import { Breadcrumbs } from './breadcrumbs.js';
import { ConsoleSideNavigation } from './console-side-navigation.js';
import { ConsoleTopNavigation } from './console-top-navigation.js';
import { useNotifications } from './notifications.js';
import { recallSignIn, signInPath } from './sign-in-target.js';

const TOP_NAV_ID = 'gatehouse-top-navigation';

export function ConsoleLayout() {
  const whoami = useQuery(whoamiQuery());
  const location = useLocation();
  const { items } = useNotifications();
  const [navigationOpen, setNavigationOpen] = useState(true);
  const here = location.pathname + location.search;

  if (whoami.isPending) return <FullPageSpinner label="Loading the console" />;
  if (whoami.error) {
    if (whoami.error instanceof ApiError && whoami.error.isUnauthenticated) {
      return <Navigate to={signInPath(recallSignIn(localStorage), here)} replace />;
    }
    return (
      <div style={{ padding: 40 }}>
        <ErrorPanel error={whoami.error} header="The console could not load your session" />
      </div>
    );
  }
  const me = whoami.data;
  if (me.passwordResetRequired) {
    // An IAM user must choose a new password before anything else; the sign-in page shows that form.
    return <Navigate to={signInPath({ kind: 'iam', account: me.alias ?? me.accountId }, here)} replace />;
  }

  return (
    <>
      <div id={TOP_NAV_ID} style={{ position: 'sticky', top: 0, zIndex: 1002 }}>
        <ConsoleTopNavigation me={me} />
      </div>
      <AppLayout
        headerSelector={`#${TOP_NAV_ID}`}
        navigation={<ConsoleSideNavigation />}
        navigationOpen={navigationOpen}
        onNavigationChange={({ detail }) => setNavigationOpen(detail.open)}
        breadcrumbs={<Breadcrumbs />}
        notifications={<Flashbar items={items} />}
        content={<Outlet />}
        toolsHide
        ariaLabels={{
          navigation: 'Side navigation',
          navigationClose: 'Close side navigation',
          navigationToggle: 'Open side navigation',
          notifications: 'Notifications',
        }}
      />
    </>
  );
}
