import { useState } from 'react';
import { Badge, Button, Card, Code, CopyButton, Group, Select, Stack, Switch, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { PageHeader } from '../../components/page-header';
import { EmptyState, FormError, Loading, QueryError } from '../../components/query-state';
import { errorText } from '../../graphql/error-text';
import { useSession } from '../../session/session-context';
import type { QuoteWebsiteFieldsFragment } from '../../gql/graphql';
import { productFieldErrors } from './field-errors';
import { CreateQuoteWebsiteMutation, QuoteWebsitesQuery, UpdateQuoteWebsiteMutation, WebsiteProducersQuery } from './queries';

type Draft = { name: string; origins: string; producerId: string; privacyNoticeUrl: string; active: boolean };
const EMPTY: Draft = { name: '', origins: '', producerId: '', privacyNoticeUrl: '', active: true };

/**
 * The websites of the embeddable quote form (PR-3): each with the origins it may run on, the producer
 * its requests are attributed to, the privacy notice, and the snippet to paste. Changing them needs
 * products:edit; the server checks every field.
 */
export function WebsitesPage() {
  const { t } = useTranslation();
  const session = useSession();
  const canEdit = session.can('products', 'edit');
  const [{ data, error }, refetch] = useQuery({ query: QuoteWebsitesQuery, requestPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<{ id: string | null; draft: Draft } | null>(null);
  if (error && !data) return <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return <Loading />;
  const edit = (w: QuoteWebsiteFieldsFragment) =>
    setEditing({ id: w.id, draft: { name: w.name, origins: w.origins.join('\n'), producerId: w.producerId ?? '', privacyNoticeUrl: w.privacyNoticeUrl, active: w.active } });
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('products.websites.title')}
        subtitle={t('products.websites.subtitle')}
        actions={canEdit && !editing ? <Button onClick={() => setEditing({ id: null, draft: EMPTY })} data-testid="website-add">{t('products.websites.add')}</Button> : undefined}
      />
      {editing && (
        <WebsiteForm
          id={editing.id}
          initial={editing.draft}
          onDone={() => {
            setEditing(null);
            refetch({ requestPolicy: 'network-only' });
          }}
        />
      )}
      {data.quoteWebsites.length === 0 ? (
        <EmptyState title={t('products.websites.empty')} />
      ) : (
        data.quoteWebsites.map((w) => (
          <Card key={w.id} withBorder data-testid="website-card">
            <Stack gap="xs">
              <Group justify="space-between">
                <Group gap="xs">
                  <Text fw={600}>{w.name}</Text>
                  <Badge variant="light" color={w.active ? 'green' : 'gray'}>{w.active ? t('products.websites.active') : t('products.websites.stopped')}</Badge>
                </Group>
                {canEdit && <Button size="xs" variant="light" onClick={() => edit(w)} data-testid="website-edit">{t('products.websites.edit')}</Button>}
              </Group>
              <Table>
                <Table.Tbody>
                  <Table.Tr>
                    <Table.Th>{t('products.websites.origins')}</Table.Th>
                    <Table.Td>{w.origins.join(', ')}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('products.websites.producer')}</Table.Th>
                    <Table.Td>{w.producerName ?? '—'}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('products.websites.privacyNoticeUrl')}</Table.Th>
                    <Table.Td>{w.privacyNoticeUrl}</Table.Td>
                  </Table.Tr>
                </Table.Tbody>
              </Table>
              <Text size="sm" fw={600}>{t('products.websites.snippet')}</Text>
              <Code block data-testid="website-snippet">{w.snippet}</Code>
              <Group>
                <CopyButton value={w.snippet}>
                  {({ copied, copy }) => (
                    <Button size="xs" variant="default" onClick={copy}>{copied ? t('products.websites.copied') : t('products.websites.copy')}</Button>
                  )}
                </CopyButton>
              </Group>
            </Stack>
          </Card>
        ))
      )}
    </Stack>
  );
}

function WebsiteForm({ id, initial, onDone }: { id: string | null; initial: Draft; onDone(): void }) {
  const { t } = useTranslation();
  const session = useSession();
  const [draft, setDraft] = useState<Draft>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  // members to attribute the requests to: the company's users for who may list them, else oneself
  const [{ data: people }] = useQuery({ query: WebsiteProducersQuery, pause: !session.can('base', 'view') });
  const [{ fetching: creating }, create] = useMutation(CreateQuoteWebsiteMutation);
  const [{ fetching: updating }, update] = useMutation(UpdateQuoteWebsiteMutation);
  const producers = people
    ? people.users.filter((m) => m.active).map((m) => ({ value: m.user.id, label: m.user.displayName }))
    : [{ value: session.me.user.id, label: session.me.user.displayName }, ...(initial.producerId && initial.producerId !== session.me.user.id ? [{ value: initial.producerId, label: t('products.websites.otherProducer') }] : [])];

  async function save() {
    setErrors({});
    setError(null);
    const input = {
      name: draft.name,
      origins: draft.origins.split(/[\s,]+/).filter(Boolean),
      producerId: draft.producerId || null,
      privacyNoticeUrl: draft.privacyNoticeUrl,
      active: draft.active,
    };
    const r = id ? await update({ id, input }) : await create({ input });
    if (r.error) {
      const f = productFieldErrors(t, r.error);
      // `origins.1` → the origins field, naming the line
      const originIssue = Object.entries(f).find(([k]) => k.startsWith('origins'));
      setErrors({ ...f, ...(originIssue ? { origins: originIssue[0] === 'origins' ? originIssue[1] : t('products.websites.originLine', { line: Number(originIssue[0].split('.')[1]) + 1, reason: originIssue[1] }) } : {}) });
      if (!Object.keys(f).length) setError(errorText(t, r.error));
      return;
    }
    onDone();
  }

  return (
    <Card withBorder data-testid="website-form">
      <Stack gap="sm">
        <FormError message={error} onClose={() => setError(null)} />
        <TextInput label={t('products.websites.name')} value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })} error={errors.name} required data-testid="website-name" />
        <Textarea
          label={t('products.websites.origins')}
          description={t('products.websites.originsHint')}
          value={draft.origins}
          onChange={(e) => setDraft({ ...draft, origins: e.currentTarget.value })}
          error={errors.origins}
          autosize
          minRows={2}
          required
          data-testid="website-origins"
        />
        <Select label={t('products.websites.producer')} description={t('products.websites.producerHint')} data={producers} value={draft.producerId || null} onChange={(v) => setDraft({ ...draft, producerId: v ?? '' })} error={errors.producerId} clearable searchable data-testid="website-producer" />
        <TextInput label={t('products.websites.privacyNoticeUrl')} value={draft.privacyNoticeUrl} onChange={(e) => setDraft({ ...draft, privacyNoticeUrl: e.currentTarget.value })} error={errors.privacyNoticeUrl} required data-testid="website-privacy" />
        <Switch label={t('products.websites.activeLabel')} checked={draft.active} onChange={(e) => setDraft({ ...draft, active: e.currentTarget.checked })} />
        <Group>
          <Button onClick={save} loading={creating || updating} data-testid="website-save">{t('products.websites.save')}</Button>
          <Button variant="default" onClick={onDone}>{t('common.cancel')}</Button>
        </Group>
      </Stack>
    </Card>
  );
}
