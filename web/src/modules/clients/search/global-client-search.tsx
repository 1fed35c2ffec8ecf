import { useEffect, useRef, useState } from 'react';
import { Combobox, Group, Kbd, Loader, Stack, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue, useHotkeys } from '@mantine/hooks';
import { IconArrowRight, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { SearchClientsQuery } from '../queries';
import { clientPath } from '../common/client-types';
import { KindBadge, StatusBadge } from '../common/badges';
import { searchResultsPath } from './search-queries';
import { MatchedText } from './search-matched';

/** Hits shown under the search box; "see all results" opens the full, paged list. */
const SHOWN = 8;
const SEE_ALL = '__see-all__';

/**
 * The global client search (CL-6) in the header of every page: results as you type (after a short
 * pause), typo- and accent-tolerant on the server; arrow keys move, Enter opens the card; Ctrl+K
 * (⌘K) or "/" focuses it. The last option, "see all results", opens the paged results page.
 */
export function GlobalClientSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const input = useRef<HTMLInputElement>(null);
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [value, setValue] = useState('');
  const [debounced] = useDebouncedValue(value.trim(), 250);
  const enough = debounced.length >= 2;
  const [{ data, fetching }] = useQuery({ query: SearchClientsQuery, variables: { query: debounced, first: SHOWN, includeHidden: false }, pause: !enough, requestPolicy: 'cache-and-network' });
  const hits = enough ? (data?.searchClients ?? []) : [];
  useHotkeys([
    ['mod+K', () => input.current?.focus()],
    ['/', () => input.current?.focus()],
  ]);

  useEffect(() => {
    if (hits.length) combobox.selectFirstOption();
    // A new list of results: the first one is selected, Enter opens it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data]);

  const open = (id: string) => {
    const query = value.trim();
    setValue('');
    combobox.closeDropdown();
    input.current?.blur();
    navigate(id === SEE_ALL ? searchResultsPath(query) : clientPath(id));
  };

  return (
    <Combobox store={combobox} onOptionSubmit={open} withinPortal position="bottom-start" width={420}>
      <Combobox.Target>
        <TextInput
          ref={input}
          type="search"
          aria-label={t('clients.search.label')}
          placeholder={t('clients.search.placeholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          rightSection={fetching && enough ? <Loader size={14} /> : <Kbd size="xs" visibleFrom="md">/</Kbd>}
          value={value}
          onChange={(e) => {
            setValue(e.currentTarget.value);
            combobox.openDropdown();
          }}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          w={{ base: 160, sm: 240, lg: 320 }}
          autoComplete="off"
          data-testid="global-search"
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={!enough} maw="calc(100vw - 16px)" data-testid="global-search-results">
        <Combobox.Options aria-label={t('clients.search.results')}>
          {hits.map(({ client, matched }) => (
            <Combobox.Option value={client.id} key={client.id} data-testid="search-hit">
              <Stack gap={2}>
                <Group gap="xs" justify="space-between" wrap="nowrap">
                  <Text size="sm" fw={500} truncate="end">
                    {client.displayName}
                  </Text>
                  <Group gap={4} wrap="nowrap">
                    <KindBadge kind={client.kind} />
                    {client.status !== 'ACTIVE' && <StatusBadge status={client.status} />}
                  </Group>
                </Group>
                <Text size="xs" c="dimmed" truncate="end">
                  {[client.taxCode ?? client.vatNumber, client.preferredEmail, client.residence?.city].filter(Boolean).join(' · ')}
                </Text>
                <MatchedText matched={matched} />
              </Stack>
            </Combobox.Option>
          ))}
          {hits.length > 0 && (
            <Combobox.Option value={SEE_ALL} data-testid="search-see-all">
              <Group gap={6} wrap="nowrap">
                <IconArrowRight size={14} aria-hidden />
                <Text size="sm" c="blue">
                  {t('search.seeAll')}
                </Text>
              </Group>
            </Combobox.Option>
          )}
          {enough && !fetching && hits.length === 0 && <Combobox.Empty>{t('clients.search.noResults')}</Combobox.Empty>}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
