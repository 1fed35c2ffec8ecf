import { Client, cacheExchange, fetchExchange } from 'urql';

/** Staff's read-only "view as" session (PO-8) for this tab only: a bearer token handed over by the staff app. */
export const VIEW_AS_KEY = 'portal.viewAs';

export function viewAsToken(): string | null {
  try {
    return window.sessionStorage.getItem(VIEW_AS_KEY);
  } catch {
    return null;
  }
}

/** The portal's own endpoint and session cookie (`portal_sid`, path /portal): never the staff API. */
export function createPortalClient(): Client {
  return new Client({
    url: '/portal/graphql',
    preferGetMethod: false,
    fetchOptions: () => {
      const token = viewAsToken();
      return { credentials: 'same-origin', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) } };
    },
    requestPolicy: 'cache-and-network',
    exchanges: [cacheExchange, fetchExchange],
  });
}
