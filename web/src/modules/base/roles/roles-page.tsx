import { useMemo, useState } from 'react';
import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconCopy, IconPlus } from '@tabler/icons-react';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { RolesQuery } from '../queries';
import type { RolesQuery as RolesData } from '../../../gql/graphql';
import { DataTable } from '../../../components/data-table';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-state';
import { useSession } from '../../../session/session-context';
import { CopyTemplateModal } from './copy-template-modal';
import { roleLabel } from '../../../i18n/role-label';

type RoleRow = RolesData['roles'][number];
const column = createColumnHelper<RoleRow>();

/** The company's roles; each opens the rights matrix editor. */
export function RolesPage() {
  const { t } = useTranslation();
  const session = useSession();
  const [{ data, fetching, error }, refetch] = useQuery({ query: RolesQuery });
  const [copying, setCopying] = useState(false);
  const canCreate = session.can('base', 'create');

  const columns = useMemo(
    () => [
      column.accessor((r) => roleLabel(t, r), {
        id: 'name',
        header: () => t('base.roles.name'),
        cell: (c) => (
          <div>
            <Anchor component={Link} to={`/base/roles/${c.row.original.id}`} fw={500} size="sm" data-testid="role-link">
              {c.getValue()}
            </Anchor>
            {c.row.original.description && (
              <Text size="xs" c="dimmed" lineClamp={1}>
                {c.row.original.description}
              </Text>
            )}
          </div>
        ),
      }),
      column.accessor((r) => r.rights.filter((x) => x.endsWith(':view')).length, {
        id: 'modules',
        header: () => t('base.roles.modules'),
        cell: (c) => <Text size="sm">{t('base.roles.moduleCount', { count: c.getValue() })}</Text>,
      }),
      column.accessor((r) => r.rights.length, {
        id: 'rights',
        header: () => t('base.roles.rights'),
        cell: (c) => <Text size="sm">{c.getValue()}</Text>,
      }),
      column.accessor('memberCount', {
        header: () => t('base.roles.members'),
        cell: (c) => <Text size="sm">{c.getValue()}</Text>,
      }),
      column.accessor((r) => r.template ?? '', {
        id: 'template',
        header: () => t('base.roles.template'),
        cell: (c) => (c.row.original.template ? <Badge variant="light">{t(`base.roles.templates.${c.row.original.template}`, { defaultValue: c.row.original.template })}</Badge> : <Text size="sm" c="dimmed">{t('base.roles.custom')}</Text>),
      }),
    ],
    [t],
  );

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('base.roles.title')}
        subtitle={t('base.roles.subtitle')}
        actions={
          canCreate && (
            <Group gap="sm">
              <Button variant="default" leftSection={<IconCopy size={16} />} onClick={() => setCopying(true)}>
                {t('base.roles.copyTemplate')}
              </Button>
              <Button component={Link} to="/base/roles/new" leftSection={<IconPlus size={16} />}>
                {t('base.roles.new')}
              </Button>
            </Group>
          )
        }
      />
      {error && <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
      <DataTable label={t('base.roles.title')} columns={columns} data={data?.roles ?? []} getRowId={(r) => r.id} loading={fetching && !data} emptyTitle={t('base.roles.empty')} initialSorting={[{ id: 'name', desc: false }]} searchText={(r) => `${roleLabel(t, r)} ${r.description ?? ''}`} />
      <CopyTemplateModal opened={copying} onClose={() => setCopying(false)} />
    </Stack>
  );
}
