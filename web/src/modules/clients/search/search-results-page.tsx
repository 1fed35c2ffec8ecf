import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { Anchor, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconChevronLeft, IconChevronRight, IconSearch } from '@tabler/icons-react';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { DataTable } from '../../../components/data-table';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-state';
import { useFormat } from '../../../i18n/format';
import { clientPath, type ClientSummary } from '../common/client-types';
import { KindBadge, StatusBadge } from '../common/badges';
import { MatchedText, type SearchMatched } from './search-matched';
import { SEARCH_MAX_OFFSET, SEARCH_PAGE_SIZE, SearchClientsPageQuery, searchResultsPath } from './search-queries';

type Hit = ClientSummary & { matched: SearchMatched | null };

const column = createColumnHelper<Hit>();

/**
 * All the hits of a global search (CL-6), page by page, in the server's ranking: what the header's
 * search opens with "see all results". The query and the page live in the address (back returns here).
 */
export function SearchResultsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const query = (params.get('q') ?? '').trim();
  const pageParam = Number(params.get('page'));
  const maxPage = Math.floor(SEARCH_MAX_OFFSET / SEARCH_PAGE_SIZE) + 1;
  const page = Number.isInteger(pageParam) && pageParam > 0 ? Math.min(pageParam, maxPage) : 1;
  const [draft, setDraft] = useState(query);
  useEffect(() => setDraft(query), [query]);
  const enough = query.length >= 2;
  const offset = (page - 1) * SEARCH_PAGE_SIZE;
  const variables = useMemo(() => ({ query, first: SEARCH_PAGE_SIZE + 1, offset }), [query, offset]);
  const [{ data, fetching, error }, refetch] = useQuery({ query: SearchClientsPageQuery, variables, pause: !enough, requestPolicy: 'cache-and-network' });
  const hits: Hit[] = (data?.searchClients ?? []).slice(0, SEARCH_PAGE_SIZE).map((h) => ({ ...h.client, matched: h.matched ?? null }));
  // one hit more than a page was asked for: a next page exists
  const hasNext = page < maxPage && (data?.searchClients.length ?? 0) >= SEARCH_PAGE_SIZE + 1;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (draft.trim().length >= 2) navigate(searchResultsPath(draft.trim()));
  };

  const columns = useMemo(
    () => [
      column.accessor('displayName', {
        id: 'name',
        header: () => t('search.results.name'),
        enableSorting: false,
        cell: (c) => (
          <Anchor component={Link} to={clientPath(c.row.original.id)} fw={500} size="sm" onClick={(e) => e.stopPropagation()} data-testid="search-result-link">
            {c.getValue()}
          </Anchor>
        ),
      }),
      column.accessor('kind', { header: () => t('search.results.kind'), enableSorting: false, cell: (c) => <KindBadge kind={c.getValue()} /> }),
      column.accessor('status', { header: () => t('search.results.status'), enableSorting: false, cell: (c) => <StatusBadge status={c.getValue()} /> }),
      column.accessor((r) => r.taxCode ?? r.vatNumber ?? '', { id: 'taxId', header: () => t('search.results.taxId'), enableSorting: false, cell: (c) => <Text size="sm" className="mono">{c.getValue()}</Text> }),
      column.accessor((r) => r.preferredEmail ?? '', { id: 'email', header: () => t('search.results.email'), enableSorting: false, cell: (c) => <Text size="sm">{c.getValue()}</Text> }),
      column.accessor((r) => r.residence?.city ?? '', { id: 'city', header: () => t('search.results.city'), enableSorting: false, cell: (c) => <Text size="sm">{c.getValue()}</Text> }),
      column.display({ id: 'matched', header: () => t('search.results.matched'), cell: (c) => <MatchedText matched={c.row.original.matched} size="sm" /> }),
    ],
    [t],
  );

  return (
    <Stack gap="lg">
      <PageHeader title={t('search.results.title')} subtitle={enough ? t('search.results.subtitle', { query }) : undefined} />
      <form onSubmit={submit} role="search" aria-label={t('search.results.form')}>
        <Group gap="xs" align="flex-end">
          <TextInput
            label={t('search.results.query')}
            value={draft}
            onChange={(e) => setDraft(e.currentTarget.value)}
            leftSection={<IconSearch size={16} aria-hidden />}
            w={{ base: '100%', sm: 360 }}
            data-testid="search-results-query"
          />
          <Button type="submit" data-testid="search-results-submit">
            {t('search.results.submit')}
          </Button>
        </Group>
      </form>
      {error && <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
      <DataTable
        label={t('search.results.title')}
        columns={columns}
        data={hits}
        getRowId={(c) => c.id}
        loading={enough && fetching && !data}
        emptyTitle={enough ? t('search.results.empty') : t('search.results.tooShort')}
        onRowClick={(c) => navigate(clientPath(c.id))}
        minWidth={960}
        footer={
          hits.length > 0 ? (
            <Group justify="space-between" mt="sm" wrap="wrap">
              <Text size="sm" c="dimmed" aria-live="polite" data-testid="search-results-range">
                {t('search.results.range', { first: format.number(offset + 1), last: format.number(offset + hits.length) })}
              </Text>
              <Group gap="xs">
                <Button size="xs" variant="default" leftSection={<IconChevronLeft size={14} />} disabled={page <= 1} onClick={() => navigate(searchResultsPath(query, page - 1))} data-testid="search-results-previous">
                  {t('search.results.previous')}
                </Button>
                <Text size="sm">{t('search.results.page', { page: format.number(page) })}</Text>
                <Button size="xs" variant="default" rightSection={<IconChevronRight size={14} />} disabled={!hasNext} onClick={() => navigate(searchResultsPath(query, page + 1))} data-testid="search-results-next">
                  {t('search.results.next')}
                </Button>
              </Group>
            </Group>
          ) : null
        }
      />
    </Stack>
  );
}
