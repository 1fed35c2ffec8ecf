import { useEffect, useRef, useState } from 'react';
import { CloseButton, Combobox, Group, Loader, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ReadOnlyValue, useReadOnlyArea } from './view-fields';
import { SearchClientsQuery } from '../queries';
import { KindBadge, StatusBadge } from './badges';

export interface PickedClient {
  id: string;
  displayName: string;
}

interface Props {
  label: string;
  description?: string;
  value: PickedClient | null;
  onChange(value: PickedClient | null): void;
  /** Cards not offered (the card itself). */
  excludeId?: string;
  /** Only persons or only entities. */
  kind?: 'PERSON' | 'ENTITY';
  includeHidden?: boolean;
  readOnly?: boolean;
  error?: string | null;
  withAsterisk?: boolean;
  testId?: string;
}

/** Chooses another card of the company by searching (household members, legal representative, merge). */
export function ClientPicker({ label, description, value, onChange, excludeId, kind, includeHidden = false, readOnly, error, withAsterisk, testId }: Props) {
  const { t } = useTranslation();
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [search, setSearch] = useState(value?.displayName ?? '');
  useEffect(() => setSearch(value?.displayName ?? ''), [value?.id, value?.displayName]);
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const enough = !readOnly && debounced.length >= 2 && debounced !== value?.displayName;
  const [{ data, fetching }] = useQuery({ query: SearchClientsQuery, variables: { query: debounced, first: 10, includeHidden }, pause: !enough });
  const hits = enough ? (data?.searchClients ?? []).map((h) => h.client).filter((c) => c.id !== excludeId && (!kind || c.kind === kind)) : [];
  // Every card offered so far: a choice is found even when the list changed between showing and clicking.
  const offered = useRef(new Map<string, PickedClient>());
  for (const c of hits) offered.current.set(c.id, { id: c.id, displayName: c.displayName });
  useEffect(() => {
    if (hits.length) combobox.selectFirstOption();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data]);
  const asText = useReadOnlyArea();

  if (asText) return <ReadOnlyValue label={label} value={value?.displayName} testId={testId} />;

  return (
    <Combobox
      store={combobox}
      withinPortal
      onOptionSubmit={(id) => {
        const picked = offered.current.get(id);
        if (picked) onChange(picked);
        setSearch(picked?.displayName ?? '');
        combobox.closeDropdown();
      }}
    >
      <Combobox.Target>
        <TextInput
          label={label}
          description={description}
          withAsterisk={withAsterisk}
          placeholder={t('clients.picker.placeholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          rightSection={
            fetching && enough ? (
              <Loader size={14} />
            ) : value && !readOnly ? (
              <CloseButton
                size="sm"
                aria-label={t('clients.picker.clear')}
                onClick={() => {
                  onChange(null);
                  setSearch('');
                }}
              />
            ) : null
          }
          value={search}
          readOnly={readOnly}
          error={error}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            if (value) onChange(null);
            combobox.openDropdown();
          }}
          onFocus={() => !readOnly && combobox.openDropdown()}
          onBlur={() => {
            combobox.closeDropdown();
            if (!value) setSearch('');
          }}
          autoComplete="off"
          data-testid={testId}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={!enough}>
        <Combobox.Options aria-label={label}>
          {hits.map((c) => (
            <Combobox.Option value={c.id} key={c.id} data-testid="picker-option">
              <Group gap="xs" justify="space-between" wrap="nowrap">
                <div style={{ minWidth: 0 }}>
                  <Text size="sm" fw={500} truncate="end">
                    {c.displayName}
                  </Text>
                  <Text size="xs" c="dimmed" truncate="end">
                    {[c.taxCode ?? c.vatNumber, c.residence?.city].filter(Boolean).join(' · ')}
                  </Text>
                </div>
                <Group gap={4} wrap="nowrap">
                  <KindBadge kind={c.kind} />
                  {c.status !== 'ACTIVE' && <StatusBadge status={c.status} />}
                </Group>
              </Group>
            </Combobox.Option>
          ))}
          {enough && !fetching && hits.length === 0 && <Combobox.Empty>{t('clients.search.noResults')}</Combobox.Empty>}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
