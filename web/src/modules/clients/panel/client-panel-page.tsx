import { Suspense } from 'react';
import { Anchor, Badge, Breadcrumbs, Stack, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { ClientCardQuery } from '../queries';
import { Loading, QueryError } from '../../../components/query-state';
import { useSession } from '../../../session/session-context';
import { useFormat } from '../../../i18n/format';
import type { ClientCard } from '../common/client-types';
import { resolveClientTabs } from '../panel-tabs';
import { LifecycleActions } from '../lifecycle/lifecycle-actions';
import { ClientHeader } from './client-header';
import { PendingTab } from './pending-tab';
import { ClientElsewhere } from './client-elsewhere';
import { errorCode } from '../../../graphql/errors';

/** The client panel (CL-4): the card's header and life cycle actions, then one tab per data area and module. */
export function ClientPanelPage() {
  const { clientId = '' } = useParams();
  const [{ data, error }, refetch] = useQuery({ query: ClientCardQuery, variables: { id: clientId }, requestPolicy: 'cache-and-network' });
  if (error && !data) {
    const retry = () => refetch({ requestPolicy: 'network-only' });
    // not in the active company: perhaps in another one of the user's
    if (errorCode(error) === 'NOT_FOUND') return <ClientElsewhere key={clientId} id={clientId} error={error} onRetry={retry} />;
    return <QueryError error={error} onRetry={retry} />;
  }
  if (!data || data.client.id !== clientId) return <Loading />;
  return <ClientPanel key={clientId} client={data.client} />;
}

function ClientPanel({ client }: { client: ClientCard }) {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const tabs = resolveClientTabs(client, session.hasRight);
  const current = tabs.find((tab) => tab.key === params.get('tab'))?.key ?? tabs[0]?.key ?? null;
  return (
    <Stack gap="lg">
      <Breadcrumbs>
        <Anchor component={Link} to="/clients/list" size="sm">
          {t('clients.nav.list')}
        </Anchor>
        <Text size="sm">{client.displayName}</Text>
      </Breadcrumbs>
      <ClientHeader client={client} actions={<LifecycleActions client={client} />} />
      <Tabs value={current} onChange={(v) => v && setParams({ tab: v }, { replace: true })} keepMounted={false} variant="outline">
        <Tabs.List aria-label={t('clients.panel.tabsLabel')} style={{ flexWrap: 'wrap' }}>
          {tabs.map((tab) => (
            <Tabs.Tab
              key={tab.key}
              value={tab.key}
              data-testid={`tab-${tab.key}`}
              rightSection={
                tab.count ? (
                  <Badge size="xs" variant="light" circle={tab.count < 10}>
                    {format.number(tab.count)}
                  </Badge>
                ) : null
              }
            >
              {tab.translated ? t(tab.label) : tab.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {tabs.map((tab) => {
          const Component = tab.tab?.component;
          return (
            <Tabs.Panel key={tab.key} value={tab.key} pt="md">
              {Component ? (
                <Suspense fallback={<Loading />}>
                  <Component clientId={client.id} client={client} />
                </Suspense>
              ) : (
                <PendingTab title={tab.label} count={tab.count} />
              )}
            </Tabs.Panel>
          );
        })}
      </Tabs>
    </Stack>
  );
}
