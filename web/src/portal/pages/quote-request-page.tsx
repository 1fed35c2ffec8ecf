import { Alert, Anchor, Button, Card, Checkbox, Group, Loader, NativeSelect, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useErrorText } from '../../graphql/error-text';
import { errorExtension, errorReason, fieldErrors } from '../../graphql/errors';
import { graphql } from '../gql';
import { usePortalFormat } from '../portal-format';
import { answersOf, type Given, QuoteQuestionField, visibleQuestions } from './quote-questions';

const Start = graphql(`
  query PortalQuoteStart($lang: String) {
    portalMe {
      id
      readOnly
    }
    portalHome {
      clients {
        id
        displayName
      }
    }
    portalQuoteProducts(lang: $lang) {
      id
      code
      name
      questions {
        key
        type
        required
        label
        help
        unit
        min
        max
        options {
          value
          label
        }
        showWhen {
          question
          anyOf
        }
      }
    }
  }
`);

const Data = graphql(`
  query PortalQuoteData($clientId: ID!, $lang: String) {
    portalCard(clientId: $clientId) {
      id
      displayName
      firstName
      lastName
      legalName
      birthDate
      taxCode
      addresses {
        id
        kind
        line1
        postalCode
        city
        country
      }
      contacts {
        id
        kind
        value
      }
    }
    portalConsents(clientId: $clientId, lang: $lang) {
      clientId
      records {
        id
        formCode
        formTitle
        version
        decision
        stamp
        validationString
      }
    }
  }
`);

/** The chosen client's consent forms, to tell at the first step which ones wait for an answer (CN-5), by title. */
const Pending = graphql(`
  query PortalQuotePendingForms($clientId: ID!, $lang: String) {
    portalConsents(clientId: $clientId, lang: $lang) {
      clientId
      forms {
        formId
        code
        title
        pending
      }
    }
  }
`);

const Send = graphql(`
  mutation PortalRequestQuote($input: PortalQuoteRequestInput!) {
    portalRequestQuote(input: $input) {
      id
      status
    }
  }
`);

type Step = 'product' | 'confirm' | 'questions' | 'review';
const STEPS: Step[] = ['product', 'confirm', 'questions', 'review'];

/**
 * A quote request (PO-4), phone first, in four steps: the client and the product; the card's data and the
 * consents with their stamps, confirmed; the product's questionnaire; a last look, a note, and send.
 */
