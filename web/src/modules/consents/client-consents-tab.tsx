import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Code, Group, Paper, Stack, Text, Timeline } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileTypePdf, IconPlus, IconShieldCheck, IconShieldX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import type { ClientTabProps } from '../clients/panel-tabs';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { EmptyState, Loading, QueryError } from '../../components/query-state';
import { useSession } from '../../session/session-context';
import { useFormat } from '../../i18n/format';
import { ClientConsentsQuery, ConsentHistoryPdfMutation, ConsentTimelineStartQuery, WithdrawConsentMutation } from './queries';
import { ConsentTimelineStartBar } from './consent-timeline-start';
import { RecordConsentsDialog } from './record-consents-dialog';
import { RecordDeliveryDialog } from './record-delivery-dialog';
import { consentFieldErrors, pickText } from './texts';

const COLOR: Record<string, string> = { ACCEPTED: 'teal', REFUSED: 'orange', WITHDRAWN: 'red', DELIVERED: 'blue' };

/**
 * The client card's Consents tab (CN-6): the chain from the start of the relationship, or from the date
 * agreed with the client (or any day chosen), each record with its stamp, form version, answers and PDF; withdrawal of the last acceptance of a form; the chain's verification;
 * what is pending re-consent; staff-assisted acceptance; the whole history as one PDF.
 */
