import { Anchor, Button, Grid, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useQuery, type CombinedError } from 'urql';
import type { CreatePolicyInput, PaymentFrequency, PolicyInput, PolicyStatus } from '../../../gql/graphql';
import { FormError } from '../../../components/query-state';
import { fieldErrors } from '../../../graphql/errors';
import { useSession } from '../../../session/session-context';
import { placeServerErrors } from '../../clients/common/field-errors';
import { binder } from '../../clients/common/bind';
import { ClientPicker, type PickedClient } from '../../clients/common/client-picker';
import { Checkbox, DateField, ReadOnlyArea, Select, TextInput, Textarea } from '../../clients/common/view-fields';
import { PolicyReferenceQuery } from '../queries';
import { grossOf, normaliseAmount } from './money';
import { FREQUENCIES, INITIAL_STATUSES, useMoney, type PolicyDetail } from './policy-types';

export interface PolicyFormValues {
  client: PickedClient | null;
  insurerId: string;
  lineId: string;
  number: string;
  status: string;
  foreignBusiness: boolean;
  coverStart: string;
  coverEnd: string;
  issueDate: string;
  premiumNet: string;
  premiumTaxes: string;
  paymentFrequency: string;
  producerId: string;
  notes: string;
  tacitRenewal: boolean;
}

export function valuesOf(p: PolicyDetail): PolicyFormValues {
  return {
    client: { id: p.client.id, displayName: p.client.displayName },
    insurerId: p.insurer.id,
    lineId: p.line.id,
    number: p.number,
    status: p.status,
    foreignBusiness: p.foreignBusiness,
    coverStart: p.coverStart,
    coverEnd: p.coverEnd,
    issueDate: p.issueDate ?? '',
    premiumNet: p.premiumNet,
    premiumTaxes: p.premiumTaxes,
    paymentFrequency: p.paymentFrequency,
    producerId: p.producerId ?? '',
    notes: p.notes ?? '',
    tacitRenewal: p.tacitRenewal,
  };
}

export const emptyPolicy = (client: PickedClient | null): PolicyFormValues => ({
  client,
  insurerId: '',
  lineId: '',
  number: '',
  status: 'POLICY',
  foreignBusiness: false,
  coverStart: '',
  coverEnd: '',
  issueDate: '',
  premiumNet: '',
  premiumTaxes: '',
  paymentFrequency: 'ANNUAL',
  producerId: '',
  notes: '',
  tacitRenewal: false,
});

/** The form's values as the API's input (amounts as exact decimal strings; the gross is net + taxes). */
export function toPolicyInput(v: PolicyFormValues): PolicyInput {
  const net = normaliseAmount(v.premiumNet) ?? v.premiumNet.trim();
  const taxes = normaliseAmount(v.premiumTaxes) ?? v.premiumTaxes.trim();
  return {
    number: v.number.trim(),
    clientId: v.client?.id ?? '',
    insurerId: v.insurerId,
    lineId: v.lineId,
    foreignBusiness: v.foreignBusiness,
    coverStart: v.coverStart,
    coverEnd: v.coverEnd,
    issueDate: v.issueDate || null,
    premiumNet: net,
    premiumTaxes: taxes,
    premiumGross: grossOf(net, taxes) || net,
    paymentFrequency: v.paymentFrequency as PaymentFrequency,
    producerId: v.producerId || null,
    notes: v.notes.trim() || null,
    tacitRenewal: v.tacitRenewal,
  };
}

export const toCreateInput = (v: PolicyFormValues): CreatePolicyInput => ({ ...toPolicyInput(v), status: v.status as PolicyStatus });

/** API field names → the form's. */
const FORM_FIELD: Record<string, string> = { clientId: 'client', premiumGross: 'premiumNet' };

interface Props {
  initial: PolicyFormValues;
  /** The new-policy page: the starting status is chosen here. */
  creating: boolean;
  readOnly?: boolean;
  saving?: boolean;
  onSubmit(values: PolicyFormValues): Promise<CombinedError | undefined>;
  submitLabel: string;
}

/**
 * A policy's data (PL-1): client, insurer, line, number, dates, own/foreign, premium (net + taxes, the
 * gross computed exactly), payment frequency, producer, notes. Server errors land on their fields.
 */
