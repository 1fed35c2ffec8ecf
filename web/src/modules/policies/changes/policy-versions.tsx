import { Accordion, Badge, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';
import { useMoney, type PolicyDetail } from '../common/policy-types';

const MONEY_FIELDS = new Set(['premiumNet', 'premiumTaxes', 'premiumGross', 'insuredSum']);
const DATE_FIELDS = new Set(['coverStart', 'coverEnd']);

/** Every version of the policy (issue #9 item 3), newest first; each one's terms readable. */
export function PolicyVersions({ policy }: { policy: PolicyDetail }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const money = useMoney();
  const shown = (field: string, value: string | null | undefined) => {
    if (value == null || value === '') return '—';
    if (MONEY_FIELDS.has(field)) return money(value);
    if (DATE_FIELDS.has(field)) return format.day(value);
    if (field === 'paymentFrequency') return t(`policies.frequency.${value.toLowerCase()}`);
    return value;
  };
  const fieldName = (f: string) => (i18n.exists(`policies.changes.field.${f}`) ? t(`policies.changes.field.${f}`) : f);
  const versions = [...policy.versions].reverse();
  return (
    <Accordion variant="separated" data-testid="policy-versions" multiple={false}>
      {versions.map((v) => (
        <Accordion.Item key={v.id} value={v.id} data-testid="version-row" data-version={v.version}>
          <Accordion.Control data-testid={`version-${v.version}`}>
            <Group gap="sm" wrap="wrap">
              <Text fw={600}>{t('policies.changes.versionNumber', { number: v.version })}</Text>
              <Badge variant="light">{t(`policies.changes.kind.${v.kind.toLowerCase()}`)}</Badge>
              <Text size="sm">{t('policies.changes.effectiveOn', { date: format.day(v.effectiveDate) })}</Text>
              <Text size="sm" c="dimmed" data-testid="version-who">
                {t('policies.changes.recordedBy', { who: v.createdByName ?? t('policies.changes.platform'), when: format.dateTime(v.createdAt) })}
              </Text>
            </Group>
            {v.changes.length > 0 && (
              <Text size="sm" data-testid="version-changes">
                {v.changes.map((c) => `${fieldName(c.field)}: ${shown(c.field, c.before)} → ${shown(c.field, c.after)}`).join(' · ')}
              </Text>
            )}
          </Accordion.Control>
          <Accordion.Panel>
            <Stack gap="xs" data-testid="version-terms">
              {v.reason && <Text size="sm">{t('policies.changes.reasonShown', { reason: v.reason })}</Text>}
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <Text size="sm">{`${t('policies.fields.cover')}: ${format.day(v.terms.coverStart)} – ${format.day(v.terms.coverEnd)}`}</Text>
                <Text size="sm">{`${t('policies.fields.premiumNet')}: ${money(v.terms.premiumNet)}`}</Text>
                <Text size="sm">{`${t('policies.fields.premiumTaxes')}: ${money(v.terms.premiumTaxes)}`}</Text>
                <Text size="sm" data-testid="version-gross">{`${t('policies.fields.premiumGross')}: ${money(v.terms.premiumGross)}`}</Text>
                <Text size="sm">{`${t('policies.changes.field.insuredSum')}: ${v.terms.insuredSum ? money(v.terms.insuredSum) : '—'}`}</Text>
                <Text size="sm">{`${t('policies.fields.paymentFrequency')}: ${t(`policies.frequency.${v.terms.paymentFrequency.toLowerCase()}`)}`}</Text>
              </SimpleGrid>
            </Stack>
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}
