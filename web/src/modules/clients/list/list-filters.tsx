import { useEffect, useState } from 'react';
import { Button, Chip, Group, SegmentedControl, Switch, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconFilterOff, IconMapPin, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/date-field';
import { rangeInverted, type ListParams } from './list-params';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A text filter typed freely, sent (and written to the address) after a short pause. */
function useTypedFilter(value: string, commit: (v: string) => void): [string, (v: string) => void] {
  const [typed, setTyped] = useState(value);
  const debounced = useDebouncedCallback(commit, 350);
  useEffect(() => setTyped(value), [value]); // back / forward, a shared link, "clear the filters"
  return [
    typed,
    (v) => {
      setTyped(v);
      debounced(v);
    },
  ];
}

/**
 * The client list's filters (issue #8 §3): text (name, tax id, VAT), status, kind, residence city,
 * created between; hidden cards on request. Everything lives in the address (list-params).
 */
export function ClientListFilters({ params, change }: { params: ListParams; change(next: Partial<ListParams>): void }) {
  const { t } = useTranslation();
  const [text, setText] = useTypedFilter(params.text, (v) => change({ text: v }));
  const [city, setCity] = useTypedFilter(params.city, (v) => change({ city: v }));
  const statusValues = ['prospect', 'active', ...(params.includeHidden ? ['hidden'] : [])];
  const filtered = !!(params.text || params.city || params.from || params.to || params.kind || params.statuses.length);
  const day = (v: unknown) => (typeof v === 'string' && ISO_DAY.test(v) ? v : v === null || v === '' ? '' : undefined);
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" w="100%">
      <TextInput
        label={t('ux.list.text')}
        placeholder={t('ux.list.textPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        w={{ base: '100%', sm: 240 }}
        type="search"
        data-testid="filter-text"
      />
      <TextInput
        label={t('ux.list.city')}
        leftSection={<IconMapPin size={16} aria-hidden />}
        value={city}
        onChange={(e) => setCity(e.currentTarget.value)}
        w={{ base: '100%', xs: 180 }}
        data-testid="filter-city"
      />
      <DateField
        label={t('ux.list.createdFrom')}
        value={params.from || null}
        onChange={(v) => {
          const d = day(v);
          if (d !== undefined) change({ from: d });
        }}
        w={{ base: 'calc(50% - 6px)', xs: 150 }}
        data-testid="filter-from"
      />
      <DateField
        label={t('ux.list.createdTo')}
        value={params.to || null}
        onChange={(v) => {
          const d = day(v);
          if (d !== undefined) change({ to: d });
        }}
        error={rangeInverted(params) ? t('ux.list.rangeInverted') : undefined}
        w={{ base: 'calc(50% - 6px)', xs: 150 }}
        data-testid="filter-to"
      />
      <Chip.Group multiple value={params.statuses} onChange={(v) => change({ statuses: v })}>
        <Group gap={6} role="group" aria-label={t('clients.list.statusFilter')} mb={4}>
          {statusValues.map((s) => (
            <Chip key={s} value={s} size="sm" variant="outline" data-testid={`filter-status-${s}`}>
              {t(`clients.enum.status.${s}`)}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      <SegmentedControl
        aria-label={t('clients.list.kindFilter')}
        size="sm"
        value={params.kind || 'all'}
        onChange={(v) => change({ kind: v === 'all' ? '' : v })}
        data={[
          { value: 'all', label: t('clients.list.allKinds') },
          { value: 'person', label: t('clients.enum.kind.person') },
          { value: 'entity', label: t('clients.enum.kind.entity') },
        ]}
        data-testid="filter-kind"
      />
      <Switch
        label={t('clients.list.includeHidden')}
        checked={params.includeHidden}
        onChange={(e) => change({ includeHidden: e.currentTarget.checked, statuses: e.currentTarget.checked ? params.statuses : params.statuses.filter((s) => s !== 'hidden') })}
        data-testid="include-hidden"
        mb={8}
      />
      {filtered && (
        <Button variant="subtle" size="sm" leftSection={<IconFilterOff size={16} />} onClick={() => change({ text: '', city: '', from: '', to: '', kind: '', statuses: [] })} data-testid="filter-clear">
          {t('ux.list.clear')}
        </Button>
      )}
    </Group>
  );
}
