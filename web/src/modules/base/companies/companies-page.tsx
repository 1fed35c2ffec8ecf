import { useMemo, useState } from 'react';
import { Badge, Button, Stack, Text } from '@mantine/core';
import { IconBuildingPlus } from '@tabler/icons-react';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { CompaniesQuery } from '../queries';
import type { CompaniesQuery as CompaniesData } from '../../../gql/graphql';
import { DataTable } from '../../../components/data-table';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-state';
import { useFormat } from '../../../i18n/format';
import { LANGUAGE_NATIVE_NAMES, isLanguage } from '../../../i18n/languages';
import { CreateCompanyModal } from './create-company-modal';

type CompanyRow = CompaniesData['companies'][number];
const column = createColumnHelper<CompanyRow>();
const COMPANIES_CONTEXT = { additionalTypenames: ['Company'] };

/** The platform operator's list of companies (tenants) and company creation. */
export function CompaniesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [{ data, fetching, error }, refetch] = useQuery({ query: CompaniesQuery, context: COMPANIES_CONTEXT });
  const [creating, setCreating] = useState(false);
  const regionName = useMemo(() => new Intl.DisplayNames([format.locale], { type: 'region' }), [format.locale]);

  const columns = useMemo(
    () => [
      column.accessor('code', { header: () => t('platform.code'), cell: (c) => <Badge variant="light" radius="sm">{c.getValue()}</Badge> }),
      column.accessor('name', { header: () => t('platform.name'), cell: (c) => <Text size="sm" fw={500}>{c.getValue()}</Text> }),
      column.accessor('country', { header: () => t('platform.country'), cell: (c) => <Text size="sm">{regionName.of(c.getValue()) ?? c.getValue()}</Text> }),
      column.accessor('locale', { header: () => t('platform.locale'), cell: (c) => <Text size="sm">{isLanguage(c.getValue()) ? LANGUAGE_NATIVE_NAMES[c.getValue() as 'en'] : c.getValue()}</Text> }),
      column.accessor('currency', { header: () => t('platform.currency'), cell: (c) => <Text size="sm">{c.getValue()}</Text> }),
      column.accessor('createdAt', { header: () => t('platform.createdAt'), cell: (c) => <Text size="sm">{format.date(c.getValue())}</Text> }),
    ],
    [t, format, regionName],
  );

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('platform.title')}
        subtitle={t('platform.subtitle')}
        actions={
          <Button leftSection={<IconBuildingPlus size={16} />} onClick={() => setCreating(true)} data-testid="create-company">
            {t('platform.create')}
          </Button>
        }
      />
      {error && <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
      <DataTable label={t('platform.title')} columns={columns} data={data?.companies ?? []} getRowId={(c) => c.id} loading={fetching && !data} emptyTitle={t('platform.empty')} initialSorting={[{ id: 'code', desc: false }]} searchText={(c) => `${c.code} ${c.name} ${c.country}`} />
      <CreateCompanyModal opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  );
}
