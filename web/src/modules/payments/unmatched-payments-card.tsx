import { Anchor, Group, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { PaymentsDashboardQuery } from './queries';

/** Unmatched payments (count and amount not yet allocated), shown on the billing dashboard to those with collections:view. */
export function UnmatchedPaymentsCard() {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: PaymentsDashboardQuery, requestPolicy: 'network-only' });
  const d = data?.paymentsDashboard;
  if (!d) return null;
  return (
    <Paper withBorder p="md" data-testid="unmatched-payments" data-count={d.unmatchedCount} data-amount={d.unmatchedAmount}>
      <Title order={2} size="h4" mb="sm">
        {t('payments.dashboard.title')}
      </Title>
      <Group justify="space-between">
        <Text>{t('payments.dashboard.unmatchedLine', { count: d.unmatchedCount, amount: d.unmatchedAmount })}</Text>
        <Anchor component={Link} to="/collections">
          {t('payments.dashboard.open')}
        </Anchor>
      </Group>
    </Paper>
  );
}
