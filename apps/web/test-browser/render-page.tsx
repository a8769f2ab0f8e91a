// Renders real console pages the way the app does (src/app/app.tsx): the app's QueryClient,
// notifications and a React Router, here in memory, starting at a given URL. A stand-in for the
// console layout shows the flash messages and where the router is, so a test can check what a
// user is told and where a save or a wizard took them.
import Flashbar from '@cloudscape-design/components/flashbar';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { createMemoryRouter, Outlet, useLocation, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { page } from 'vitest/browser';
import { createQueryClient } from '../src/app/query-client.js';
import { NotificationsProvider, useNotifications } from '../src/app/notifications.js';

export interface RenderedPage {
  queryClient: QueryClient;
  router: ReturnType<typeof createMemoryRouter>;
}

const mounted: { root: Root; container: HTMLElement }[] = [];

function TestConsoleLayout() {
  const { items } = useNotifications();
  const location = useLocation();
  return (
    <>
      <div role="region" aria-label="Notifications">
        <Flashbar items={items} />
      </div>
      <main>
        <Outlet />
      </main>
      <footer>
        Location: <output aria-label="Location">{location.pathname + location.search}</output>
      </footer>
    </>
  );
}

/**
 * Mounts `routes` (real page components at their console paths) at `url`. Any other path the
 * page navigates to renders an empty page; the Location output names it.
 */
export function renderPage(routes: RouteObject[], url: string): RenderedPage {
  const queryClient = createQueryClient();
  const router = createMemoryRouter(
    [{ element: <TestConsoleLayout />, children: [...routes, { path: '*', element: null }] }],
    { initialEntries: [url] },
  );
  const container = document.createElement('div');
  document.body.appendChild(container);
  const root = createRoot(container);
  root.render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <NotificationsProvider>
          <RouterProvider router={router} />
        </NotificationsProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
  mounted.push({ root, container });
  return { queryClient, router };
}

/** Where the rendered page's router is now: a path and query, e.g. `/roles/admin`. */
export function shownLocation() {
  return page.getByLabelText('Location', { exact: true });
}

export function cleanupRenderedPages(): void {
  for (const { root, container } of mounted.splice(0)) {
    root.unmount();
    container.remove();
  }
}
