import { useState } from 'react';
import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormError } from '../../components/query-state';
import { errorText } from '../../graphql/error-text';
import { MoveClaimMutation } from './queries';
import { claimFieldErrors } from './field-errors';

interface Props {
  claimId: string;
  status: string;
  allowed: readonly string[];
  /** Targets that need a reason from the current status (reopening). */
  reasonFor: readonly string[];
  onMoved(): void;
}

/** One button per allowed move (the workflow served by the server); a reason where the move needs one. */
export function ClaimWorkflow({ claimId, allowed, reasonFor, onMoved }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [{ fetching }, move] = useMutation(MoveClaimMutation);

  async function go(status: string) {
    setError(null);
    setReasonError(undefined);
    const result = await move({ id: claimId, status: status as never, reason: reason.trim() || null });
    if (result.error) {
      const fields = claimFieldErrors(t, result.error);
      if (fields.reason) setReasonError(fields.reason);
      else setError(errorText(t, result.error));
      return;
    }
    setReason('');
    onMoved();
  }

  if (!allowed.length) return null;
  return (
    <Stack gap="xs" data-testid="claim-workflow">
      <FormError message={error} onClose={() => setError(null)} />
      {reasonFor.length > 0 && (
        <Textarea label={t('claims.workflow.reason')} description={t('claims.workflow.reasonHint')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={reasonError} autosize data-testid="field-reason" />
      )}
      <Group gap="xs">
        {allowed.map((s) => (
          <Button key={s} variant="light" loading={fetching} onClick={() => go(s)} data-testid={`move-${s}`}>
            {t(`claims.workflow.to.${s}`, { defaultValue: s })}
          </Button>
        ))}
      </Group>
    </Stack>
  );
}