export function PolicyForm({ initial, creating, readOnly = false, saving, onSubmit, submitLabel }: Props) {
  const { t, i18n } = useTranslation();
  const money = useMoney();
  const session = useSession();
  const [{ data: ref }] = useQuery({ query: PolicyReferenceQuery });
  const form = useForm<PolicyFormValues & { _form?: string }>({ initialValues: initial });
  const bind = binder(form);
  const v = form.getValues();
  const gross = grossOf(normaliseAmount(v.premiumNet) ?? '', normaliseAmount(v.premiumTaxes) ?? '');
  const me = session.me.user;
  const producers = [{ value: me.id, label: me.displayName }, ...(initial.producerId && initial.producerId !== me.id ? [{ value: initial.producerId, label: t('policies.form.otherProducer') }] : [])];

  async function submit(values: PolicyFormValues) {
    const issues: Record<string, string> = {};
    if (!values.client) issues.client = t('validation.required');
    for (const f of ['insurerId', 'lineId', 'number', 'coverStart', 'coverEnd', 'premiumNet', 'premiumTaxes'] as const) if (!String(values[f]).trim()) issues[f] = t('validation.required');
    for (const f of ['premiumNet', 'premiumTaxes'] as const) if (values[f].trim() && normaliseAmount(values[f]) === null) issues[f] = t('policies.form.amountInvalid');
    if (Object.keys(issues).length) {
      form.setErrors(issues);
      return;
    }
    const error = await onSubmit(values);
    if (!error) return;
    const unplaced = placeServerErrors(form, error, t, (p) => FORM_FIELD[p] ?? p, (p) => p in initial);
    // the policies module's own reasons (cover order, duplicate number, amounts) in its own words
    for (const issue of fieldErrors(error)) {
      const path = FORM_FIELD[issue.field] ?? issue.field;
      if (path in initial && i18n.exists(`policies.reason.${issue.reason}`)) form.setFieldError(path, t(`policies.reason.${issue.reason}`));
    }
    if (unplaced === null || unplaced.length) form.setFieldError('_form', unplaced?.[0]?.message ?? error.graphQLErrors[0]?.message ?? error.message);
  }

  return (
    <ReadOnlyArea readOnly={readOnly}>
      <Paper withBorder p="md" radius="md" component="form" onSubmit={form.onSubmit(submit)} data-testid="policy-form" noValidate>
        <Stack gap="md">
          <FormError message={form.errors._form as string | undefined} onClose={() => form.clearFieldError('_form')} />
          <Grid>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <ClientPicker label={t('policies.fields.client')} value={v.client} onChange={(c) => form.setFieldValue('client', c)} error={form.errors.client as string | undefined} withAsterisk testId="field-client" readOnly={!creating && readOnly} />
              {v.client && (
                <Anchor component={Link} to={`/clients/${v.client.id}`} size="xs" data-testid="policy-client-card">
                  {t('policies.page.clientCard')}
                </Anchor>
              )}
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <TextInput label={t('policies.fields.number')} withAsterisk {...form.getInputProps('number')} data-testid="field-number" />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Select label={t('policies.fields.insurer')} withAsterisk searchable data={(ref?.insurers ?? []).map((i) => ({ value: i.id, label: i.name }))} {...bind('insurerId', { type: 'select' })} data-testid="field-insurer" />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Select label={t('policies.fields.line')} withAsterisk searchable data={(ref?.linesOfBusiness ?? []).map((l) => ({ value: l.id, label: l.name }))} {...bind('lineId', { type: 'select' })} data-testid="field-line" />
            </Grid.Col>
            {creating && (
              <Grid.Col span={{ base: 12, md: 6 }}>
                <Select label={t('policies.fields.status')} withAsterisk allowDeselect={false} data={INITIAL_STATUSES.map((s) => ({ value: s, label: t(`policies.status.${s.toLowerCase()}`) }))} {...bind('status', { type: 'select' })} data-testid="field-status" />
              </Grid.Col>
            )}
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Checkbox mt={creating ? 'xl' : 0} label={t('policies.fields.foreignBusiness')} description={readOnly ? undefined : t('policies.form.foreignHint')} {...form.getInputProps('foreignBusiness', { type: 'checkbox' })} data-testid="field-foreign" />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <DateField label={t('policies.fields.coverStart')} withAsterisk {...bind('coverStart', { type: 'date' })} data-testid="field-coverStart" />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <DateField label={t('policies.fields.coverEnd')} withAsterisk {...bind('coverEnd', { type: 'date' })} data-testid="field-coverEnd" />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <DateField label={t('policies.fields.issueDate')} clearable {...bind('issueDate', { type: 'date' })} data-testid="field-issueDate" />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <TextInput label={t('policies.fields.premiumNet')} withAsterisk inputMode="decimal" {...form.getInputProps('premiumNet')} data-testid="field-premiumNet" />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <TextInput label={t('policies.fields.premiumTaxes')} withAsterisk inputMode="decimal" {...form.getInputProps('premiumTaxes')} data-testid="field-premiumTaxes" />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <Stack gap={2}>
                <Text size="sm" fw={500}>
                  {t('policies.fields.premiumGross')}
                </Text>
                <Text size="lg" fw={600} data-testid="field-premiumGross" aria-live="polite">
                  {gross ? money(gross) : '—'}
                </Text>
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Select label={t('policies.fields.paymentFrequency')} withAsterisk allowDeselect={false} data={FREQUENCIES.map((f) => ({ value: f, label: t(`policies.frequency.${f.toLowerCase()}`) }))} {...bind('paymentFrequency', { type: 'select' })} data-testid="field-paymentFrequency" />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Select label={t('policies.fields.producer')} clearable data={producers} {...bind('producerId', { type: 'select' })} data-testid="field-producer" />
            </Grid.Col>
            <Grid.Col span={12}>
              <Checkbox label={t('policies.renewals.tacitRenewal')} description={readOnly ? undefined : t('policies.renewals.tacitHint')} {...form.getInputProps('tacitRenewal', { type: 'checkbox' })} data-testid="field-tacitRenewal" />
            </Grid.Col>
            <Grid.Col span={12}>
              <Textarea label={t('policies.fields.notes')} autosize minRows={2} {...form.getInputProps('notes')} data-testid="field-notes" />
            </Grid.Col>
          </Grid>
          {!readOnly && (
            <Group justify="flex-end">
              <Button type="submit" loading={saving} data-testid="policy-save">
                {submitLabel}
              </Button>
            </Group>
          )}
        </Stack>
      </Paper>
    </ReadOnlyArea>
  );
}
