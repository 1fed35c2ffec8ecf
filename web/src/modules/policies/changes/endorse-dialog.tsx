import { Button, Group, Modal, MultiSelect, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormError } from '../../../components/query-state';
import { fieldErrors } from '../../../graphql/errors';
import { placeServerErrors } from '../../clients/common/field-errors';
import { binder } from '../../clients/common/bind';
import { DateField, TextInput, Textarea } from '../../clients/common/view-fields';
import { normaliseAmount } from '../common/money';
import type { PolicyDetail } from '../common/policy-types';
import { EndorsePolicyMutation } from './documents';

interface EndorseValues {
  effectiveDate: string;
  reason: string;
  premiumNetChange: string;
  premiumTaxesChange: string;
  insuredSum: string;
  removeObjectIds: string[];
  _form?: string;
}

const AMOUNTS = ['premiumNetChange', 'premiumTaxesChange', 'insuredSum'] as const;

/** A signed amount ("-25,00" → "-25.00"); null when not an amount. */
function signedAmount(raw: string): string | null {
  const s = raw.trim();
  const negative = s.startsWith('-');
  const n = normaliseAmount(negative ? s.slice(1) : s.replace(/^\+/, ''));
  return n === null ? null : negative ? `-${n}` : n;
}

/**
 * An endorsement (issue #9 item 3): effective date, reason, the change of the net premium and taxes,
 * the new insured sum. The server writes a new version and rewrites the schedule from the effective date.
 */
export function EndorseButton({ policy }: { policy: PolicyDetail }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const [state, endorse] = useMutation(EndorsePolicyMutation);
  const form = useForm<EndorseValues>({ initialValues: { effectiveDate: '', reason: '', premiumNetChange: '', premiumTaxesChange: '', insuredSum: '', removeObjectIds: [] } });
  const bind = binder(form);
  const current = policy.insuredObjects.filter((o) => !o.removedOn);

  async function submit(v: EndorseValues) {
    const issues: Record<string, string> = {};
    if (!v.effectiveDate) issues.effectiveDate = t('validation.required');
    if (!v.reason.trim()) issues.reason = t('validation.required');
    for (const f of AMOUNTS) if (v[f].trim() && signedAmount(v[f]) === null) issues[f] = t('policies.form.amountInvalid');
    if (Object.keys(issues).length) return form.setErrors(issues);
    const r = await endorse({
      policyId: policy.id,
      input: {
        effectiveDate: v.effectiveDate,
        reason: v.reason.trim(),
        premiumNetChange: v.premiumNetChange.trim() ? signedAmount(v.premiumNetChange) : null,
        premiumTaxesChange: v.premiumTaxesChange.trim() ? signedAmount(v.premiumTaxesChange) : null,
        insuredSum: v.insuredSum.trim() ? signedAmount(v.insuredSum) : null,
        removeObjectIds: v.removeObjectIds.length ? v.removeObjectIds : null,
      },
    });
    if (r.error) {
      const unplaced = placeServerErrors(form, r.error, t, (p) => p, (p) => p in form.getValues());
      for (const issue of fieldErrors(r.error)) if (issue.field in form.getValues() && i18n.exists(`policies.reason.${issue.reason}`)) form.setFieldError(issue.field, t(`policies.reason.${issue.reason}`));
      if (unplaced === null || unplaced.length) form.setFieldError('_form', unplaced?.[0]?.message ?? r.error.graphQLErrors[0]?.message ?? r.error.message);
      return;
    }
    notifications.show({ color: 'teal', message: t('policies.changes.saved') });
    form.reset();
    setOpen(false);
  }

  return (
    <>
      <Button variant="light" onClick={() => setOpen(true)} data-testid="policy-endorse">
        {t('policies.changes.endorse')}
      </Button>
      <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={open} onClose={() => setOpen(false)} title={t('policies.changes.endorseTitle')} size="lg">
        <form onSubmit={form.onSubmit(submit)} noValidate data-testid="endorse-form">
          <Stack gap="sm">
            <FormError message={form.errors._form as string | undefined} onClose={() => form.clearFieldError('_form')} />
            <DateField label={t('policies.changes.effectiveDate')} withAsterisk {...bind('effectiveDate', { type: 'date' })} data-testid="endorse-effectiveDate" />
            <Textarea label={t('policies.changes.reason')} withAsterisk autosize minRows={2} {...form.getInputProps('reason')} data-testid="endorse-reason" />
            <TextInput label={t('policies.changes.premiumNetChange')} description={t('policies.changes.changeHint')} inputMode="decimal" {...form.getInputProps('premiumNetChange')} data-testid="endorse-premiumNetChange" />
            <TextInput label={t('policies.changes.premiumTaxesChange')} inputMode="decimal" {...form.getInputProps('premiumTaxesChange')} data-testid="endorse-premiumTaxesChange" />
            <TextInput label={t('policies.changes.insuredSum')} inputMode="decimal" {...form.getInputProps('insuredSum')} data-testid="endorse-insuredSum" />
            {current.length > 0 && (
              <MultiSelect label={t('policies.changes.removeObjects')} data={current.map((o) => ({ value: o.id, label: o.description }))} {...form.getInputProps('removeObjectIds')} clearable data-testid="endorse-removeObjects" />
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpen(false)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={state.fetching} data-testid="endorse-save">
                {t('policies.changes.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
