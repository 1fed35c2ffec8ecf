import { useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ClientLegalHoldsQuery } from '../queries';
import { DeleteClientMutation } from '../mutations';
import { Loading, FormError } from '../../../components/query-state';
import { errorCode } from '../../../graphql/errors';
import { errorText } from '../../../graphql/error-text';
import type { ClientCard } from '../common/client-types';
import { HoldList, holdsOf, type Hold } from './holds';

/**
 * Permanent delete of a card added by mistake (CL-5). Refused (CONFLICT) while anything the law keeps
 * refers to the card: the holds are shown, and hiding is the way.
 */
export function DeleteDialog({ client, onClose }: { client: ClientCard; onClose(): void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [{ data }] = useQuery({ query: ClientLegalHoldsQuery, variables: { id: client.id }, requestPolicy: 'network-only' });
  const [state, deleteClient] = useMutation(DeleteClientMutation);
  const [refused, setRefused] = useState<Hold[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const holds = refused ?? data?.client.legalHolds ?? null;

  async function confirm() {
    setMessage(null);
    const result = await deleteClient({ id: client.id });
    if (result.error) {
      if (errorCode(result.error) === 'CONFLICT') setRefused(holdsOf(result.error));
      setMessage(errorText(t, result.error));
      return;
    }
    notifications.show({ color: 'teal', message: t('clients.lifecycle.deleted', { client: client.displayName }) });
    onClose();
    navigate('/clients/list', { replace: true });
  }

  return (
    <Modal opened onClose={onClose} title={t('clients.lifecycle.deleteTitle', { client: client.displayName })} closeButtonProps={{ 'aria-label': t('common.close') }} centered size="lg">
      <Stack>
        <Text size="sm">{t('clients.lifecycle.deleteBody')}</Text>
        {holds === null ? (
          <Loading />
        ) : holds.length > 0 ? (
          <Alert color="orange" icon={<IconAlertTriangle />} title={t('clients.lifecycle.holdsTitle')} role="alert" data-testid="delete-refused">
            <Stack gap="xs">
              {message && <Text size="sm">{message}</Text>}
              <HoldList holds={holds} />
              <Text size="sm">{t('clients.lifecycle.holdsHint')}</Text>
            </Stack>
          </Alert>
        ) : (
          <FormError message={message} />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red.9" onClick={() => void confirm()} loading={state.fetching} disabled={holds === null} data-testid="delete-confirm">
            {t('clients.lifecycle.deleteConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
