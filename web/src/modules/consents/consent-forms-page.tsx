import { useState } from 'react';
import { Badge, Button, Code, Group, Paper, Stack, Switch, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { PageHeader } from '../../components/page-header';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { EmptyState, Loading, QueryError } from '../../components/query-state';
import { useSession } from '../../session/session-context';
import { useFormat } from '../../i18n/format';
import { ConsentFormsQuery, CreateConsentFormMutation, PublishConsentFormMutation, RetireConsentFormMutation, SaveConsentDraftMutation } from './queries';
import { ConsentDraftEditor, type DraftState, draftFrom, draftInput } from './consent-draft-editor';
import { consentFieldErrors, pickText } from './texts';

type FormRow = NonNullable<ReturnType<typeof useForms>[0]['data']>['consentForms'][number];
const useForms = (all: boolean) => useQuery({ query: ConsentFormsQuery, variables: { all }, requestPolicy: 'cache-and-network' });

/** The company's consent forms (CN-1): list, add, edit a draft, publish it as a new version, retire. */
export function ConsentFormsPage() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const companyLang = (session.me.company?.locale ?? 'en').slice(0, 2);
  const [all, setAll] = useState(false);
  const [{ data, error }, refetch] = useForms(all);
  const [editing, setEditing] = useState<{ form: FormRow | null; initial: DraftState } | null>(null);
  const [publishing, setPublishing] = useState<FormRow | null>(null);
  const [created, create] = useMutation(CreateConsentFormMutation);
  const [saved, save] = useMutation(SaveConsentDraftMutation);
  const [published, publish] = useMutation(PublishConsentFormMutation);
  const [, retire] = useMutation(RetireConsentFormMutation);
  const canEdit = session.can('consents', 'edit');
  const reload = () => refetch({ requestPolicy: 'network-only' });

  async function onSave(d: DraftState) {
    const r = editing?.form
      ? await save({ formId: editing.form.id, input: draftInput(d) })
      : await create({ input: { code: d.code, kind: d.kind as never, draft: draftInput(d) } });
    if (r.error) return;
    notifications.show({ color: 'teal', message: t('consents.forms.draftSaved') });
    setEditing(null);
    reload();
  }

  async function onPublish() {
    if (!publishing) return;
    const r = await publish({ formId: publishing.id });
    if (r.error) {
      notifications.show({ color: 'red', message: Object.values(consentFieldErrors(t, r.error))[0] ?? r.error.message });
    } else {
      notifications.show({ color: 'teal', message: t('consents.forms.published', { code: publishing.code, version: r.data?.publishConsentForm.version }) });
    }
    setPublishing(null);
    reload();
  }

  if (error && !data) return <QueryError error={error} onRetry={reload} />;
  if (!data) return <Loading />;
  const forms = data.consentForms;
  return (
    <Stack>
      <PageHeader
        title={t('consents.forms.title')}
        subtitle={t('consents.forms.subtitle')}
        actions={
          session.can('consents', 'create') && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ form: null, initial: draftFrom(null) })} data-testid="new-form">
              {t('consents.forms.new')}
            </Button>
          )
        }
      />
      <Switch label={t('consents.forms.showRetired')} checked={all} onChange={(e) => setAll(e.currentTarget.checked)} />
      {forms.length === 0 ? (
        <EmptyState title={t('consents.forms.empty')} />
      ) : (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={760}>
            <Table data-testid="consent-forms">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('consents.field.code')}</Table.Th>
                  <Table.Th>{t('consents.field.title')}</Table.Th>
                  <Table.Th>{t('consents.field.version')}</Table.Th>
                  <Table.Th>{t('consents.field.textHash')}</Table.Th>
                  <Table.Th>{t('common.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {forms.map((f) => (
                  <Table.Tr key={f.id} data-testid="consent-form-row" data-code={f.code}>
                    <Table.Td>
                      <Stack gap={2}>
                        <Text fw={600}>{f.code}</Text>
                        <Badge variant="light" size="sm">
                          {t(`consents.kind.${f.kind}`, { defaultValue: f.kind })}
                        </Badge>
                        {f.retired && (
                          <Badge color="gray" size="sm">
                            {t('consents.forms.retired')}
                          </Badge>
                        )}
                      </Stack>
                    </Table.Td>
                    <Table.Td>{pickText(f.current?.title ?? f.draft?.title ?? [], i18n.language, companyLang)}</Table.Td>
                    <Table.Td data-testid="form-version">
                      {f.current ? t('consents.forms.versionOf', { version: f.current.version, date: format.dateTime(f.current.publishedAt) }) : t('consents.forms.unpublished')}
                      {f.draft && (
                        <Badge ml="xs" color="yellow" size="sm">
                          {t('consents.forms.draft')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{f.current?.textHash && <Code>{f.current.textHash.slice(0, 12)}</Code>}</Table.Td>
                    <Table.Td>
                      {canEdit && (
                        <Group gap="xs">
                          <Button size="xs" variant="light" onClick={() => setEditing({ form: f, initial: draftFrom(f.draft ?? f.current, f.code, f.kind) })} data-testid="edit-draft">
                            {f.draft ? t('consents.forms.editDraftShort') : t('consents.forms.newVersion')}
                          </Button>
                          {f.draft && !f.retired && (
                            <Button size="xs" onClick={() => setPublishing(f)} data-testid="publish">
                              {t('consents.forms.publish')}
                            </Button>
                          )}
                          <Button size="xs" variant="subtle" color={f.retired ? 'teal' : 'gray'} onClick={async () => { await retire({ formId: f.id, retired: !f.retired }); reload(); }} data-testid="retire">
                            {f.retired ? t('consents.forms.restore') : t('consents.forms.retire')}
                          </Button>
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      {editing && (
        <ConsentDraftEditor
          opened
          isNew={!editing.form}
          initial={editing.initial}
          companyLang={companyLang}
          saving={created.fetching || saved.fetching}
          error={editing.form ? saved.error : created.error}
          onSave={onSave}
          onClose={() => setEditing(null)}
        />
      )}
      <ConfirmDialog
        opened={!!publishing}
        title={t('consents.forms.publishTitle', { code: publishing?.code ?? '' })}
        message={t('consents.forms.publishMessage')}
        confirmLabel={t('consents.forms.publish')}
        loading={published.fetching}
        onConfirm={onPublish}
        onClose={() => setPublishing(null)}
      />
    </Stack>
  );
}
