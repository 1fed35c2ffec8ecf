import { useState } from 'react';
import { Button, Group, Paper, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormError } from '../../components/query-state';
import { errorText } from '../../graphql/error-text';
import { bankingFieldErrors } from './field-errors';
import { AmendSepaMandateMutation } from './statement-queries';

/** Amends a mandate's account (SMNDA) and/or reference; the amendment is kept and reported with the next collection. */
export function MandateAmendForm({ mandate, onDone }: { mandate: { id: string; reference: string; iban: string }; onDone: () => void }) {
  const { t } = useTranslation();
  const [, amend] = useMutation(AmendSepaMandateMutation);
  const [v, setV] = useState({ iban: '', bic: '', reference: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setMessage(null);
    const r = await amend({ id: mandate.id, input: { iban: v.iban || null, bic: v.bic || null, reference: v.reference || null } });
    if (r.error) {
      const f = bankingFieldErrors(t, r.error);
      setErrors(f);
      if (!Object.keys(f).length) setMessage(errorText(t, r.error));
      return;
    }
    onDone();
  }

  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} data-testid="mandate-amend-form">
      <Title order={3} size="h5" mb="sm">
        {t('mandateAmend.title', { reference: mandate.reference })}
      </Title>
      <FormError message={message} onClose={() => setMessage(null)} />
      <Group align="start">
        <TextInput label={t('mandateAmend.iban')} placeholder={mandate.iban} value={v.iban} onChange={(e) => setV({ ...v, iban: e.currentTarget.value })} error={errors.iban} data-testid="field-amend-iban" />
        <TextInput label={t('mandateAmend.bic')} value={v.bic} onChange={(e) => setV({ ...v, bic: e.currentTarget.value })} error={errors.bic} data-testid="field-amend-bic" />
        <TextInput
          label={t('mandateAmend.reference')}
          placeholder={mandate.reference}
          value={v.reference}
          onChange={(e) => setV({ ...v, reference: e.currentTarget.value })}
          error={errors.reference}
          data-testid="field-amend-reference"
        />
        <Button type="submit" mt={24} data-testid="save-amendment">
          {t('mandateAmend.save')}
        </Button>
        <Button variant="subtle" mt={24} onClick={onDone} data-testid="cancel-amendment">
          {t('mandateAmend.cancel')}
        </Button>
      </Group>
    </Paper>
  );
}
