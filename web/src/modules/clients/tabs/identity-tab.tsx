import { useState } from 'react';
import { Anchor, Badge, Button, FileButton, Grid, Group } from '@mantine/core';
import { DateField, Select, TextInput } from '../common/view-fields';
import { IconUpload } from '@tabler/icons-react';
import { identityDocumentsSchema, parseArea } from '@agency/shared';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { ClientIdentityFragment, IdentityDocumentType } from '../../../gql/graphql';
import { SetClientIdentityDocumentsMutation } from '../mutations';
import { issueText } from '../common/field-errors';
import type { ClientTabProps } from '../panel-tabs';
import { binder } from '../common/bind';
import { fromApiEnum, orEmpty, orNull, toApiEnum } from '../common/client-types';
import { useValidationOptions } from '../common/registry-values';
import { useClientOptions } from '../common/use-client-options';
import { useCanEdit } from '../common/use-can-edit';
import { useRefreshCard } from '../common/use-refresh-card';
import { ACCEPT, checkFile, uploadDocument } from '../common/upload';
import { AreaForm, useAreaSubmit } from './area-form';
import { ListArea } from './list-area';
import { acceptSaved, useClientForm } from './use-client-form';

interface DocumentRow {
  id: string;
  type: string;
  number: string;
  issuer: string;
  issueDate: string;
  expiryDate: string;
  scanDocumentId: string;
}

const fromClient = (c: ClientIdentityFragment) => ({
  identityDocuments: c.identityDocuments.map((d) => ({ id: d.id, type: fromApiEnum(d.type), number: d.number, issuer: d.issuer, issueDate: d.issueDate, expiryDate: orEmpty(d.expiryDate), scanDocumentId: orEmpty(d.scanDocumentId) })),
});

const toInput = (d: DocumentRow) => ({ id: d.id || null, number: d.number, issuer: d.issuer, issueDate: d.issueDate, expiryDate: orNull(d.expiryDate), scanDocumentId: orNull(d.scanDocumentId) });

/** Days from today to a YYYY-MM-DD date. */
const daysUntil = (date: string) => Math.round((Date.parse(`${date}T00:00:00`) - Date.now()) / 86_400_000);

