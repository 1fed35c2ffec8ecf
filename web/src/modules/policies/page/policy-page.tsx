import { Anchor, Breadcrumbs, Group, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Loading, QueryError } from '../../../components/query-state';
import { useFormat } from '../../../i18n/format';
import { useSession } from '../../../session/session-context';
import { PolicyQuery } from '../queries';
import { UpdatePolicyMutation } from '../mutations';
import { PolicyStatusBadge } from '../common/badges';
import { PolicyForm, toPolicyInput, valuesOf } from '../common/policy-form';
import { useMoney, type PolicyDetail } from '../common/policy-types';
import { StatusMoves } from './status-moves';
import { InstallmentsTable } from './installments-table';
import { PolicyDocuments } from './policy-documents';
import { PolicyHistory } from './policy-history';

const TABS = ['data', 'installments', 'documents', 'history'] as const;

/** The policy page (PL-1, CL-4): header with status and its moves, data, installment schedule, documents, history. */
export function PolicyPage() {
  const { policyId = '' } = useParams();
  const [{ data, error }, refetch] = useQuery({ query: PolicyQuery, variables: { id: policyId }, requestPolicy: 'cache-and-network' });
  if (error && !data) return <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data || data.policy.id !== policyId) return <Loading />;
  return <PolicyView policy={data.policy} />;
}

function PolicyView({ policy }: { policy: PolicyDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = useMoney();
  const session = useSession();
  const canEdit = session.can('policies', 'edit');
  const [params, setParams] = useSearchParams();
  const tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? params.get('tab')! : 'data';
  const [update, save] = useMutation(UpdatePolicyMutation);
  return (
    <Stack gap="lg">
      <Breadcrumbs>
        <Anchor component={Link} to="/policies/list" size="sm">
          {t('policies.nav.list')}
        </Anchor>
        <Text size="sm">{policy.number}</Text>
      </Breadcrumbs>
      <Paper withBorder p="md" radius="md">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
          <Stack gap={4}>
            <Group gap="sm">
              <Title order={2} className="mono" data-testid="policy-number">
                {policy.number}
              </Title>
              <PolicyStatusBadge status={policy.status} />
              {policy.foreignBusiness && <Text size="sm" c="grape">{t('policies.fields.foreignBusiness')}</Text>}
            </Group>
            <Text size="sm">
              <Anchor component={Link} to={`/clients/${policy.client.id}`} data-testid="policy-client">
                {policy.client.displayName}
              </Anchor>
              {` · ${policy.insurer.name} · ${policy.line.name}`}
            </Text>
            <Text size="sm" c="dimmed">
              {t('policies.page.summary', { start: format.day(policy.coverStart), end: format.day(policy.coverEnd), gross: money(policy.premiumGross), frequency: t(`policies.frequency.${policy.paymentFrequency.toLowerCase()}`) })}
            </Text>
          </Stack>
          {canEdit && <StatusMoves policy={policy} />}
        </Group>
      </Paper>
      <Tabs value={tab} onChange={(v) => v && setParams({ tab: v }, { replace: true })} keepMounted={false} variant="outline">
        <Tabs.List aria-label={t('policies.page.tabs')}>
          {TABS.map((k) => (
            <Tabs.Tab key={k} value={k} data-testid={`policy-tab-${k}`}>
              {t(`policies.page.tab.${k}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="data" pt="md">
          <PolicyForm
            key={policy.updatedAt}
            initial={valuesOf(policy)}
            creating={false}
            readOnly={!canEdit}
            saving={update.fetching}
            submitLabel={t('policies.page.save')}
            onSubmit={async (values) => {
              const r = await save({ id: policy.id, input: toPolicyInput(values) });
              if (r.error) return r.error;
              notifications.show({ color: 'teal', message: t('policies.page.saved') });
              return undefined;
            }}
          />
        </Tabs.Panel>
        <Tabs.Panel value="installments" pt="md">
          <InstallmentsTable policy={policy} />
        </Tabs.Panel>
        <Tabs.Panel value="documents" pt="md">
          <PolicyDocuments policyId={policy.id} canEdit={canEdit} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <PolicyHistory policyId={policy.id} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
