import { useState, type ReactNode } from 'react';
import {
  flexRender,
  getCoreRowModel,
  getFilteredRowModel,
  getPaginationRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type FilterFn,
  type SortingState,
} from '@tanstack/react-table';
import { Group, Pagination, Paper, Skeleton, Stack, Table, Text, TextInput, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconArrowDown, IconArrowUp, IconArrowsSort, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from './query-state';
import { useFormat } from '../i18n/format';

export interface DataTableProps<T> {
  /** Accessible name of the table. */
  label: string;
  columns: ColumnDef<T, never>[];
  data: T[];
  getRowId(row: T): string;
  loading?: boolean;
  emptyTitle: string;
  emptyHint?: string;
  initialSorting?: SortingState;
  /** Client-side search over the given text of each row; omitted: no search box. */
  searchText?: (row: T) => string;
  /** Extra filters next to the search box. */
  toolbar?: ReactNode;
  /** Rows per page for client-side pagination (lists the server returns whole). */
  pageSize?: number;
  /** Server-side paging: the parent renders the footer; no client paging. */
  footer?: ReactNode;
  minWidth?: number;
  /** Server-side sorting: the parent holds the order and fetches the rows in it. */
  sorting?: SortingState;
  onSortingChange?(sorting: SortingState): void;
  /** Opens a row (mouse); give keyboard users a link in a cell too. */
  onRowClick?(row: T): void;
  /**
   * On a phone (narrower than `cardsBelow`) the rows as cards, one under the other, instead of a
   * table that scrolls sideways and shows two columns; omitted: always a table.
   */
  renderCard?(row: T): ReactNode;
  cardsBelow?: string;
}

const normalize = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/**
 * A sortable, filterable table (TanStack Table + Mantine). Large lists stay fast: only one page of
 * rows is rendered; server-paged lists (audit trail) pass their own footer.
 */
export function DataTable<T>({ label, columns, data, getRowId, loading, emptyTitle, emptyHint, initialSorting = [], searchText, toolbar, pageSize = 25, footer, minWidth = 720, sorting: serverSorting, onSortingChange, onRowClick, renderCard, cardsBelow = '48em' }: DataTableProps<T>) {
  const { t } = useTranslation();
  const narrow = useMediaQuery(`(max-width: ${cardsBelow})`, false, { getInitialValueInEffect: false });
  const cards = !!renderCard && narrow;
  const format = useFormat();
  const [sorting, setSorting] = useState<SortingState>(initialSorting);
  const [search, setSearch] = useState('');
  const globalFilter: FilterFn<T> = (row, _columnId, value: string) => (searchText ? normalize(searchText(row.original)).includes(normalize(value)) : true);
  const paged = !footer;
  const table = useReactTable<T>({
    data,
    columns,
    getRowId: (row) => getRowId(row),
    state: { sorting: serverSorting ?? sorting, globalFilter: search },
    onSortingChange: (updater) => {
      const next = typeof updater === 'function' ? updater(serverSorting ?? sorting) : updater;
      if (onSortingChange) onSortingChange(next);
      else setSorting(next);
    },
    manualSorting: !!onSortingChange,
    globalFilterFn: globalFilter,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    ...(paged ? { getPaginationRowModel: getPaginationRowModel(), initialState: { pagination: { pageIndex: 0, pageSize } } } : {}),
    autoResetPageIndex: true,
  });
  const rows = table.getRowModel().rows;
  const filteredCount = table.getFilteredRowModel().rows.length;
  const { pageIndex } = table.getState().pagination;
  const first = filteredCount === 0 ? 0 : pageIndex * pageSize + 1;
  const last = Math.min(filteredCount, (pageIndex + 1) * pageSize);

  return (
    <div>
      {(searchText || toolbar) && (
        <Group mb="sm" gap="sm" align="flex-end" wrap="wrap">
          {searchText && (
            <TextInput
              aria-label={t('table.search')}
              placeholder={t('table.search')}
              leftSection={<IconSearch size={16} />}
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
              w={{ base: '100%', sm: 280 }}
              type="search"
            />
          )}
          {toolbar}
        </Group>
      )}
      {cards ? (
        <Stack gap="sm" role="list" aria-label={label} aria-busy={loading || undefined} data-testid="table-cards">
          {loading && data.length === 0
            ? Array.from({ length: 3 }, (_, i) => <Skeleton key={i} height={88} radius="md" />)
            : rows.map((row) => (
                <Paper key={row.id} role="listitem" withBorder radius="md" p="sm" data-testid="table-card" onClick={onRowClick ? () => onRowClick(row.original) : undefined} style={onRowClick ? { cursor: 'pointer' } : undefined}>
                  {renderCard!(row.original)}
                </Paper>
              ))}
        </Stack>
      ) : (
        <Table.ScrollContainer minWidth={minWidth}>
          <Table striped highlightOnHover verticalSpacing="sm" aria-label={label} aria-busy={loading || undefined}>
            <Table.Thead>
              {table.getHeaderGroups().map((group) => (
                <Table.Tr key={group.id}>
                  {group.headers.map((header) => {
                    const sortable = header.column.getCanSort();
                    const dir = header.column.getIsSorted();
                    const title = flexRender(header.column.columnDef.header, header.getContext());
                    return (
                      <Table.Th key={header.id} aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : undefined} style={{ whiteSpace: 'nowrap' }}>
                        {sortable ? (
                          <UnstyledButton onClick={header.column.getToggleSortingHandler()} fw={700} fz="sm">
                            <Group gap={4} wrap="nowrap">
                              {title}
                              {dir === 'asc' ? <IconArrowUp size={14} aria-hidden /> : dir === 'desc' ? <IconArrowDown size={14} aria-hidden /> : <IconArrowsSort size={14} opacity={0.4} aria-hidden />}
                              <VisuallyHidden>{t('table.sort')}</VisuallyHidden>
                            </Group>
                          </UnstyledButton>
                        ) : (
                          title
                        )}
                      </Table.Th>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Thead>
            <Table.Tbody>
              {loading && data.length === 0
                ? Array.from({ length: 5 }, (_, i) => (
                    <Table.Tr key={i}>
                      {columns.map((_c, j) => (
                        <Table.Td key={j}>
                          <Skeleton height={14} radius="sm" />
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  ))
                : rows.map((row) => (
                    <Table.Tr key={row.id} data-testid="table-row" onClick={onRowClick ? () => onRowClick(row.original) : undefined} style={onRowClick ? { cursor: 'pointer' } : undefined}>
                      {row.getVisibleCells().map((cell) => (
                        <Table.Td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {!loading && filteredCount === 0 && <EmptyState title={search ? t('table.noMatch') : emptyTitle} hint={search ? undefined : emptyHint} />}
      {footer}
      {paged && filteredCount > 0 && (
        <Group justify="space-between" mt="sm" wrap="wrap">
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('table.range', { first: format.number(first), last: format.number(last), total: format.number(filteredCount) })}
          </Text>
          {table.getPageCount() > 1 && (
            <Pagination
              total={table.getPageCount()}
              value={pageIndex + 1}
              onChange={(page) => table.setPageIndex(page - 1)}
              size="sm"
              getControlProps={(control) => ({ 'aria-label': t(`table.${control}`) })}
              getItemProps={(page) => ({ 'aria-label': t('table.page', { page }) })}
            />
          )}
        </Group>
      )}
    </div>
  );
}
