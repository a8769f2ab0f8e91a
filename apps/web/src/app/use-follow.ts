// Cloudscape links and navigation fire `onFollow` on plain left clicks; route those through
// react-router so the page does not reload. Modified clicks (new tab) keep the browser default.
import { useCallback } from 'react';
import { useNavigate } from 'react-router';

interface FollowDetail {
  href?: string;
  external?: boolean;
}

export function useFollow(): (event: CustomEvent<FollowDetail>) => void {
  const navigate = useNavigate();
  return useCallback(
    (event: CustomEvent<FollowDetail>) => {
      const href = event.detail.href;
      if (!href || event.detail.external || !href.startsWith('/')) return;
      event.preventDefault();
      navigate(href);
    },
    [navigate],
  );
}
