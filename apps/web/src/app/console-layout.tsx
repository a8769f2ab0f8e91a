// The signed-in console: top navigation with the identity, IAM side navigation, breadcrumbs,
// flash messages and the page. Without a session it sends the user to the right sign-in page.
import AppLayout from '@cloudscape-design/components/app-layout';
import Flashbar from '@cloudscape-design/components/flashbar';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Navigate, Outlet, useLocation, useMatches, useNavigation } from 'react-router';
import { ApiError } from '../api/api-error.js';
import { whoamiQuery } from '../api/queries/auth.js';
import { ErrorPanel } from '../components/error-panel.js';
import { FullPageSpinner } from '../components/full-page-spinner.js';
import { Breadcrumbs } from './breadcrumbs.js';
import { contentTypeOf } from './layout.js';
import { ConsoleSideNavigation } from './console-side-navigation.js';
import { ConsoleTopNavigation } from './console-top-navigation.js';
import { useNotifications } from './notifications.js';
import { MAIN_CONTENT_ID, usePageHeadingFocus } from './page-focus.js';
import { recallSignIn, signInPath } from './sign-in-target.js';
import './console-layout.css';

const TOP_NAV_ID = 'gatehouse-top-navigation';

export function ConsoleLayout() {
  const whoami = useQuery(whoamiQuery());
  const location = useLocation();
  const contentType = contentTypeOf(useMatches());
  const { items } = useNotifications();
  const [navigationOpen, setNavigationOpen] = useState(true);
  const here = location.pathname + location.search;
  // On the way to a sign-in page already (signing out while its code loads): whoami's 401 must
  // not replace that navigation with one that would come back here after the next sign-in.
  const leaving = useNavigation().location?.pathname.startsWith('/signin') === true;
  usePageHeadingFocus(location.pathname);

  if (whoami.isPending) return <FullPageSpinner label="Loading the console" />;
  if (whoami.error) {
    if (whoami.error instanceof ApiError && whoami.error.isUnauthenticated) {
      if (leaving) return <FullPageSpinner label="Signing out" />;
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
      <SkipLink />
      <div id={TOP_NAV_ID} style={{ position: 'sticky', top: 0, zIndex: 1002 }}>
        <ConsoleTopNavigation me={me} />
      </div>
      <AppLayout
        headerSelector={`#${TOP_NAV_ID}`}
        // List pages take the window's width (AWS's tables); others keep the reading width.
        contentType={contentType}
        navigation={<ConsoleSideNavigation />}
        navigationOpen={navigationOpen}
        onNavigationChange={({ detail }) => setNavigationOpen(detail.open)}
        breadcrumbs={<Breadcrumbs />}
        notifications={<Flashbar items={items} />}
        content={
          // AppLayout already puts the content in the page's <main>.
          <div id={MAIN_CONTENT_ID} tabIndex={-1} style={{ outline: 'none' }}>
            <Outlet />
          </div>
        }
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

/** The first thing a keyboard user reaches: past the top and side navigation to the page. */
function SkipLink() {
  const [focused, setFocused] = useState(false);
  return (
    <a
      href={`#${MAIN_CONTENT_ID}`}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
      onClick={(event) => {
        event.preventDefault();
        const main = document.getElementById(MAIN_CONTENT_ID);
        const heading = main?.querySelector('h1');
        if (heading && !heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
        (heading ?? main)?.focus();
      }}
      style={
        focused
          ? {
              position: 'fixed',
              top: 8,
              left: 8,
              zIndex: 2000,
              padding: '8px 16px',
              background: '#ffffff',
              color: '#0f141a',
              border: '2px solid #006ce0',
              borderRadius: 8,
            }
          : {
              position: 'absolute',
              width: 1,
              height: 1,
              overflow: 'hidden',
              clip: 'rect(0 0 0 0)',
              whiteSpace: 'nowrap',
            }
      }
    >
      Skip to main content
    </a>
  );
}
