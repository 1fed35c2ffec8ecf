import { useEffect } from 'react';
import { Loader } from '@mantine/core';
import { VIEW_AS_KEY } from '../client';

/**
 * Staff's "view as" (PO-8) lands here with the read-only session's token in the address's fragment
 * (never sent to a server or kept in the history): it is kept for this tab only, then the home opens.
 */
export function ViewAsPage() {
  useEffect(() => {
    const token = decodeURIComponent(window.location.hash.slice(1));
    if (token) window.sessionStorage.setItem(VIEW_AS_KEY, token);
    window.location.replace('/portal/home');
  }, []);
  return <Loader />;
}
