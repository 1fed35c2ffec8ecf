import { Alert, Anchor, Badge, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { ContractDocuments } from '../contract-documents';
import { ClientOffers } from '../client-offers';
import { usePortalFormat } from '../portal-format';

const Home = graphql(`
  query PortalHomePage($lang: String) {
    portalHome(lang: $lang) {
      clients {
        id
        displayName
        prospect
      }
      contracts {
        id
        number
        status
        clientName
        lineName
        insurerName
        coverEnd
        premiumGross
      }
      openClaims {
        id
        lossDate
        status
        policyNumber
      }
      pendingForms {
        clientId
        formId
        formCode
        formTitle
      }
    }
  }
`);

const SignOut = graphql(`
  mutation PortalSignOut {
    portalSignOut
  }
`);

/** The portal's home: the clients, the shared contracts, open claims, forms waiting for an answer. */
export function HomePage() {
  const { t, i18n } = useTranslation();
  const format = usePortalFormat();
  const [{ data, fetching, error }] = useQuery({ query: Home, variables: { lang: i18n.language.slice(0, 2) } });
  const [, signOut] = useMutation(SignOut);
  if (error?.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) return <Navigate to={{ pathname: '/sign-in', search: window.location.search }} replace />;
  if (fetching && !data) return <Loader />;
  const home = data?.portalHome;
  if (!home) return null;
  return (
    <Stack data-testid="portal-home">
      <Group justify="space-between">
        <Title order={2}>{t('portal.home.title')}</Title>
        <Button variant="subtle" size="xs" onClick={() => void signOut({}).then(() => window.location.assign('/portal/sign-in'))}>
          {t('portal.home.signOut')}
        </Button>
      </Group>
      <Group gap="xs" data-testid="portal-nav">
        <Button component={Link} to="/quotes" variant="light" size="xs" data-testid="portal-nav-quotes">
          {t('portal3.nav.quotes')}
        </Button>
        <Button component={Link} to="/messages" variant="light" size="xs" data-testid="portal-nav-messages">
          {t('portalMessages.portal.nav')}
        </Button>
        <Button component={Link} to="/security" variant="light" size="xs" data-testid="portal-nav-security">
          {t('portal3.nav.security')}
        </Button>
      </Group>
      {home.pendingForms.length > 0 && (
        <Alert color="yellow" title={t('portal.home.pendingForms')} data-testid="portal-pending-forms">
          <Stack gap={4}>
            <Text size="sm">{t('portal2.consents.pendingIntro')}</Text>
            {[...new Set(home.pendingForms.map((f) => f.clientId))].map((clientId) => (
              <Group key={clientId} gap="xs">
                <Text size="sm">
                  {home.clients.find((c) => c.id === clientId)?.displayName}:{' '}
                  {home.pendingForms
                    .filter((f) => f.clientId === clientId)
                    .map((f) => f.formTitle)
                    .join(', ')}
                </Text>
                <Button component={Link} to={`/consents/${clientId}`} size="xs" data-testid="portal-pending-answer">
                  {t('portal2.consents.answerNow')}
                </Button>
              </Group>
            ))}
          </Stack>
        </Alert>
      )}
      <section aria-label={t('portal.home.clients')}>
        <Title order={3} size="h5">
          {t('portal.home.clients')}
        </Title>
        <Stack gap="sm">
          {home.clients.map((c) => (
            <Stack key={c.id} gap={0}>
              <Group gap="xs" data-testid="portal-client">
                <Text>{c.displayName}</Text>
                {c.prospect && <Badge variant="light">{t('portal.home.prospect')}</Badge>}
                <Anchor component={Link} to={`/consents/${c.id}`} size="sm" data-testid="portal-client-consents">
                  {t('portal2.consents.link')}
                </Anchor>
              </Group>
              <ClientOffers clientId={c.id} />
            </Stack>
          ))}
        </Stack>
      </section>
      <section aria-label={t('portal.home.contracts')}>
        <Title order={3} size="h5">
          {t('portal.home.contracts')}
        </Title>
        {!home.contracts.length && <Text c="dimmed">{t('portal.home.noContracts')}</Text>}
        <Stack gap="xs">
          {home.contracts.map((c) => (
            <Card key={c.id} withBorder padding="sm" data-testid="portal-contract">
              <Group justify="space-between" wrap="nowrap">
                <Text fw={600}>{c.number}</Text>
                <Badge variant="light">{t(`policies.status.${c.status.toLowerCase()}`, { defaultValue: c.status })}</Badge>
              </Group>
              <Text size="sm">
                {c.lineName} · {c.insurerName}
              </Text>
              <Text size="sm" c="dimmed">
                {c.clientName} · {t('portal.home.coverUntil', { date: format.day(c.coverEnd) })}
              </Text>
              {c.premiumGross && <Text size="sm">{t('portal.home.premium', { amount: format.amount(c.premiumGross) })}</Text>}
              <ContractDocuments policyId={c.id} />
            </Card>
          ))}
        </Stack>
      </section>
      {home.openClaims.length > 0 && (
        <section aria-label={t('portal.home.claims')}>
          <Title order={3} size="h5">
            {t('portal.home.claims')}
          </Title>
          {home.openClaims.map((c) => (
            <Text key={c.id} size="sm" data-testid="portal-claim">
              {format.day(c.lossDate)} · {c.policyNumber ?? t('portal.home.noContract')}
            </Text>
          ))}
        </section>
      )}
    </Stack>
  );
}
