import { Button, Group, Select } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconFilterOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { UsersQuery } from '../queries';

export interface AuditFilterValues {
  userId: string | null;
  entityType: string;
  action: string | null;
  range: [string | null, string | null];
}

export const EMPTY_FILTER: AuditFilterValues = { userId: null, entityType: '', action: null, range: [null, null] };

/**
 * The record types to filter by: every type with a name in the catalogue (`audit.entity.*`), shown in
 * the reader's language — a module that writes audit records names its types there and they appear here.
 */
function useEntityTypes(): { value: string; label: string }[] {
  const { t, i18n } = useTranslation();
  const names = (i18n.getResource('en', 'translation', 'audit.entity') ?? {}) as Record<string, string>;
  return Object.keys(names)
    .map((value) => ({ value, label: t(`audit.entity.${value}`) }))
    .sort((a, b) => a.label.localeCompare(b.label, i18n.language));
}

/** The API's filter: the date range covers whole days in the user's time zone. */
export function toApiFilter(f: AuditFilterValues) {
  const startOfDay = (d: string) => new Date(`${d}T00:00:00`);
  const [from, to] = f.range;
  const end = to ? startOfDay(to) : null;
  if (end) end.setDate(end.getDate() + 1);
  return {
    userId: f.userId || null,
    entityType: f.entityType.trim() || null,
    action: f.action || null,
    from: from ? startOfDay(from).toISOString() : null,
    to: end ? end.toISOString() : null,
  };
}

export function AuditFilters({ value, onChange }: { value: AuditFilterValues; onChange(v: AuditFilterValues): void }) {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: UsersQuery });
  const entityTypes = useEntityTypes();
  const users = (data?.users ?? []).map((m) => ({ value: m.user.id, label: `${m.user.displayName} (${m.user.email})` }));
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <Select label={t('base.audit.user')} placeholder={t('base.audit.anyUser')} data={users} value={value.userId} onChange={(userId) => onChange({ ...value, userId })} clearable searchable w={260} comboboxProps={{ withinPortal: true }} data-testid="audit-filter-user" />
      <Select
        label={t('base.audit.entityType')}
        placeholder={t('base.audit.anyEntity')}
        data={entityTypes}
        value={value.entityType || null}
        onChange={(entityType) => onChange({ ...value, entityType: entityType ?? '' })}
        clearable
        searchable
        w={200}
        comboboxProps={{ withinPortal: true }}
        data-testid="audit-filter-entity"
      />
      <Select
        label={t('base.audit.action')}
        placeholder={t('base.audit.anyAction')}
        data={['create', 'update', 'delete'].map((act) => ({ value: act, label: t(`base.audit.actions.${act}`) }))}
        value={value.action}
        onChange={(action) => onChange({ ...value, action })}
        clearable
        w={160}
        comboboxProps={{ withinPortal: true }}
      />
      <DatePickerInput
        type="range"
        label={t('base.audit.period')}
        placeholder={t('base.audit.anyPeriod')}
        value={value.range}
        onChange={(range) => onChange({ ...value, range: [range[0] ? String(range[0]) : null, range[1] ? String(range[1]) : null] })}
        clearable
        allowSingleDateInRange
        w={260}
        maxDate={new Date()}
      />
      <Button variant="subtle" leftSection={<IconFilterOff size={16} />} onClick={() => onChange(EMPTY_FILTER)}>
        {t('base.audit.clearFilters')}
      </Button>
    </Group>
  );
}
