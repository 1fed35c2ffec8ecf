import { useState } from 'react';
import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { PageHeader } from '../../components/page-header';
import { EmptyState, Loading, QueryError } from '../../components/query-state';
import { useErrorText } from '../../graphql/error-text';
import { useSession } from '../../session/session-context';
import { GrantForm, GrantUserActions, InviteUserForm, NewGrantForm } from './portal-grant-forms';

const PortalGrantsQuery = graphql(`
  query PortalGrantsPage {
    portalGrants {
      id
      name
      includeClaims
      commercialView
      shareMode
      shareStatuses
      shareLines
      policyIds
      clients {
        id
        displayName
      }
      users {
        id
        email
        linked
      }
    }
  }
`);

const PortalViewAsMutation = graphql(`
  mutation PortalViewAs($grantUserId: ID!) {
    portalViewAs(grantUserId: $grantUserId) {
      token
      expiresAt
    }
  }
`);

/** The portal's access grants (PO-5 … PO-8): who sees which clients; "view as" opens the portal read-only as that user. */
export function PortalGrantsPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [{ data, error }, refetch] = useQuery({ query: PortalGrantsQuery, requestPolicy: 'cache-and-network' });
  const [viewAsState, viewAs] = useMutation(PortalViewAsMutation);
  const session = useSession();
  // "view as" shows the card, the shared contracts and their claims: their rights as well (the server's rule)
  const viewAsAllowed = session.can('clients', 'view') && session.can('policies', 'view') && session.can('claims', 'view');
  const [editing, setEditing] = useState<string | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  if (error && !data) return <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return <Loading />;

  async function open(grantUserId: string) {
    // the tab opens now (a popup blocker allows it only in the click), the read-only session follows
    const tab = window.open('about:blank', '_blank');
    const r = await viewAs({ grantUserId });
    if (r.error || !r.data) {
      tab?.close();
      notifications.show({ color: 'red', message: r.error ? errorText(r.error) : t('portal2.staff.viewAsFailed') });
      return;
    }
    const url = `/portal/view-as#${encodeURIComponent(r.data.portalViewAs.token)}`;
    if (tab) tab.location.href = url;
    else window.location.assign(url);
  }

  return (
    <Stack>
      <PageHeader title={t('portal2.staff.grantsTitle')} subtitle={t('portal2.staff.grantsSubtitle')} />
      {session.can('portal', 'create') && <NewGrantForm onCreated={reload} />}
      {!data.portalGrants.length && <EmptyState title={t('portal2.staff.noGrants')} />}
      {data.portalGrants.map((g) => (
        <Card key={g.id} withBorder data-testid="portal-grant">
          <Stack gap="xs">
            <Group justify="space-between">
              <Text fw={600}>{g.name}</Text>
              {session.can('portal', 'edit') && editing !== g.id && (
                <Button size="xs" variant="light" onClick={() => setEditing(g.id)} data-testid="portal-grant-edit">
                  {t('portalGrants.edit')}
                </Button>
              )}
            </Group>
            <Text size="sm" c="dimmed" data-testid="portal-grant-client-names">
              {g.clients.map((c) => c.displayName).join(', ')}
            </Text>
            <Text size="xs" c="dimmed" data-testid="portal-grant-shares">
              {[
                ...(g.shareMode === 'PICKED' ? [t('portalGrants.picked', { count: g.policyIds.length })] : g.shareStatuses.map((s) => t(`policies.status.${s.toLowerCase()}`, { defaultValue: s }))),
                ...(g.includeClaims ? [t('portalGrants.includeClaims')] : []),
                ...(g.commercialView ? [t('portalGrants.commercialView')] : []),
              ].join(' · ')}
            </Text>
            {editing === g.id && (
              <GrantForm
                grant={{ ...g, clients: g.clients, policyIds: g.policyIds.map(String) }}
                onSaved={() => {
                  setEditing(null);
                  reload();
                }}
                onCancel={() => setEditing(null)}
              />
            )}
            {g.users.map((u) => (
              <Group key={u.id} justify="space-between" data-testid="portal-grant-user">
                <Group gap="xs">
                  <Text size="sm">{u.email}</Text>
                  <Badge variant="light" color={u.linked ? 'teal' : 'gray'}>
                    {u.linked ? t('portal2.staff.linked') : t('portal2.staff.invited')}
                  </Badge>
                </Group>
                <Group gap="xs">
                  {u.linked && viewAsAllowed && (
                    <Button size="xs" variant="light" loading={viewAsState.fetching} onClick={() => void open(u.id)} data-testid="portal-view-as">
                      {t('portal2.staff.viewAs')}
                    </Button>
                  )}
                  {session.can('portal', 'edit') && <GrantUserActions user={u} onChanged={reload} />}
                </Group>
              </Group>
            ))}
            {session.can('portal', 'edit') && <InviteUserForm grantId={g.id} onChanged={reload} />}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