export function QuoteRequestPage() {
  const { t, i18n } = useTranslation();
  const format = usePortalFormat();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const lang = i18n.language.slice(0, 2);
  const [{ data, fetching, error }] = useQuery({ query: Start, variables: { lang } });
  const [step, setStep] = useState<Step>('product');
  const [clientId, setClientId] = useState('');
  const [productId, setProductId] = useState('');
  const [confirmData, setConfirmData] = useState(false);
  const [confirmConsents, setConfirmConsents] = useState(false);
  const [given, setGiven] = useState<Record<string, Given>>({});
  const [note, setNote] = useState('');
  const [sent, send] = useMutation(Send);
  const clients = data?.portalHome.clients ?? [];
  const client = clientId || clients[0]?.id || '';
  const [{ data: cardData, fetching: cardFetching }] = useQuery({ query: Data, variables: { clientId: client, lang }, pause: !client || step === 'product' });
  // checked at once, as the home's alert does; the server's refusal (`consents_pending`) stays the guard
  const [{ data: consentData }, refetchConsents] = useQuery({ query: Pending, variables: { clientId: client, lang }, pause: !client, requestPolicy: 'cache-and-network' });
  const forms = consentData?.portalConsents.clientId === client ? consentData.portalConsents.forms : [];
  const pendingForms = forms.filter((f) => f.pending);
  const titleOf = (code: string) => forms.find((f) => f.code === code)?.title ?? code;

  if (error?.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) return <Navigate to="/sign-in" replace />;
  if (fetching && !data) return <Loader />;
  if (!data) return null;
  const products = data.portalQuoteProducts;
  const product = products.find((p) => p.id === productId);
  const problems = fieldErrors(sent.error);
  const problemOf = (field: string) => {
    const f = problems.find((p) => p.field === field);
    if (!f) return undefined;
    const text = t(`embed.reason.${f.reason}`);
    return text.startsWith('embed.') ? f.message : text;
  };
  const readOnly = data.portalMe?.readOnly ?? false;
  const go = (s: Step) => setStep(s);

  const submit = async () => {
    if (!product) return;
    const r = await send({ input: { clientId: client, productId: product.id, answers: answersOf(product.questions, given), note: note.trim() || null, confirmData, confirmConsents } });
    if (!r.error) void navigate('/quotes?sent=1');
    else if (errorReason(r.error) === 'consents_pending') refetchConsents({ requestPolicy: 'network-only' }); // the forms' current titles
    else if (problems.length || fieldErrors(r.error).some((f) => f.field.startsWith('answers.'))) go('questions');
  };

  return (
    <Stack data-testid="portal-quote-request">
      <Anchor component={Link} to="/quotes" size="sm">
        {t('portal3.quotes.back')}
      </Anchor>
      <Title order={2}>{t('portal3.quotes.newTitle')}</Title>
      <Text size="sm" c="dimmed" data-testid="portal-quote-step">
        {t('portal3.quotes.step', { n: STEPS.indexOf(step) + 1, of: STEPS.length })} · {t(`portal3.quotes.steps.${step}`)}
      </Text>
      {readOnly && <Alert color="orange">{t('portal.readOnly')}</Alert>}
      {sent.error && errorReason(sent.error) === 'consents_pending' ? (
        <Alert color="yellow" title={t('portalQuoteGate.title')} data-testid="portal-quote-consents-pending">
          <Stack gap={4}>
            <Text size="sm">{t('portalQuoteGate.pending', { forms: (errorExtension<string[]>(sent.error, 'pendingForms') ?? []).map(titleOf).join(', ') })}</Text>
            <Anchor component={Link} to={`/consents/${errorExtension<string>(sent.error, 'clientId') ?? client}`} size="sm" data-testid="portal-quote-consents-link">
              {t('portalQuoteGate.answer')}
            </Anchor>
          </Stack>
        </Alert>
      ) : (
        sent.error && !problems.length && <Alert color="red">{errorText(sent.error)}</Alert>
      )}

      {step === 'product' && (
        <Stack>
          {pendingForms.length > 0 && (
            <Alert color="yellow" title={t('portalQuoteGate.title')} data-testid="portal-quote-pending-forms">
              <Stack gap={4}>
                <Text size="sm" data-testid="portal-quote-pending-titles">
                  {t('portalQuoteGate.before', { forms: pendingForms.map((f) => f.title).join(', ') })}
                </Text>
                <Anchor component={Link} to={`/consents/${client}`} size="sm" data-testid="portal-quote-pending-link">
                  {t('portalQuoteGate.answer')}
                </Anchor>
              </Stack>
            </Alert>
          )}
          {clients.length > 1 && (
            <NativeSelect label={t('portal3.quotes.client')} value={client} onChange={(e) => setClientId(e.currentTarget.value)} data={clients.map((c) => ({ value: c.id, label: c.displayName }))} data-testid="portal-quote-client" />
          )}
          {!products.length && <Text c="dimmed">{t('portal3.quotes.noProducts')}</Text>}
          <Radio.Group label={t('portal3.quotes.product')} value={productId} onChange={setProductId}>
            <Stack gap="xs" mt={4}>
              {products.map((p) => (
                <Radio key={p.id} value={p.id} label={p.name} data-testid="portal-quote-product" />
              ))}
            </Stack>
          </Radio.Group>
          <Button disabled={!product || pendingForms.length > 0} onClick={() => go('confirm')} data-testid="portal-quote-next">
            {t('portal3.quotes.next')}
          </Button>
        </Stack>
      )}

      {step === 'confirm' && (
        <Stack>
          {cardFetching && !cardData && <Loader size="sm" />}
          {cardData && (
            <>
              <Card withBorder padding="sm" data-testid="portal-quote-data">
                <Title order={3} size="h5">
                  {t('portal3.quotes.yourData')}
                </Title>
                <Text fw={600}>{cardData.portalCard.displayName}</Text>
                {cardData.portalCard.birthDate && <Text size="sm">{t('portal.fields.birthDate')}: {format.day(cardData.portalCard.birthDate)}</Text>}
                {cardData.portalCard.taxCode && <Text size="sm">{t('portal.fields.taxCode')}: {cardData.portalCard.taxCode}</Text>}
                {cardData.portalCard.addresses.map((a) => (
                  <Text key={a.id} size="sm">
                    {a.line1}, {a.postalCode} {a.city} ({a.country})
                  </Text>
                ))}
                {cardData.portalCard.contacts.map((c) => (
                  <Text key={c.id} size="sm">
                    {c.value}
                  </Text>
                ))}
              </Card>
              <Card withBorder padding="sm" data-testid="portal-quote-consents">
                <Title order={3} size="h5">
                  {t('portal3.quotes.yourConsents')}
                </Title>
                {!cardData.portalConsents.records.length && <Text size="sm">{t('portal2.consents.noRecords')}</Text>}
                {cardData.portalConsents.records
                  .filter((r, i, all) => all.findIndex((x) => x.formCode === r.formCode) === i)
                  .map((r) => (
                    <Stack key={r.id} gap={0}>
                      <Text size="sm" fw={600}>
                        {r.formTitle} · {t('portal2.consents.version', { version: r.version })} · {t(`portal2.consents.decision.${r.decision}`)}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {r.validationString}
                      </Text>
                    </Stack>
                  ))}
                <Anchor component={Link} to={`/consents/${client}`} size="sm">
                  {t('portal2.consents.link')}
                </Anchor>
              </Card>
            </>
          )}
          <Checkbox label={t('portal3.quotes.confirmData')} checked={confirmData} onChange={(e) => setConfirmData(e.currentTarget.checked)} error={problemOf('confirmData')} data-testid="portal-quote-confirm-data" />
          <Checkbox label={t('portal3.quotes.confirmConsents')} checked={confirmConsents} onChange={(e) => setConfirmConsents(e.currentTarget.checked)} error={problemOf('confirmConsents')} data-testid="portal-quote-confirm-consents" />
          <Group grow>
            <Button variant="default" onClick={() => go('product')}>
              {t('portal3.quotes.previous')}
            </Button>
            <Button disabled={!confirmData || !confirmConsents} onClick={() => go('questions')} data-testid="portal-quote-next">
              {t('portal3.quotes.next')}
            </Button>
          </Group>
        </Stack>
      )}

      {step === 'questions' && product && (
        <Stack>
          <Text fw={600}>{product.name}</Text>
          {visibleQuestions(product.questions, given).map((q) => (
            <QuoteQuestionField key={q.key} q={q} given={given[q.key]} error={problemOf(`answers.${q.key}`)} onChange={(a) => setGiven((g) => ({ ...g, [q.key]: a }))} />
          ))}
          <Group grow>
            <Button variant="default" onClick={() => go('confirm')}>
              {t('portal3.quotes.previous')}
            </Button>
            <Button onClick={() => go('review')} data-testid="portal-quote-next">
              {t('portal3.quotes.next')}
            </Button>
          </Group>
        </Stack>
      )}

      {step === 'review' && product && (
        <Stack>
          <Card withBorder padding="sm" data-testid="portal-quote-review">
            <Text fw={600}>{product.name}</Text>
            <Text size="sm">{clients.find((c) => c.id === client)?.displayName}</Text>
            {answersOf(product.questions, given).map((a) => (
              <Text key={a.question} size="sm">
                {product.questions.find((q) => q.key === a.question)?.label}:{' '}
                {a.address ? `${a.address.street}, ${a.address.postalCode} ${a.address.city}` : (a.values ?? [a.value]).map((v) => (v === 'true' ? t('embed.yes') : v === 'false' ? t('embed.no') : v)).join(', ')}
              </Text>
            ))}
          </Card>
          <Textarea label={t('portal3.quotes.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={problemOf('note')} autosize minRows={2} maxLength={2000} data-testid="portal-quote-note" />
          <Group grow>
            <Button variant="default" onClick={() => go('questions')} data-testid="portal-quote-back">
              {t('portal3.quotes.previous')}
            </Button>
            <Button onClick={() => void submit()} loading={sent.fetching} disabled={readOnly} data-testid="portal-quote-send">
              {t('portal3.quotes.send')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
