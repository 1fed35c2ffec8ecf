import { useState } from 'react';
import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { PageHeader } from '../../components/page-header';
import { FormError, Loading, QueryError } from '../../components/query-state';
import { errorText } from '../../graphql/error-text';
import { Designer } from './designer';
import { type Design, emptyDesign } from './design';
import { productFieldErrors } from './field-errors';
import { CreateProductMutation, ProductReferenceQuery } from './queries';

/** A new product: line of business, insurer, code and the design of its version 1 (a draft). */
export function NewProductPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [{ data, error }, refetch] = useQuery({ query: ProductReferenceQuery });
  const [code, setCode] = useState('');
  const [lineId, setLineId] = useState<string | null>(null);
  const [insurerId, setInsurerId] = useState<string | null>(null);
  const [design, setDesign] = useState<Design>(emptyDesign());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching }, create] = useMutation(CreateProductMutation);
  if (error && !data) return <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return <Loading />;

  async function submit() {
    setErrors({});
    setFormError(null);
    const r = await create({ input: { code, lineId: lineId ?? '', insurerId: insurerId ?? '', design: design as never } });
    if (r.error) {
      const f = productFieldErrors(t, r.error);
      if (Object.keys(f).length) setErrors(f);
      else setFormError(errorText(t, r.error));
      return;
    }
    navigate(`/products/${r.data!.createProduct.id}`);
  }

  return (
    <Stack gap="lg">
      <PageHeader title={t('products.nav.new')} subtitle={t('products.new.subtitle')} />
      <FormError message={formError} onClose={() => setFormError(null)} />
      <Group grow align="flex-start">
        <TextInput label={t('products.field.code')} value={code} onChange={(e) => setCode(e.currentTarget.value)} error={errors.code} withAsterisk data-testid="product-code" />
        <Select label={t('products.field.line')} data={data.linesOfBusiness.map((l) => ({ value: l.id, label: l.name }))} value={lineId} onChange={setLineId} error={errors.lineId} withAsterisk data-testid="product-line" />
        <Select label={t('products.field.insurer')} data={data.insurers.map((i) => ({ value: i.id, label: i.name }))} value={insurerId} onChange={setInsurerId} error={errors.insurerId} withAsterisk data-testid="product-insurer" />
      </Group>
      <Designer value={design} onChange={setDesign} errors={errors} />
      <Group>
        <Button onClick={submit} loading={fetching} data-testid="create-product">
          {t('products.new.create')}
        </Button>
      </Group>
    </Stack>
  );
}
