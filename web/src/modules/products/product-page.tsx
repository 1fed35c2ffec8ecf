import { useEffect, useState } from 'react';
import { Button, Card, Group, SegmentedControl, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { PageHeader } from '../../components/page-header';
import { FormError, Loading, QueryError } from '../../components/query-state';
import { errorText } from '../../graphql/error-text';
import { useSession } from '../../session/session-context';
import { Designer } from './designer';
import { type Design, designOf, useLocalized } from './design';
import { LifeCycle } from './life-cycle';
import { QuotePanel } from './quote-panel';
import { VersionStatusBadge } from './status-badge';
import { productFieldErrors } from './field-errors';
import { NewProductVersionMutation, ProductQuery, QuoteRequestQuery, UpdateProductVersionMutation } from './queries';
import type { Answers } from './questionnaire';

/** One product: its versions, the designer for a draft, the life cycle, and the quote (test mode or published) or preview. */
export function ProductPage() {
  const { productId = '' } = useParams();
  const { t } = useTranslation();
  const loc = useLocalized();
  const session = useSession();
  const [{ data, error }, refetch] = useQuery({ query: ProductQuery, variables: { id: productId }, requestPolicy: 'cache-and-network' });
  const [params] = useSearchParams();
  const requestId = params.get('request');
  const [{ data: requestData }] = useQuery({ query: QuoteRequestQuery, variables: { id: requestId ?? '' }, pause: !requestId });
  const versions = data?.product?.versions ?? [];
  const [selected, setSelected] = useState<string | null>(null);
  const [design, setDesign] = useState<Design | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching: saving }, update] = useMutation(UpdateProductVersionMutation);
  const [{ fetching: copying }, newVersion] = useMutation(NewProductVersionMutation);
  const version = versions.find((v) => v.id === selected) ?? versions[versions.length - 1];
  useEffect(() => {
    if (version) setDesign(designOf(version));
    setErrors({});
  }, [version?.id, version?.status]); // eslint-disable-line react-hooks/exhaustive-deps

  if (error && !data) return <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data?.product || !version || !design || (requestId && !requestData)) return <Loading />;
  const qr = requestData?.quoteRequest;
  const request = qr
    ? {
        id: qr.id,
        client: qr.client ? { id: qr.client.id, displayName: qr.client.displayName } : null,
        answers: Object.fromEntries(qr.answers.map((a) => [a.question, { value: a.value ?? null, values: a.values ?? null, address: a.address ?? null }])) as Answers,
      }
    : null;
  const p = data.product;
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const canEdit = session.can('products', 'edit');
  const editable = version.status === 'DRAFT' && canEdit;
  const latest = versions[versions.length - 1];
  const quotable = version.status === 'TEST' || version.status === 'PUBLISHED';

  async function save() {
    setFormError(null);
    setErrors({});
    const r = await update({ id: version.id, input: design as never });
    if (r.error) {
      const f = productFieldErrors(t, r.error);
      if (Object.keys(f).length) setErrors(f);
      else setFormError(errorText(t, r.error));
      return;
    }
    reload();
  }

  async function copy() {
    setFormError(null);
    const r = await newVersion({ productId: p.id });
    if (r.error) return setFormError(errorText(t, r.error));
    setSelected(r.data!.newProductVersion.id);
    reload();
  }

  return (
    <Stack gap="lg">
      <PageHeader
        title={`${loc(version.names)} (${p.code})`}
        subtitle={t('products.page.subtitle', { line: p.line.name, insurer: p.insurer.name, rate: p.line.defaultTaxRate })}
        actions={
          canEdit && (latest.status === 'PUBLISHED' || latest.status === 'RETIRED') ? (
            <Button variant="light" onClick={copy} loading={copying} data-testid="new-version">
              {t('products.page.newVersion')}
            </Button>
          ) : undefined
        }
      />
      <FormError message={formError} onClose={() => setFormError(null)} />
      <Group>
        <SegmentedControl
          data={versions.map((v) => ({ value: v.id, label: t('products.page.version', { n: v.version }) }))}
          value={version.id}
          onChange={setSelected}
          data-testid="version-select"
        />
        <VersionStatusBadge status={version.status} testId="version-status" />
        <Text size="sm" c="dimmed" data-testid="version-people">
          {t('products.page.people', { author: version.authorName ?? '—', approver: version.approvedByName ?? '—' })}
        </Text>
      </Group>
      <Card withBorder>
        <LifeCycle versionId={version.id} allowed={version.allowedMoves} history={version.history} onMoved={reload} />
      </Card>
      <Tabs defaultValue={editable && !request ? 'design' : 'quote'} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="design" data-testid="tab-design">{t('products.page.design')}</Tabs.Tab>
          <Tabs.Tab value="quote" data-testid="tab-quote">{quotable ? t('products.page.quote') : t('products.page.preview')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="design" pt="md">
          {editable ? (
            <Stack>
              <Designer value={design} onChange={setDesign} errors={errors} />
              <Group>
                <Button onClick={save} loading={saving} data-testid="save-design">
                  {t('products.design.save')}
                </Button>
              </Group>
            </Stack>
          ) : (
            <Stack gap="xs">
              <Text c="dimmed" size="sm">{t('products.page.readOnly')}</Text>
              <Title order={3} size="h5">{t('products.design.questions')}</Title>
              {version.questions.map((q) => (
                <Text key={q.key} size="sm">
                  {loc(q.label)} · {t(`products.questionType.${q.type}`)}
                </Text>
              ))}
            </Stack>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="quote" pt="md">
          {quotable || canEdit ? <QuotePanel versionId={version.id} questions={designOf(version).questions} canOffer={quotable} request={version.status === 'PUBLISHED' ? request : null} /> : <Text c="dimmed">{t('products.page.notQuotable')}</Text>}
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
