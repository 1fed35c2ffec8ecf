import { useState } from 'react';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconArrowsExchange, IconBuildingSkyscraper } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useQuery, type CombinedError } from 'urql';
import { ClientLocationQuery } from '../queries';
import { Loading, QueryError } from '../../../components/query-state';
import { useSession } from '../../../session/session-context';
import { clientPath } from '../common/client-types';

/**
 * A card that is not in the active company (a link copied in another company): when one of the
 * companies the user may enter holds it, offer to switch there and open it; otherwise the error as it is.
 */
export function ClientElsewhere({ id, error, onRetry }: { id: string; error: CombinedError; onRetry(): void }) {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const [switching, setSwitching] = useState(false);
  const [{ data, fetching }] = useQuery({ query: ClientLocationQuery, variables: { id }, requestPolicy: 'network-only' });
  if (fetching && !data) return <Loading />;
  const company = data?.clientLocation;
  if (!company || company.id === session.me.company?.id) return <QueryError error={error} onRetry={onRetry} />;
  return (
    <Alert color="blue" icon={<IconBuildingSkyscraper />} title={t('texts.elsewhere.title')} data-testid="client-elsewhere">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('texts.elsewhere.body', { company: company.name, code: company.code })}</Text>
        <Button
          size="xs"
          leftSection={<IconArrowsExchange size={16} />}
          loading={switching}
          data-testid="client-elsewhere-switch"
          onClick={async () => {
            setSwitching(true);
            const ok = await session.switchCompany(company.id);
            setSwitching(false);
            if (ok) navigate(clientPath(id));
          }}
        >
          {t('texts.elsewhere.switch', { code: company.code })}
        </Button>
      </Stack>
    </Alert>
  );
}
