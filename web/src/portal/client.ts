import { Client, cacheExchange, fetchExchange } from 'urql';

/** The portal's own endpoint and session cookie (`portal_sid`, path /portal): never the staff API. */
export function createPortalClient(): Client {
  return new Client({
    url: '/portal/graphql',
    preferGetMethod: false,
    fetchOptions: { credentials: 'same-origin', headers: { 'content-type': 'application/json' } },
    requestPolicy: 'cache-and-network',
    exchanges: [cacheExchange, fetchExchange],
  });
}
