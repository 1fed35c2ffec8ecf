import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from './gql';
import { DownloadLink } from './download-link';
import { usePortalFormat } from './portal-format';

export const PortalOfferFields = graphql(`
  fragment PortalOfferFields on PortalOffer {
    id
    productName
    state
    premiumGross
    validUntil
    pdfUrl
  }
`);

export interface OfferLineData {
  productName: string;
  state: string;
  premiumGross: string;
  validUntil: string;
  pdfUrl: string;
}

/** One offer as the portal shows it: (its product,) the premium and validity, its state, its PDF (audited download). */
export function OfferLine({ offer, testId, withProduct = false }: { offer: OfferLineData; testId: string; withProduct?: boolean }) {
  const { t } = useTranslation();
  const format = usePortalFormat();
  return (
    <Group justify="space-between" wrap="wrap" gap="xs" data-testid={testId}>
      <Stack gap={0}>
        {withProduct && (
          <Text size="sm" fw={600}>
            {offer.productName}
          </Text>
        )}
        <Text size="sm" data-testid={`${testId}-terms`}>
          {t('portal3.quotes.offer', { amount: format.amount(offer.premiumGross), date: format.day(offer.validUntil) })}
        </Text>
        <Text size="xs" c="dimmed">
          {t(`portal3.offers.state.${offer.state}`, { defaultValue: offer.state })}
        </Text>
      </Stack>
      <DownloadLink href={offer.pdfUrl} testId={`${testId}-pdf`}>
        {t('portal3.download')}
      </DownloadLink>
    </Group>
  );
}
