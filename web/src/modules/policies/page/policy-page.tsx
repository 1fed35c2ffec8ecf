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
import { EndorseButton } from '../changes/endorse-dialog';
import { PolicyVersions } from '../changes/policy-versions';
import { PolicyInsured } from '../changes/policy-insured';
import { RenewButton } from '../renewals/renew-dialog';
import { policyPath } from '../common/policy-types';

const TABS = ['data', 'installments', 'versions', 'insured', 'documents', 'history'] as const;

/** The policy page (PL-1, CL-4): header with status and its moves, data, installment schedule, documents, history. */
export function PolicyPage() {
  const { policyId = '' } = useParams();
  const [{ data, error }, refetch] = useQuery({ query: PolicyQuery, variables: { id: policyId }, requestPolicy: 'cache-and-network' });
  if (error && !data) return <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data || data.policy.id !== policyId) return <Loading />;
  return <PolicyView policy={data.policy} onChanged={() => refetch({ requestPolicy: 'network-only' })} />;
}

function PolicyView({ policy, onChanged }: { policy: PolicyDetail; onChanged(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = useMoney();
  const session = useSession();
  const canEdit = session.can('policies', 'edit');
  const canRenew = canEdit && session.can('policies', 'create') && !policy.renewedBy;
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
            {(policy.previous || policy.renewedBy) && (
              <Group gap="md" data-testid="policy-chain">
                {policy.previous && (
                  <Text size="sm">
                    {`${t('policies.renewals.previous')}: `}
                    <Anchor component={Link} to={policyPath(policy.previous.id)} className="mono" data-testid="policy-previous">
                      {policy.previous.number}
                    </Anchor>
                  </Text>
                )}
                {policy.renewedBy && (
                  <Text size="sm">
                    {`${t('policies.renewals.renewedBy')}: `}
                    <Anchor component={Link} to={policyPath(policy.renewedBy.id)} className="mono" data-testid="policy-renewed-by">
                      {policy.renewedBy.number}
                    </Anchor>
                  </Text>
                )}
              </Group>
            )}
          </Stack>
          <Group gap="sm">
            {canEdit && <EndorseButton policy={policy} />}
            {canRenew && <RenewButton policy={policy} />}
            {canEdit && <StatusMoves policy={policy} />}
          </Group>
        </Group>
      </Paper>
      <Tabs value={tab} onChange={(v) => v && setParams({ tab: v }, { replace: true })} keepMounted={false} variant="outline">
        <Tabs.List aria-label={t('policies.page.tabs')}>
          {TABS.map((k) => (
            <Tabs.Tab key={k} value={k} data-testid={`policy-tab-${k}`}>
              {t(k === 'versions' || k === 'insured' ? `policies.changes.tab.${k}` : `policies.page.tab.${k}`)}
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
        <Tabs.Panel value="versions" pt="md">
          <PolicyVersions policy={policy} />
        </Tabs.Panel>
        <Tabs.Panel value="insured" pt="md">
          <PolicyInsured policy={policy} canEdit={canEdit} onChanged={onChanged} />
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
