import { useMemo, useState } from 'react';
import { ActionIcon, Anchor, Badge, Button, FileInput, Group, Paper, Select, Stack, Text, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconTrash, IconUpload } from '@tabler/icons-react';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { DeleteDocumentMutation } from '../mutations';
import { issueText } from '../common/field-errors';
import type { ClientTabProps } from '../panel-tabs';
import type { ClientCard } from '../common/client-types';
import { DataTable } from '../../../components/data-table';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { errorText } from '../../../graphql/error-text';
import { useFormat } from '../../../i18n/format';
import { useClientOptions } from '../common/use-client-options';
import { useCanEdit } from '../common/use-can-edit';
import { useSession } from '../../../session/session-context';
import { useRefreshCard } from '../common/use-refresh-card';
import { ACCEPT, checkFile, formatSize, uploadDocument } from '../common/upload';

type DocumentRow = ClientCard['documents'][number];
const column = createColumnHelper<DocumentRow>();

/** The client's documents (CL-4, DR-1): upload (type and size checked; clients:edit), list, download, delete (clients:delete). */
export function DocumentsTab({ client }: ClientTabProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const lists = useClientOptions();
  const canEdit = useCanEdit(client);
  // Deleting a document for good is its own right (BASE-4, clients:delete), not part of edit.
  const canDelete = useSession().can('clients', 'delete') && !client.erasedAt;
  const refresh = useRefreshCard(client.id);
  const [category, setCategory] = useState<string | null>('identity');
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const [deleting, setDeleting] = useState<DocumentRow | null>(null);
  const [removal, deleteDocument] = useMutation(DeleteDocumentMutation);

  async function upload() {
    if (!file || !category) {
      setFileError(t('validation.required'));
      return;
    }
    const problem = checkFile(file);
    if (problem) {
      setFileError(issueText(t, problem));
      return;
    }
    setUploading(true);
    const result = await uploadDocument('client', client.id, category, file);
    setUploading(false);
    if (!result.ok) {
      const field = result.fields[0];
      setFileError(field ? issueText(t, field) : t(`errors.code.${result.code}`));
      return;
    }
    notifications.show({ color: 'teal', message: t('clients.documents.uploaded', { file: result.document.fileName }) });
    setFile(null);
    setFileError(null);
    await refresh();
  }

  const columns = useMemo(
    () => [
      column.accessor('fileName', {
        header: () => t('clients.documents.file'),
        cell: (c) => (
          <Anchor href={c.row.original.downloadUrl} download={c.getValue()} size="sm" data-testid="document-download">
            <Group gap={4} wrap="nowrap">
              <IconDownload size={14} aria-hidden />
              {c.getValue()}
            </Group>
          </Anchor>
        ),
      }),
      column.accessor('category', { header: () => t('clients.documents.category'), cell: (c) => <Badge variant="light">{lists.label('documentCategory', c.getValue())}</Badge> }),
      column.accessor('sizeBytes', { header: () => t('clients.documents.size'), cell: (c) => <Text size="sm">{formatSize(c.getValue(), format.locale)}</Text> }),
      column.accessor('createdAt', { header: () => t('clients.documents.uploadedAt'), cell: (c) => <Text size="sm">{format.dateTime(c.getValue())}</Text> }),
      column.display({
        id: 'actions',
        header: () => <VisuallyHidden>{t('common.actions')}</VisuallyHidden>,
        cell: (c) =>
          canDelete && c.row.original.ownerType === 'client' ? (
            <Tooltip label={t('clients.documents.delete')} withinPortal>
              <ActionIcon variant="subtle" color="red" onClick={() => setDeleting(c.row.original)} aria-label={t('clients.documents.deleteNamed', { file: c.row.original.fileName })} data-testid="document-delete">
                <IconTrash size={16} />
              </ActionIcon>
            </Tooltip>
          ) : null,
      }),
    ],
    [t, format, lists, canDelete],
  );

  return (
    <Stack gap="md">
      {canEdit && (
        <Paper withBorder p="lg" radius="md" component="section" aria-label={t('clients.documents.uploadTitle')}>
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t('clients.documents.uploadTitle')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('clients.documents.uploadHint')}
            </Text>
            <Group align="flex-start" gap="md" wrap="wrap">
              <Select label={t('clients.documents.category')} data={lists.documentCategories} value={category} onChange={setCategory} allowDeselect={false} w={220} comboboxProps={{ withinPortal: true }} />
              <FileInput
                label={t('clients.documents.file')}
                placeholder={t('clients.documents.choose')}
                accept={ACCEPT}
                value={file}
                onChange={(f) => {
                  setFile(f);
                  setFileError(f ? (checkFile(f) ? issueText(t, checkFile(f)!) : null) : null);
                }}
                error={fileError}
                clearable
                w={{ base: '100%', sm: 340 }}
                data-testid="document-file"
              />
              <Button leftSection={<IconUpload size={16} />} onClick={() => void upload()} loading={uploading} mt={25} data-testid="document-upload">
                {t('clients.documents.upload')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
      <DataTable
        label={t('clients.tabs.documents')}
        columns={columns}
        data={client.documents}
        getRowId={(d) => d.id}
        emptyTitle={t('clients.documents.empty')}
        initialSorting={[{ id: 'createdAt', desc: true }]}
        searchText={(d) => `${d.fileName} ${lists.label('documentCategory', d.category)}`}
        minWidth={640}
      />
      <ConfirmDialog
        opened={!!deleting}
        title={t('clients.documents.deleteTitle')}
        message={t('clients.documents.deleteBody', { file: deleting?.fileName ?? '' })}
        confirmLabel={t('clients.documents.delete')}
        danger
        loading={removal.fetching}
        onClose={() => setDeleting(null)}
        onConfirm={async () => {
          if (!deleting) return;
          const result = await deleteDocument({ id: deleting.id });
          setDeleting(null);
          if (result.error) notifications.show({ color: 'red', title: t('clients.documents.deleteFailed'), message: errorText(t, result.error) });
          else {
            notifications.show({ color: 'teal', message: t('clients.documents.deleted') });
            await refresh();
          }
        }}
      />
    </Stack>
  );
}
