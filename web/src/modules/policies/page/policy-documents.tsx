import { useState } from 'react';
import { Anchor, Button, FileInput, Group, Select, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { EmptyState, Loading, QueryError } from '../../../components/query-state';
import { useFormat } from '../../../i18n/format';
import { issueText } from '../../clients/common/field-errors';
import { ACCEPT, checkFile, formatSize, uploadDocument } from '../../clients/common/upload';
import { useClientOptions } from '../../clients/common/use-client-options';
import { PolicyDocumentsQuery } from '../queries';

/** A policy's documents (DR-1): the list with downloads, and an upload for users with policies:edit. */
export function PolicyDocuments({ policyId, canEdit }: { policyId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const lists = useClientOptions();
  const [{ data, error }, refetch] = useQuery({ query: PolicyDocumentsQuery, variables: { ownerId: policyId }, requestPolicy: 'cache-and-network' });
  const [category, setCategory] = useState<string | null>('contract');
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);

  async function upload() {
    if (!file || !category) return setFileError(t('validation.required'));
    const problem = checkFile(file);
    if (problem) return setFileError(issueText(t, problem));
    setUploading(true);
    const r = await uploadDocument('policy', policyId, category, file);
    setUploading(false);
    if (!r.ok) return setFileError(r.fields[0] ? issueText(t, r.fields[0]) : t(`errors.code.${r.code}`, { defaultValue: r.code }));
    notifications.show({ color: 'teal', message: t('clients.documents.uploaded', { file: r.document.fileName || file.name }) });
    setFile(null);
    setFileError(null);
    refetch({ requestPolicy: 'network-only' });
  }

  if (error && !data) return <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return <Loading />;
  return (
    <Stack gap="md" data-testid="policy-documents">
      {canEdit && (
        <Group align="flex-end" wrap="wrap">
          <Select label={t('clients.documents.category')} data={lists.documentCategories} value={category} onChange={setCategory} allowDeselect={false} w={200} />
          <FileInput label={t('clients.documents.file')} accept={ACCEPT} value={file} onChange={setFile} error={fileError} w={260} clearable data-testid="document-file" />
          <Button leftSection={<IconUpload size={16} />} loading={uploading} onClick={upload} data-testid="document-upload">
            {t('clients.documents.upload')}
          </Button>
        </Group>
      )}
      {data.documents.length === 0 ? (
        <EmptyState title={t('policies.page.noDocuments')} />
      ) : (
        <Table withTableBorder aria-label={t('policies.page.documents')}>
          <Table.Tbody>
            {data.documents.map((d) => (
              <Table.Tr key={d.id} data-testid="document-row">
                <Table.Td>
                  <Anchor href={d.downloadUrl} download={d.fileName} size="sm" data-testid="document-download">
                    <IconDownload size={14} aria-hidden /> {d.fileName}
                  </Anchor>
                </Table.Td>
                <Table.Td>{lists.label('documentCategory', d.category)}</Table.Td>
                <Table.Td>
                  <Text size="sm">{formatSize(d.sizeBytes, format.locale)}</Text>
                </Table.Td>
                <Table.Td>{format.dateTime(d.createdAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
