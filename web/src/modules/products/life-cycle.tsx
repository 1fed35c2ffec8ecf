import { useState } from 'react';
import { Button, Group, Stack, Table, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormError } from '../../components/query-state';
import { errorText } from '../../graphql/error-text';
import { useFormat } from '../../i18n/format';
import { VersionStatusBadge } from './status-badge';
import { productFieldErrors } from './field-errors';
import { MoveProductVersionMutation } from './queries';

interface Props {
  versionId: string;
  allowed: readonly string[];
  history: ReadonlyArray<{ fromStatus?: string | null; toStatus: string; reason?: string | null; changedAt: string; changedByName?: string | null }>;
  onMoved(): void;
}

/** The life-cycle buttons the server allows this user (rights and four eyes considered), a reason, and the audited history. */
export function LifeCycle({ versionId, allowed, history, onMoved }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [{ fetching }, move] = useMutation(MoveProductVersionMutation);

  async function go(status: string) {
    setError(null);
    setReasonError(undefined);
    const r = await move({ id: versionId, status: status as never, reason: reason.trim() || null });
    if (r.error) {
      const f = productFieldErrors(t, r.error);
      if (f.reason) setReasonError(f.reason);
      else setError(errorText(t, r.error));
      return;
    }
    setReason('');
    onMoved();
  }

  return (
    <Stack gap="sm" data-testid="life-cycle">
      <FormError message={error} onClose={() => setError(null)} />
      {allowed.length > 0 && (
        <>
          <Textarea label={t('products.lifeCycle.reason')} description={t('products.lifeCycle.reasonHint')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={reasonError} autosize data-testid="field-reason" />
          <Group gap="xs">
            {allowed.map((s) => (
              <Button key={s} variant="light" loading={fetching} onClick={() => go(s)} data-testid={`move-${s}`}>
                {t(`products.lifeCycle.to.${s}`, { defaultValue: s })}
              </Button>
            ))}
          </Group>
        </>
      )}
      <Title order={3} size="h5">{t('products.lifeCycle.history')}</Title>
      <Table data-testid="version-history">
        <Table.Tbody>
          {history.map((h, i) => (
            <Table.Tr key={i}>
              <Table.Td>{format.dateTime(h.changedAt)}</Table.Td>
              <Table.Td>
                <VersionStatusBadge status={h.toStatus} />
              </Table.Td>
              <Table.Td>{h.changedByName ?? ''}</Table.Td>
              <Table.Td>{h.reason ?? ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
