import { useState } from 'react';
import { Anchor, Badge, Button, Group, Select, Stack, Table, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useClient, useMutation, useQuery } from 'urql';
import type { ClientTabProps } from '../clients/panel-tabs';
import { EmptyState, FormError, Loading, QueryError } from '../../components/query-state';
import { downloadBase64 } from '../../components/download';
import { errorText } from '../../graphql/error-text';
import { useFormat } from '../../i18n/format';
import { useSession } from '../../session/session-context';
import { useLocalized } from './design';
import { productFieldErrors } from './field-errors';
import { AcceptOfferMutation, ClientOffersQuery, IssuePolicyFromOfferMutation, OfferPdfQuery } from './queries';

const FREQUENCIES = ['ANNUAL', 'SEMI_ANNUAL', 'QUARTERLY', 'MONTHLY'] as const;
const STATE_COLORS: Record<string, string> = { OFFERED: 'blue', EXPIRED: 'gray', APPLICATION: 'yellow', POLICY: 'green' };

/** The client panel's "Offers" tab (CL-4): the client's offers; accept one (application), then issue its policy; print it. */
export function ClientOffersTab({ clientId }: ClientTabProps) {
  const { t } = useTranslation();
  const loc = useLocalized();
  const format = useFormat();
  const session = useSession();
  const gql = useClient();
  const [{ data, error }, refetch] = useQuery({ query: ClientOffersQuery, variables: { id: clientId }, requestPolicy: 'cache-and-network' });
  const [, accept] = useMutation(AcceptOfferMutation);
  const [{ fetching: issuing }, issue] = useMutation(IssuePolicyFromOfferMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const [policyFor, setPolicyFor] = useState<string | null>(null);
  const [policy, setPolicy] = useState({ number: '', coverStart: '', coverEnd: '', paymentFrequency: 'ANNUAL' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  if (error && !data) return <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data?.client) return <Loading />;
  const offers = data.client.offers;
  const reload = () => refetch({ requestPolicy: 'network-only' });

  async function onAccept(id: string) {
    setFormError(null);
    const r = await accept({ id });
    if (r.error) return setFormError(errorText(t, r.error));
    reload();
  }
  async function onIssue(id: string) {
    setFormError(null);
    setErrors({});
    const r = await issue({ id, input: { ...policy, paymentFrequency: policy.paymentFrequency as never } });
    if (r.error) {
      const f = productFieldErrors(t, r.error);
      if (Object.keys(f).length) setErrors(f);
      else setFormError(errorText(t, r.error));
      return;
    }
    setPolicyFor(null);
    reload();
  }
  async function pdf(id: string) {
    const r = await gql.query(OfferPdfQuery, { id }, { requestPolicy: 'network-only' }).toPromise();
    if (r.error) return setFormError(errorText(t, r.error));
    downloadBase64(r.data!.offerPdf.fileName, r.data!.offerPdf.base64, r.data!.offerPdf.contentType);
  }

  return (
    <Stack data-testid="client-offers">
      <FormError message={formError} onClose={() => setFormError(null)} />
      {offers.length === 0 ? (
        <EmptyState title={t('products.offers.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('products.field.product')}</Table.Th>
                <Table.Th>{t('products.offers.validity')}</Table.Th>
                <Table.Th>{t('products.offers.premium')}</Table.Th>
                <Table.Th>{t('products.field.status')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {offers.map((o) => (
                <Table.Tr key={o.id} data-testid="offer-row" data-offer={o.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/products/${o.version.product.id}`}>{loc(o.version.names)}</Anchor> ({o.version.product.code}, v{o.version.version})
                  </Table.Td>
                  <Table.Td>{format.day(o.validFrom)} – {format.day(o.validUntil)}</Table.Td>
                  <Table.Td data-testid="offer-premium">{o.premiumGross}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      <Badge color={STATE_COLORS[o.state]} variant="light" data-testid="offer-state" data-state={o.state}>{t(`products.offerState.${o.state}`, { defaultValue: o.state })}</Badge>
                      {o.test && <Badge color="orange" data-testid="offer-test">{t('products.test')}</Badge>}
                      {o.policy && <Anchor component={Link} to={`/policies/${o.policy.id}`} data-testid="offer-policy">{o.policy.number}</Anchor>}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} justify="flex-end">
                      <Button size="xs" variant="subtle" onClick={() => pdf(o.id)} data-testid="offer-pdf">{t('products.offers.pdf')}</Button>
                      {!o.test && o.state === 'OFFERED' && session.can('clients', 'edit') && (
                        <Button size="xs" variant="light" onClick={() => onAccept(o.id)} data-testid="offer-accept">{t('products.offers.accept')}</Button>
                      )}
                      {!o.test && o.state === 'APPLICATION' && session.can('policies', 'create') && (
                        <Button size="xs" variant="light" onClick={() => setPolicyFor(o.id)} data-testid="offer-to-policy">{t('products.offers.toPolicy')}</Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {policyFor && (
        <Stack gap="xs" data-testid="offer-policy-form">
          <Group grow align="flex-start">
            <TextInput label={t('products.offers.policyNumber')} value={policy.number} onChange={(e) => setPolicy({ ...policy, number: e.currentTarget.value })} error={errors.number} data-testid="policy-number" />
            <TextInput type="date" label={t('products.offers.coverStart')} value={policy.coverStart} onChange={(e) => setPolicy({ ...policy, coverStart: e.currentTarget.value })} error={errors.coverStart} data-testid="policy-coverStart" />
            <TextInput type="date" label={t('products.offers.coverEnd')} value={policy.coverEnd} onChange={(e) => setPolicy({ ...policy, coverEnd: e.currentTarget.value })} error={errors.coverEnd} data-testid="policy-coverEnd" />
            <Select label={t('products.offers.frequency')} data={FREQUENCIES.map((f) => ({ value: f, label: t(`policies.frequency.${f.toLowerCase()}`, { defaultValue: f }) }))} value={policy.paymentFrequency} onChange={(v) => v && setPolicy({ ...policy, paymentFrequency: v })} allowDeselect={false} data-testid="policy-frequency" />
          </Group>
          <Group>
            <Button onClick={() => onIssue(policyFor)} loading={issuing} data-testid="issue-policy">{t('products.offers.issue')}</Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
