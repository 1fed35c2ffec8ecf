import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';
import { EmptyState } from '../../../components/query-state';
import { sumOf } from '../common/money';
import { useMoney, type PolicyDetail } from '../common/policy-types';

/** The installment schedule (the rows billing invoices): due date, period, net, taxes, gross, paid; totals exact. */
export function InstallmentsTable({ policy }: { policy: PolicyDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = useMoney();
  const rows = policy.installments;
  if (!rows.length) return <EmptyState title={t('policies.installments.empty')} />;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped withTableBorder aria-label={t('policies.installments.title')} data-testid="installments">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('policies.installments.seq')}</Table.Th>
            <Table.Th>{t('policies.installments.dueDate')}</Table.Th>
            <Table.Th>{t('policies.installments.period')}</Table.Th>
            <Table.Th ta="right">{t('policies.fields.premiumNet')}</Table.Th>
            <Table.Th ta="right">{t('policies.fields.premiumTaxes')}</Table.Th>
            <Table.Th ta="right">{t('policies.fields.premiumGross')}</Table.Th>
            <Table.Th>{t('policies.installments.paid')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.id} data-testid="installment-row" data-gross={r.gross}>
              <Table.Td>{format.number(r.seq)}</Table.Td>
              <Table.Td>{format.day(r.dueDate)}</Table.Td>
              <Table.Td>{`${format.day(r.periodStart)} – ${format.day(r.periodEnd)}`}</Table.Td>
              <Table.Td ta="right">{money(r.net)}</Table.Td>
              <Table.Td ta="right">{money(r.taxes)}</Table.Td>
              <Table.Td ta="right">{money(r.gross)}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={r.paid ? 'teal' : 'gray'}>
                  {r.paid ? t('policies.installments.isPaid') : t('policies.installments.open')}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th colSpan={3}>{t('policies.installments.total')}</Table.Th>
            <Table.Th ta="right">{money(sumOf(rows.map((r) => r.net)))}</Table.Th>
            <Table.Th ta="right">{money(sumOf(rows.map((r) => r.taxes)))}</Table.Th>
            <Table.Th ta="right" data-testid="installments-total">
              <Text fw={700} size="sm">
                {money(sumOf(rows.map((r) => r.gross)))}
              </Text>
            </Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
