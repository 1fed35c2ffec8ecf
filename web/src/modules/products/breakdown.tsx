import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Localized, useLocalized } from './design';

export interface BreakdownData {
  base: string;
  net: string;
  taxRate: string;
  taxes: string;
  total: string;
  test: boolean;
  steps: Array<{ kind: string; key: string; detail: string; effect: string; after: string; label: Localized }>;
}

/** A premium a client can read: base, each factor, loading and discount with its effect, taxes, total. */
export function Breakdown({ data }: { data: BreakdownData }) {
  const { t } = useTranslation();
  const loc = useLocalized();
  return (
    <div data-testid="breakdown">
      {data.test && (
        <Badge color="orange" size="lg" mb="xs" data-testid="breakdown-test">
          {t('products.test')}
        </Badge>
      )}
      <Table>
        <Table.Tbody>
          <Table.Tr>
            <Table.Td>{t('products.breakdown.base')}</Table.Td>
            <Table.Td />
            <Table.Td ta="right">{data.base}</Table.Td>
          </Table.Tr>
          {data.steps.map((s) => (
            <Table.Tr key={s.key} data-testid="breakdown-step">
              <Table.Td>{s.kind === 'MINIMUM' ? t('products.breakdown.minimum') : loc(s.label) || s.key}</Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">{s.detail}</Text>
              </Table.Td>
              <Table.Td ta="right">{s.effect}</Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Td fw={600}>{t('products.breakdown.net')}</Table.Td>
            <Table.Td />
            <Table.Td ta="right" data-testid="breakdown-net">{data.net}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Td>{t('products.breakdown.taxes', { rate: data.taxRate })}</Table.Td>
            <Table.Td />
            <Table.Td ta="right" data-testid="breakdown-taxes">{data.taxes}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Td fw={700}>{t('products.breakdown.total')}</Table.Td>
            <Table.Td />
            <Table.Td ta="right" fw={700} data-testid="breakdown-total">{data.total}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </div>
  );
}
