import { useState } from 'react';
import { Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from './gql';
import { DownloadLink } from './download-link';
import { useFormat } from '../i18n/format';

const ContractDocumentsQuery = graphql(`
  query PortalContractDocuments($policyId: ID!) {
    portalContractDocuments(policyId: $policyId) {
      id
      fileName
      sizeBytes
      createdAt
      downloadUrl
    }
  }
`);

/** A shared contract's documents on the portal: listed on demand, each downloaded through the audited route. */
export function ContractDocuments({ policyId }: { policyId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [open, setOpen] = useState(false);
  const [{ data, fetching }] = useQuery({ query: ContractDocumentsQuery, variables: { policyId }, pause: !open });
  const docs = data?.portalContractDocuments ?? [];
  return (
    <Stack gap={4} mt={4}>
      <Group>
        <Button variant="subtle" size="compact-sm" px={0} onClick={() => setOpen(!open)} aria-expanded={open} data-testid="portal-contract-documents-toggle">
          {open ? t('portal3.documents.hide') : t('portal3.documents.show')}
        </Button>
      </Group>
      {open && fetching && !data && <Loader size="xs" />}
      {open && data && !docs.length && (
        <Text size="sm" c="dimmed" data-testid="portal-contract-documents-none">
          {t('portal3.documents.none')}
        </Text>
      )}
      {open &&
        docs.map((d) => (
          <Group key={d.id} gap="xs" wrap="wrap" data-testid="portal-contract-document">
            <DownloadLink href={d.downloadUrl} testId="portal-contract-document-download">
              {d.fileName}
            </DownloadLink>
            <Text size="xs" c="dimmed">
              {t('portal3.documents.detail', { size: format.number(Math.max(1, Math.round(d.sizeBytes / 1024))), date: format.date(d.createdAt) })}
            </Text>
          </Group>
        ))}
    </Stack>
  );
}