/** Identity documents (CL-2): type, number, issuer, issue and expiry date, and the scan. */
export function IdentityTab({ client }: ClientTabProps) {
  const { t } = useTranslation();
  const options = useValidationOptions();
  const lists = useClientOptions();
  const canEdit = useCanEdit(client);
  const refresh = useRefreshCard(client.id);
  const [uploadError, setUploadError] = useState<{ index: number; text: string } | null>(null);
  const [uploading, setUploading] = useState<number | null>(null);
  const form = useClientForm<{ identityDocuments: DocumentRow[] }>(fromClient(client));
  const [, setDocuments] = useMutation(SetClientIdentityDocumentsMutation);
  const area = useAreaSubmit(form, {
    validate: (v) => {
      const parsed = parseArea(identityDocumentsSchema(options), v.identityDocuments.map((d) => ({ ...toInput(d), type: d.type })), 'identityDocuments');
      return parsed.ok ? [] : parsed.errors;
    },
    save: async (v) => {
      const result = await setDocuments({ id: client.id, identityDocuments: v.identityDocuments.map((d) => ({ ...toInput(d), type: toApiEnum<IdentityDocumentType>(d.type) })) });
      if (result.data) acceptSaved(form, fromClient(result.data.setClientIdentityDocuments));
      return result;
    },
    saved: t('clients.panel.saved'),
  });
  const bind = binder(form, !canEdit);
  const rows = form.getValues().identityDocuments;
  const scans = client.documents.map((d) => ({ value: d.id, label: d.fileName }));

  async function uploadScan(index: number, file: File | null) {
    if (!file) return;
    const problem = checkFile(file);
    if (problem) {
      setUploadError({ index, text: issueText(t, problem) });
      return;
    }
    setUploading(index);
    const result = await uploadDocument('client', client.id, 'identity', file);
    setUploading(null);
    if (!result.ok) {
      setUploadError({ index, text: result.fields[0] ? issueText(t, result.fields[0]) : t(`errors.code.${result.code}`) });
      return;
    }
    setUploadError(null);
    await refresh();
    form.setFieldValue(`identityDocuments.${index}.scanDocumentId`, result.document.id);
  }

  return (
    <AreaForm title={t('clients.tabs.identity')} hint={t('clients.panel.identityHint')} canEdit={canEdit} dirty={form.isDirty()} area={area} onReset={() => form.reset()} testId="identity-form">
      <ListArea
        items={rows}
        itemLabel={(i) => t('clients.panel.identityN', { n: i + 1 })}
        canEdit={canEdit}
        addLabel={t('clients.panel.addIdentity')}
        emptyText={t('clients.panel.noIdentity')}
        onAdd={() => form.insertListItem('identityDocuments', { id: '', type: 'identity_card', number: '', issuer: '', issueDate: '', expiryDate: '', scanDocumentId: '' })}
        onRemove={(i) => form.removeListItem('identityDocuments', i)}
        testId="identity"
        renderItem={(row, i) => {
          const days = row.expiryDate ? daysUntil(row.expiryDate) : null;
          const scan = client.documents.find((d) => d.id === row.scanDocumentId);
          return (
            <Grid gap="md" align="flex-end">
              <Grid.Col span={{ base: 12, sm: 4 }}>
                <Select label={t('clients.fields.identityType')} data={lists.identityDocumentTypes} allowDeselect={false} comboboxProps={{ withinPortal: true }} {...bind(`identityDocuments.${i}.type`, { type: 'select' })} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 4 }}>
                <TextInput label={t('clients.fields.documentNumber')} withAsterisk={canEdit} {...bind(`identityDocuments.${i}.number`)} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 4 }}>
                <TextInput label={t('clients.fields.issuer')} withAsterisk={canEdit} {...bind(`identityDocuments.${i}.issuer`)} />
              </Grid.Col>
              <Grid.Col span={{ base: 6, sm: 3 }}>
                <DateField label={t('clients.fields.issueDate')} withAsterisk={canEdit} {...bind(`identityDocuments.${i}.issueDate`, { type: 'date' })} />
              </Grid.Col>
              <Grid.Col span={{ base: 6, sm: 3 }}>
                <DateField label={t('clients.fields.expiryDate')} withAsterisk={canEdit && row.type !== 'other'} {...bind(`identityDocuments.${i}.expiryDate`, { type: 'date' })} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <Group gap="xs" align="flex-end" wrap="nowrap">
                  <Select label={t('clients.fields.scan')} data={scans} clearable placeholder={t('clients.panel.noScan')} comboboxProps={{ withinPortal: true }} style={{ flex: 1 }} {...bind(`identityDocuments.${i}.scanDocumentId`, { type: 'select' })} />
                  {canEdit && (
                    <FileButton onChange={(f) => void uploadScan(i, f)} accept={ACCEPT}>
                      {(props) => (
                        <Button {...props} variant="light" leftSection={<IconUpload size={16} />} loading={uploading === i}>
                          {t('clients.panel.uploadScan')}
                        </Button>
                      )}
                    </FileButton>
                  )}
                </Group>
              </Grid.Col>
              <Grid.Col span={12}>
                <Group gap="xs">
                  {days !== null && days < 0 && <Badge color="red" variant="light">{t('clients.panel.expired')}</Badge>}
                  {days !== null && days >= 0 && days <= 60 && <Badge color="orange" variant="light">{t('clients.panel.expiresInDays', { count: days })}</Badge>}
                  {scan && (
                    <Anchor href={scan.downloadUrl} download={scan.fileName} size="sm">
                      {t('clients.panel.downloadScan', { file: scan.fileName })}
                    </Anchor>
                  )}
                  {uploadError?.index === i && (
                    <Badge color="red" variant="light" role="alert">
                      {uploadError.text}
                    </Badge>
                  )}
                </Group>
              </Grid.Col>
            </Grid>
          );
        }}
      />
    </AreaForm>
  );
}
