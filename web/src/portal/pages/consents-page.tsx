import { Alert, Anchor, Badge, Button, Card, Group, List, Loader, Radio, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useErrorText } from '../../graphql/error-text';
import { graphql } from '../gql';
import { DownloadLink } from '../download-link';
import type { PortalConsentsPageQuery } from '../gql/graphql';

const Consents = graphql(`
  query PortalConsentsPage($clientId: ID!, $lang: String) {
    portalMe {
      id
      readOnly
    }
    portalConsents(clientId: $clientId, lang: $lang) {
      clientId
      forms {
        formId
        code
        versionId
        version
        title
        body
        clauses {
          key
          required
          text
        }
        lastDecision
        answeredVersion
        pending
        withdrawable
        changes {
          key
          change
          before
          after
        }
      }
      records {
        id
        seq
        formCode
        formTitle
        version
        decision
        channel
        stamp
        validationString
        verificationCode
        pdfUrl
      }
    }
  }
`);

const Give = graphql(`
  mutation PortalGiveConsents($clientId: ID!, $forms: [PortalConsentFormAnswerInput!]!) {
    portalGiveConsents(clientId: $clientId, forms: $forms) {
      clientId
    }
  }
`);

const Withdraw = graphql(`
  mutation PortalWithdrawConsent($clientId: ID!, $formId: ID!) {
    portalWithdrawConsent(clientId: $clientId, formId: $formId) {
      clientId
    }
  }
`);

type Form = PortalConsentsPageQuery['portalConsents']['forms'][number];

const DECISION_COLORS: Record<string, string> = { accepted: 'green', refused: 'orange', withdrawn: 'gray', delivered: 'blue' };

