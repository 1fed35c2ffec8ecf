import { Button, Group, Modal, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { FormError } from '../../../components/query-state';
import { errorCode, fieldErrors } from '../../../graphql/errors';
import { placeServerErrors } from '../../clients/common/field-errors';
import { binder } from '../../clients/common/bind';
import { Checkbox, DateField, TextInput } from '../../clients/common/view-fields';
import { grossOf, normaliseAmount } from '../common/money';
import { policyPath } from '../common/policy-types';
import { RenewPolicyMutation } from './documents';

interface RenewValues {
  number: string;
  coverEnd: string;
  premiumNet: string;
  premiumTaxes: string;
  tacitRenewal: boolean;
  _form?: string;
}

export interface RenewablePolicy {
  id: string;
  number: string;
}

/**
 * Renew (issue #9 item 4; policies:create + edit): the next period's policy, linked to this one; the
 * number, end and premium default on the server (same length, same premium). Opens the new policy.
 */
export function RenewButton({ policy, size = 'sm' }: { policy: RenewablePolicy; size?: 'xs' | 'sm' }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [state, renew] = useMutation(RenewPolicyMutation);
  const form = useForm<RenewValues>({ initialValues: { number: '', coverEnd: '', premiumNet: '', premiumTaxes: '', tacitRenewal: false } });
  const bind = binder(form);

  async function submit(v: RenewValues) {
    const net = v.premiumNet.trim() ? normaliseAmount(v.premiumNet) : '';
    const taxes = v.premiumTaxes.trim() ? normaliseAmount(v.premiumTaxes) : '';
    const issues: Record<string, string> = {};
    if (net === null) issues.premiumNet = t('policies.form.amountInvalid');
    if (taxes === null) issues.premiumTaxes = t('policies.form.amountInvalid');
    if (!!net !== !!taxes) issues[net ? 'premiumTaxes' : 'premiumNet'] = t('validation.required');
    if (Object.keys(issues).length) return form.setErrors(issues);
    const r = await renew(
      {
        policyId: policy.id,
        input: {
          number: v.number.trim() || null,
          coverEnd: v.coverEnd || null,
          tacitRenewal: v.tacitRenewal,
          ...(net && taxes ? { premiumNet: net, premiumTaxes: taxes, premiumGross: grossOf(net, taxes) } : {}),
        },
      },
      { additionalTypenames: ['Policy'] },
    );
    if (r.error) {
      const map = (p: string) => (p === 'premiumGross' ? 'premiumNet' : p);
      const unplaced = placeServerErrors(form, r.error, t, map, (p) => p in form.getValues());
      for (const issue of fieldErrors(r.error)) if (map(issue.field) in form.getValues() && i18n.exists(`policies.reason.${issue.reason}`)) form.setFieldError(map(issue.field), t(`policies.reason.${issue.reason}`));
      if (unplaced === null || unplaced.length) form.setFieldError('_form', errorCode(r.error) === 'CONFLICT' ? t('policies.renewals.alreadyRenewed') : (unplaced?.[0]?.message ?? r.error.graphQLErrors[0]?.message ?? r.error.message));
      return;
    }
    notifications.show({ color: 'teal', message: t('policies.renewals.renewed', { number: r.data!.renewPolicy.number }) });
    setOpen(false);
    navigate(policyPath(r.data!.renewPolicy.id));
  }

  return (
    <>
      <Button size={size} variant="light" onClick={() => setOpen(true)} data-testid="policy-renew">
        {t('policies.renewals.renew')}
      </Button>
      <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={open} onClose={() => setOpen(false)} title={t('policies.renewals.renewTitle', { number: policy.number })}>
        <form onSubmit={form.onSubmit(submit)} noValidate data-testid="renew-form">
          <Stack gap="sm">
            <FormError message={form.errors._form as string | undefined} onClose={() => form.clearFieldError('_form')} />
            <TextInput label={t('policies.fields.number')} description={t('policies.renewals.numberHint')} {...form.getInputProps('number')} data-testid="renew-number" />
            <DateField label={t('policies.fields.coverEnd')} description={t('policies.renewals.coverEndHint')} clearable {...bind('coverEnd', { type: 'date' })} data-testid="renew-coverEnd" />
            <TextInput label={t('policies.fields.premiumNet')} description={t('policies.renewals.premiumHint')} inputMode="decimal" {...form.getInputProps('premiumNet')} data-testid="renew-premiumNet" />
            <TextInput label={t('policies.fields.premiumTaxes')} inputMode="decimal" {...form.getInputProps('premiumTaxes')} data-testid="renew-premiumTaxes" />
            <Checkbox label={t('policies.renewals.tacitRenewal')} {...form.getInputProps('tacitRenewal', { type: 'checkbox' })} data-testid="renew-tacit" />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpen(false)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={state.fetching} data-testid="renew-save">
                {t('policies.renewals.renew')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