export function ClientConsentsTab({ clientId }: ClientTabProps) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const companyLang = (session.me.company?.locale ?? 'en').slice(0, 2);
  // where the list starts: undefined = the agreed start (if any), null = the whole chain, or a day
  const [chosen, setChosen] = useState<string | null | undefined>(undefined);
  const [{ data: start, error: startError }, refetchStart] = useQuery({ query: ConsentTimelineStartQuery, variables: { clientId }, requestPolicy: 'cache-and-network' });
  const agreed = start?.consentTimelineStart ?? null;
  const from = chosen === undefined ? (agreed?.agreedFrom ?? null) : chosen;
  const [{ data, error }, refetch] = useQuery({ query: ClientConsentsQuery, variables: { clientId, from }, pause: !start, requestPolicy: 'cache-and-network' });
  const [recording, setRecording] = useState(false);
  const [delivering, setDelivering] = useState(false);
  const [withdrawing, setWithdrawing] = useState<{ formId: string; code: string } | null>(null);
  const [withdrawn, withdraw] = useMutation(WithdrawConsentMutation);
  const [bundle, makeBundle] = useMutation(ConsentHistoryPdfMutation);
  const reload = () => {
    refetchStart({ requestPolicy: 'network-only' });
    refetch({ requestPolicy: 'network-only' });
  };
  if ((error || startError) && !data) return <QueryError error={(error ?? startError)!} onRetry={reload} />;
  if (!data) return <Loading />;
  const records = data.consentRecords;
  const chain = data.consentChainVerification;
  const canCreate = session.can('consents', 'create');
  // the last answer per form: an acceptance there can be withdrawn
  const lastPerForm = new Map<string, string>();
  for (const r of records) if (r.kind === 'ANSWER') lastPerForm.set(r.form.id, r.id);

  async function onWithdraw() {
    if (!withdrawing) return;
    const r = await withdraw({ input: { clientId, channel: 'STAFF_SCREEN' }, formId: withdrawing.formId });
    if (r.error) notifications.show({ color: 'red', message: Object.values(consentFieldErrors(t, r.error))[0] ?? r.error.message });
    else notifications.show({ color: 'teal', message: t('consents.timeline.withdrawn', { code: withdrawing.code }) });
    setWithdrawing(null);
    reload();
  }

  async function onBundle() {
    const r = await makeBundle({ clientId });
    if (r.data?.consentHistoryPdf) window.open(r.data.consentHistoryPdf, '_blank', 'noopener');
  }

  return (
    <Stack data-testid="client-consents">
      <Group justify="space-between">
        <Badge
          size="lg"
          variant="light"
          color={chain.ok ? 'teal' : 'red'}
          leftSection={chain.ok ? <IconShieldCheck size={14} /> : <IconShieldX size={14} />}
          data-testid="consent-chain-status"
          data-ok={String(chain.ok)}
        >
          {chain.ok ? t('consents.chain.okCount', { count: chain.checked }) : t('consents.chain.brokenAt', { position: chain.breaks[0]?.position ?? 0 })}
        </Badge>
        <Group gap="xs">
          {records.length > 0 && (
            <Button variant="light" leftSection={<IconFileTypePdf size={16} />} loading={bundle.fetching} onClick={onBundle} data-testid="consent-bundle">
              {t('consents.timeline.bundle')}
            </Button>
          )}
          {canCreate && (
            <Button variant="light" onClick={() => setDelivering(true)} data-testid="record-delivery">
              {t('consents.delivery.open')}
            </Button>
          )}
          {canCreate && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setRecording(true)} data-testid="record-consents">
              {t('consents.record.open')}
            </Button>
          )}
        </Group>
      </Group>
      <ConsentTimelineStartBar
        clientId={clientId}
        agreed={agreed}
        from={from}
        canEdit={session.can('consents', 'edit')}
        onShowFrom={setChosen}
        onSaved={() => {
          notifications.show({ color: 'teal', message: t('consents.start.saved') });
          setChosen(undefined);
          reload();
        }}
      />
      {data.consentsPendingForClient.length > 0 && (
        <Alert color="orange" title={t('consents.timeline.pendingTitle')} data-testid="client-consents-pending">
          {data.consentsPendingForClient.map((p) => t('consents.timeline.pendingItem', { code: p.formCode, from: p.answeredVersion, to: p.currentVersion })).join(' · ')}
        </Alert>
      )}
      {records.length === 0 ? (
        from ? <EmptyState title={t('consents.start.noneFrom')} /> : <EmptyState title={t('consents.timeline.empty')} hint={t('consents.timeline.emptyHint')} />
      ) : (
        <Timeline active={records.length} bulletSize={20} lineWidth={2}>
          {records.map((r) => (
            <Timeline.Item key={r.id} title={`${r.seq}. ${pickText(r.formVersion.title, i18n.language, companyLang)}`} data-testid="consent-record" data-decision={r.decision} data-code={r.form.code}>
              <Paper withBorder p="sm" mt={4}>
                <Group gap="xs" mb={4}>
                  <Badge color={COLOR[r.decision] ?? 'gray'} variant="light" data-testid="consent-decision">
                    {t(`consents.decision.${r.decision}`, { defaultValue: r.decision })}
                  </Badge>
                  <Badge variant="outline">{t('consents.timeline.version', { code: r.form.code, version: r.formVersion.version })}</Badge>
                  <Text size="xs" c="dimmed">
                    {t(`consents.channel.${r.channel}`, { defaultValue: r.channel })} · {r.staffName ? t('consents.timeline.byStaff', { name: r.staffName }) : t('consents.timeline.byClient')} · {format.dateTime(r.recordedAt)}
                  </Text>
                </Group>
                <Text size="sm" data-testid="consent-stamp">
                  {t('consents.field.stamp')}: <Code>{r.validationString}</Code>
                </Text>
                <Text size="xs" c="dimmed">
                  {t('consents.field.code')}: <Code>{r.verificationCode}</Code>
                </Text>
                {r.answers.length > 0 && (
                  <Group gap={6} mt={4}>
                    {r.answers.map((a) => (
                      <Badge key={a.key} size="sm" variant="dot" color={a.accepted ? 'teal' : 'gray'}>
                        {a.key}: {a.accepted ? t('consents.answer.yes') : t('consents.answer.no')}
                      </Badge>
                    ))}
                  </Group>
                )}
                <Group gap="md" mt={6}>
                  {r.pdfUrl && (
                    <Anchor href={r.pdfUrl} target="_blank" rel="noopener" size="sm" data-testid="consent-pdf">
                      {t('consents.timeline.pdf')}
                    </Anchor>
                  )}
                  {r.paperDocumentUrl && (
                    <Anchor href={r.paperDocumentUrl} target="_blank" rel="noopener" size="sm">
                      {t('consents.timeline.scan')}
                    </Anchor>
                  )}
                  {canCreate && r.decision === 'ACCEPTED' && lastPerForm.get(r.form.id) === r.id && (
                    <Button size="compact-xs" variant="subtle" color="red" onClick={() => setWithdrawing({ formId: r.form.id, code: r.form.code })} data-testid="consent-withdraw">
                      {t('consents.timeline.withdraw')}
                    </Button>
                  )}
                </Group>
              </Paper>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
      {recording && (
        <RecordConsentsDialog
          clientId={clientId}
          documents={data.documents.filter((d) => d.category === 'consent')}
          onClose={(recorded) => {
            setRecording(false);
            if (recorded) {
              notifications.show({ color: 'teal', message: t('consents.record.done') });
              reload();
            }
          }}
        />
      )}
      {delivering && (
        <RecordDeliveryDialog
          clientId={clientId}
          documents={data.documents.filter((d) => d.category === 'consent')}
          onClose={(recorded) => {
            setDelivering(false);
            if (recorded) {
              notifications.show({ color: 'teal', message: t('consents.delivery.done') });
              reload();
            }
          }}
        />
      )}
      <ConfirmDialog
        opened={!!withdrawing}
        danger
        title={t('consents.timeline.withdrawTitle', { code: withdrawing?.code ?? '' })}
        message={t('consents.timeline.withdrawMessage')}
        confirmLabel={t('consents.timeline.withdraw')}
        loading={withdrawn.fetching}
        onConfirm={onWithdraw}
        onClose={() => setWithdrawing(null)}
      />
    </Stack>
  );
}
