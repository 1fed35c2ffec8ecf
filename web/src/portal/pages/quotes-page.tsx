import { Alert, Anchor, Badge, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { OfferLine } from '../offer-line';
import { usePortalFormat } from '../portal-format';

const Requests = graphql(`
  query PortalQuoteRequestsPage($lang: String) {
    portalQuoteRequests(lang: $lang) {
      id
      clientName
      productName
      status
      createdAt
      answeredAt
      offers {
        ...PortalOfferFields
      }
    }
  }
`);

const STATUS_COLORS: Record<string, string> = { waiting: 'yellow', answered: 'green', closed: 'gray' };

/** The client's quote requests (PO-4): their state and the offers the agency made, each offer's PDF downloadable (audited). */
export function QuotesPage() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const format = usePortalFormat();
  const [{ data, fetching, error }] = useQuery({ query: Requests, variables: { lang: i18n.language.slice(0, 2) } });
  if (error?.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) return <Navigate to="/sign-in" replace />;
  if (fetching && !data) return <Loader />;
  const requests = data?.portalQuoteRequests ?? [];
  return (
    <Stack data-testid="portal-quotes">
      <Anchor component={Link} to="/home" size="sm">
        {t('portal2.back')}
      </Anchor>
      <Group justify="space-between">
        <Title order={2}>{t('portal3.quotes.title')}</Title>
        <Button component={Link} to="/quotes/new" size="sm" data-testid="portal-quote-new">
          {t('portal3.quotes.new')}
        </Button>
      </Group>
      {params.get('sent') && (
        <Alert color="green" data-testid="portal-quote-sent">
          {t('portal3.quotes.sent')}
        </Alert>
      )}
      {!requests.length && <Text c="dimmed">{t('portal3.quotes.none')}</Text>}
      {requests.map((r) => (
        <Card key={r.id} withBorder padding="sm" data-testid="portal-quote">
          <Group justify="space-between" wrap="nowrap">
            <Text fw={600}>{r.productName}</Text>
            <Badge color={STATUS_COLORS[r.status] ?? 'gray'} variant="light" data-testid="portal-quote-status">
              {t(`portal3.quotes.status.${r.status}`, { defaultValue: r.status })}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed">
            {r.clientName} · {t('portal3.quotes.sentOn', { date: format.date(r.createdAt) })}
          </Text>
          {r.offers.map((o) => (
            <OfferLine key={o.id} offer={o} testId="portal-quote-offer" />
          ))}
        </Card>
      ))}
    </Stack>
  );
}
