import { Anchor, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { PageHeader } from '../../../components/page-header';
import { graphql } from '../../../gql';
import { CreatePolicyMutation } from '../mutations';
import { PolicyForm, emptyPolicy, toCreateInput } from '../common/policy-form';
import { policyPath } from '../common/policy-types';

const ClientNameQuery = graphql(`
  query PolicyClientName($id: ID!) {
    client(id: $id) {
      id
      displayName
    }
  }
`);

/** A new policy (PL-1); `?client=<id>` (from the client card) chooses its policyholder. */
export function CreatePolicyPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const clientId = params.get('client');
  const [{ data, fetching }] = useQuery({ query: ClientNameQuery, variables: { id: clientId ?? '' }, pause: !clientId });
  const [creation, create] = useMutation(CreatePolicyMutation);
  if (clientId && fetching) return null;
  const client = data?.client ? { id: data.client.id, displayName: data.client.displayName } : null;
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('policies.create.title')}
        subtitle={client ? t('policies.create.forClient', { client: client.displayName }) : t('policies.create.subtitle')}
        actions={
          client && (
            <Anchor component={Link} to={`/clients/${client.id}`} data-testid="client-card-link">
              {t('policies.page.clientCard')}
            </Anchor>
          )
        }
      />
      <PolicyForm
        key={client?.id ?? 'none'}
        initial={emptyPolicy(client)}
        creating
        saving={creation.fetching}
        submitLabel={t('policies.create.save')}
        onSubmit={async (values) => {
          const result = await create({ input: toCreateInput(values) });
          if (result.error) return result.error;
          notifications.show({ color: 'teal', message: t('policies.create.saved', { number: result.data!.createPolicy.number }) });
          navigate(policyPath(result.data!.createPolicy.id));
          return undefined;
        }}
      />
    </Stack>
  );
}
