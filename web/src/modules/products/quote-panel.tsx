import { useState } from 'react';
import { Button, Group, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation } from 'urql';
import { useNavigate } from 'react-router';
import { FormError } from '../../components/query-state';
import { errorText } from '../../graphql/error-text';
import { useSession } from '../../session/session-context';
import { ClientPicker, type PickedClient } from '../clients/common/client-picker';
import type { DesignQuestion } from './design';
import { Breakdown, type BreakdownData } from './breakdown';
import { Questionnaire, answerInputs, type Answers } from './questionnaire';
import { productFieldErrors } from './field-errors';
import { AnswerQuoteRequestMutation, CreateOfferMutation, RateQuoteQuery } from './queries';

interface Props {
  versionId: string;
  questions: DesignQuestion[];
  /** Offers can be saved (versions in test or published). */
  canOffer: boolean;
  /** Answering a quote request: its answers and client prefilled; saving the offer answers it (the requester is e-mailed). */
  request?: { id: string; client: PickedClient | null; answers: Answers } | null;
}

/** The quote page's core (PR-2): answer the questionnaire, see the breakdown, save it on a client as an offer. */
export function QuotePanel({ versionId, questions, canOffer, request }: Props) {
  const { t } = useTranslation();
  const client = useClient();
  const session = useSession();
  const navigate = useNavigate();
  const [answers, setAnswers] = useState<Answers>(request?.answers ?? {});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<BreakdownData | null>(null);
  const [rating, setRating] = useState(false);
  const [holder, setHolder] = useState<PickedClient | null>(request?.client ?? null);
  const [{ fetching: saving }, createOffer] = useMutation(CreateOfferMutation);
  const [{ fetching: answering }, answerRequest] = useMutation(AnswerQuoteRequestMutation);

  const byQuestion = (e: Parameters<typeof productFieldErrors>[1]) =>
    Object.fromEntries(Object.entries(productFieldErrors(t, e)).map(([k, v]) => [k.replace(/^answers\./, ''), v]));

  async function rate() {
    setError(null);
    setErrors({});
    setRating(true);
    const r = await client.query(RateQuoteQuery, { versionId, answers: answerInputs(questions, answers) }, { requestPolicy: 'network-only' }).toPromise();
    setRating(false);
    if (r.error) {
      const f = byQuestion(r.error);
      if (Object.keys(f).length) setErrors(f);
      else setError(errorText(t, r.error));
      setResult(null);
      return;
    }
    setResult(r.data!.rateQuote.breakdown);
  }

  async function save() {
    if (!holder) return;
    setError(null);
    const r = await createOffer({ input: { clientId: holder.id, versionId, answers: answerInputs(questions, answers), requestId: request?.id ?? null } });
    if (r.error) {
      const f = byQuestion(r.error);
      if (Object.keys(f).length) setErrors(f);
      else setError(errorText(t, r.error));
      return;
    }
    if (request) {
      const a = await answerRequest({ id: request.id, offerIds: [r.data!.createOffer.id] });
      if (a.error) return setError(errorText(t, a.error));
      navigate('/products/requests');
      return;
    }
    navigate(`/clients/${holder.id}?tab=offers`);
  }

  return (
    <Stack gap="md" data-testid="quote-panel">
      <FormError message={error} onClose={() => setError(null)} />
      <Questionnaire questions={questions} answers={answers} onChange={setAnswers} errors={errors} />
      <Group>
        <Button onClick={rate} loading={rating} data-testid="rate">
          {t('products.quote.rate')}
        </Button>
      </Group>
      {result && <Breakdown data={result} />}
      {result && canOffer && session.can('clients', 'edit') && (
        <Stack gap="xs">
          <Title order={3} size="h5">{t('products.quote.saveTitle')}</Title>
          <ClientPicker label={t('products.quote.client')} value={holder} onChange={setHolder} testId="offer-client" />
          <Group>
            <Button onClick={save} loading={saving || answering} disabled={!holder} data-testid="save-offer">
              {request ? t('products.quote.saveAndAnswer') : t('products.quote.save')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
