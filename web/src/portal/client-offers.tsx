import { useState } from 'react';
import { Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from './gql';
import { OfferLine } from './offer-line';

const ClientOffersQuery = graphql(`
  query PortalClientOffers($clientId: ID!, $lang: String) {
    portalOffers(clientId: $clientId, lang: $lang) {
      ...PortalOfferFields
    }
  }
`);

/**
 * The offers the agency made to a client, whether the client asked on-line or not (an offer made at the
 * counter or on the phone is here too): listed on demand, each PDF downloaded through the audited route.
 */
export function ClientOffers({ clientId }: { clientId: string }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const [{ data, fetching }] = useQuery({ query: ClientOffersQuery, variables: { clientId, lang: i18n.language.slice(0, 2) }, pause: !open });
  const offers = data?.portalOffers ?? [];
  return (
    <Stack gap={4}>
      <Group>
        <Button variant="subtle" size="compact-sm" px={0} onClick={() => setOpen(!open)} aria-expanded={open} data-testid="portal-client-offers-toggle">
          {open ? t('portal4.offers.hide') : t('portal4.offers.show')}
        </Button>
      </Group>
      {open && fetching && !data && <Loader size="xs" />}
      {open && data && !offers.length && (
        <Text size="sm" c="dimmed" data-testid="portal-client-offers-none">
          {t('portal4.offers.none')}
        </Text>
      )}
      {open &&
        offers.map((o) => <OfferLine key={o.id} offer={o} testId="portal-client-offer" withProduct />)}
    </Stack>
  );
}
