import { graphql } from '../../../gql';

/** One page of the global search's hits (the "see all results" page): `first` + 1 asked to know whether a next page exists. */
export const SearchClientsPageQuery = graphql(`
  query SearchClientsPage($query: String!, $first: Int!, $offset: Int!) {
    searchClients(query: $query, first: $first, offset: $offset) {
      score
      matched {
        source
        sourceId
        text
      }
      client {
        ...ClientSummary
      }
    }
  }
`);

/** Rows per page of the results page; the server pages up to offset 1000. */
export const SEARCH_PAGE_SIZE = 25;
export const SEARCH_MAX_OFFSET = 1000;

/** Where the results page of a query lives. */
export function searchResultsPath(query: string, page = 1): string {
  const p = new URLSearchParams({ q: query });
  if (page > 1) p.set('page', String(page));
  return `/clients/search?${p.toString()}`;
}