/** One form: its text and clauses, each answered yes or no (never pre-ticked); withdrawal in one click when accepted. */
function FormCard({ form, clientId, readOnly, onDone }: { form: Form; clientId: string; readOnly: boolean; onDone: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [open, setOpen] = useState(form.pending);
  const [answers, setAnswers] = useState<Record<string, boolean | undefined>>({});
  const [giveState, give] = useMutation(Give);
  const [withdrawState, withdraw] = useMutation(Withdraw);
  const complete = form.clauses.every((c) => answers[c.key] !== undefined);
  const submit = async () => {
    const r = await give({ clientId, forms: [{ formVersionId: form.versionId, answers: form.clauses.map((c) => ({ key: c.key, accepted: !!answers[c.key] })) }] });
    if (!r.error) {
      setOpen(false);
      setAnswers({});
      onDone();
    }
  };
  const error = giveState.error ?? withdrawState.error;
  return (
    <Card withBorder padding="sm" data-testid={`portal-consent-form-${form.code}`}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text fw={600}>{form.title}</Text>
          <Group gap={4} wrap="nowrap">
            {form.pending && (
              <Badge color="red" variant="light" data-testid="portal-consent-pending">
                {t('portal2.consents.pending')}
              </Badge>
            )}
            <Badge color={DECISION_COLORS[form.lastDecision ?? ''] ?? 'gray'} variant="light">
              {form.lastDecision ? t(`portal2.consents.decision.${form.lastDecision}`) : t('portal2.consents.notAnswered')}
            </Badge>
          </Group>
        </Group>
        <Text size="xs" c="dimmed">
          {t('portal2.consents.version', { version: form.version })}
        </Text>
        {form.pending && form.changes.length > 0 && (
          <Alert color="yellow" title={t('portal2.consents.changesTitle', { version: form.answeredVersion ?? 0 })} data-testid="portal-consent-changes">
            <List size="sm">
              {form.changes.map((c, i) => (
                <List.Item key={`${c.key}-${i}`}>
                  {t(`portal2.consents.change.${c.change}`, { defaultValue: c.change })}: {c.after ?? c.before}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        {error && <Alert color="red">{errorText(error)}</Alert>}
        {open ? (
          <Stack gap="xs">
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {form.body}
            </Text>
            {form.clauses.map((c) => (
              <Radio.Group
                key={c.key}
                label={c.text}
                description={c.required ? t('portal2.consents.required') : t('portal2.consents.optional')}
                value={answers[c.key] === undefined ? null : answers[c.key] ? 'yes' : 'no'}
                onChange={(v) => setAnswers((a) => ({ ...a, [c.key]: v === 'yes' }))}
                data-testid={`portal-consent-clause-${c.key}`}
              >
                <Group mt={4}>
                  <Radio value="yes" label={t('portal2.consents.yes')} data-testid={`portal-consent-${c.key}-yes`} />
                  <Radio value="no" label={t('portal2.consents.no')} data-testid={`portal-consent-${c.key}-no`} />
                </Group>
              </Radio.Group>
            ))}
            <Button onClick={() => void submit()} disabled={!complete || readOnly} loading={giveState.fetching} data-testid="portal-consent-submit">
              {t('portal2.consents.submit')}
            </Button>
          </Stack>
        ) : (
          <Group gap="xs">
            <Button variant="light" size="xs" onClick={() => setOpen(true)} disabled={readOnly} data-testid="portal-consent-answer">
              {t('portal2.consents.answer')}
            </Button>
            {form.withdrawable && (
              <Button
                variant="subtle"
                color="red"
                size="xs"
                disabled={readOnly}
                loading={withdrawState.fetching}
                onClick={() => void withdraw({ clientId, formId: form.formId }).then((r) => !r.error && onDone())}
                data-testid="portal-consent-withdraw"
              >
                {t('portal2.consents.withdraw')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Card>
  );
}

/** The client's consents (PO-2, CN-5): forms to answer (pending ones first), the stamped history with each record's PDF. */
export function ConsentsPage() {
  const { t, i18n } = useTranslation();
  const { clientId = '' } = useParams();
  const [{ data, fetching, error }, refetch] = useQuery({ query: Consents, variables: { clientId, lang: i18n.language.slice(0, 2) } });
  if (error?.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) return <Navigate to="/sign-in" replace />;
  if (fetching && !data) return <Loader />;
  if (error && !data) return <Alert color="red">{t('portal2.consents.notFound')}</Alert>;
  const consents = data?.portalConsents;
  if (!consents) return null;
  const readOnly = !!data?.portalMe?.readOnly;
  const forms = [...consents.forms].sort((a, b) => Number(b.pending) - Number(a.pending));
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <Stack data-testid="portal-consents">
      <Group justify="space-between">
        <Title order={2}>{t('portal2.consents.title')}</Title>
        <Anchor component={Link} to="/home" size="sm">
          {t('portal2.back')}
        </Anchor>
      </Group>
      <section aria-label={t('portal2.consents.forms')}>
        <Stack gap="xs">
          {forms.map((f) => (
            <FormCard key={`${f.formId}-${f.versionId}-${f.lastDecision ?? ''}`} form={f} clientId={consents.clientId} readOnly={readOnly} onDone={reload} />
          ))}
        </Stack>
      </section>
      <section aria-label={t('portal2.consents.history')}>
        <Title order={3} size="h5" mb="xs">
          {t('portal2.consents.history')}
        </Title>
        {!consents.records.length && <Text c="dimmed">{t('portal2.consents.noRecords')}</Text>}
        <Stack gap="xs">
          {consents.records.map((r) => (
            <Card key={r.id} withBorder padding="sm" data-testid="portal-consent-record">
              <Group justify="space-between" wrap="nowrap">
                <Text fw={600} size="sm">
                  {r.formTitle} · {t('portal2.consents.version', { version: r.version })}
                </Text>
                <Badge color={DECISION_COLORS[r.decision] ?? 'gray'} variant="light">
                  {t(`portal2.consents.decision.${r.decision}`)}
                </Badge>
              </Group>
              <Text size="xs" data-testid="portal-consent-stamp">
                {t('portal2.consents.stamp', { stamp: r.validationString })}
              </Text>
              <Text size="xs" c="dimmed">
                {t('portal2.consents.code', { code: r.verificationCode })} · {t(`portal2.consents.channel.${r.channel}`, { defaultValue: r.channel })}
              </Text>
              {r.pdfUrl && (
                <DownloadLink href={r.pdfUrl} testId="portal-consent-pdf">
                  {t('portal2.consents.pdf')}
                </DownloadLink>
              )}
            </Card>
          ))}
        </Stack>
      </section>
    </Stack>
  );
}
