import { Autocomplete, Button, Group, Select } from '@mantine/core';
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

/** Entity types written by the base module; other modules add theirs as they come. */
const ENTITY_TYPES = ['User', 'Membership', 'Role', 'SupportGrant', 'Company'];

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
  const users = (data?.users ?? []).map((m) => ({ value: m.user.id, label: `${m.user.displayName} (${m.user.email})` }));
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <Select label={t('base.audit.user')} placeholder={t('base.audit.anyUser')} data={users} value={value.userId} onChange={(userId) => onChange({ ...value, userId })} clearable searchable w={260} comboboxProps={{ withinPortal: true }} data-testid="audit-filter-user" />
      <Autocomplete label={t('base.audit.entityType')} placeholder={t('base.audit.anyEntity')} data={ENTITY_TYPES} value={value.entityType} onChange={(entityType) => onChange({ ...value, entityType })} w={190} comboboxProps={{ withinPortal: true }} />
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
