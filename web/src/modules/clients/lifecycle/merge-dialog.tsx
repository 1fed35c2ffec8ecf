import { useState } from 'react';
import { Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowMerge } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { MergePreviewQuery } from '../queries';
import { MergeClientsMutation } from '../mutations';
import { Loading, FormError } from '../../../components/query-state';
import { errorText } from '../../../graphql/error-text';
import { fieldErrors } from '../../../graphql/errors';
import { ClientPicker, type PickedClient } from '../common/client-picker';
import { clientPath, type ClientCard } from '../common/client-types';
import { issueText } from '../common/field-errors';
import { MergePreview } from './merge-preview';
import { cardLabel, cardLabels } from './card-label';
import { useFormat } from '../../../i18n/format';

/**
 * Merges two cards of the same client (CL-7): pick the other card by searching, choose the one that
 * stays, see what happens, confirm. Everything attached to the other card moves; it is then deleted.
 */
export function MergeDialog({ client, onClose }: { client: ClientCard; onClose(): void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const format = useFormat();
  const [other, setOther] = useState<PickedClient | null>(null);
  const [keep, setKeep] = useState<'this' | 'other'>('this');
  const [message, setMessage] = useState<string | null>(null);
  const [state, merge] = useMutation(MergeClientsMutation);
  const [mine] = useQuery({ query: MergePreviewQuery, variables: { id: client.id }, requestPolicy: 'network-only' });
  const [theirs] = useQuery({ query: MergePreviewQuery, variables: { id: other?.id ?? '' }, pause: !other, requestPolicy: 'network-only' });
  const a = mine.data?.client;
  const b = other ? theirs.data?.client : undefined;
  const target = keep === 'this' ? a : b;
  const source = keep === 'this' ? b : a;
  // Both cards usually bear the same name: each choice says which card it is.
  const [thisLabel, otherLabel] = a && b ? cardLabels(t, format, a, b) : [a ? cardLabel(t, format, a) : client.displayName, other?.displayName ?? ''];

  async function confirm() {
    if (!source || !target) return;
    setMessage(null);
    const result = await merge({ sourceId: source.id, targetId: target.id });
    if (result.error) {
      const fields = fieldErrors(result.error);
      setMessage(fields.length ? fields.map((f) => issueText(t, f)).join(' ') : errorText(t, result.error));
      return;
    }
    const [sourceLabel, targetLabel] = cardLabels(t, format, source, target);
    notifications.show({ color: 'teal', message: t('texts.merge.done', { source: sourceLabel, target: targetLabel }) });
    onClose();
    navigate(clientPath(target.id), { replace: true });
  }

  return (
    <Modal opened onClose={onClose} title={t('clients.merge.title', { client: client.displayName })} closeButtonProps={{ 'aria-label': t('common.close') }} centered size="xl">
      <Stack>
        <Text size="sm">{t('clients.merge.body')}</Text>
        <ClientPicker
          label={t('clients.merge.other')}
          description={t('clients.merge.otherHint')}
          value={other}
          onChange={setOther}
          excludeId={client.id}
          kind={client.kind}
          includeHidden
          withAsterisk
          testId="merge-other"
        />
        {other && (
          <Radio.Group label={t('clients.merge.keepLabel')} value={keep} onChange={(v) => setKeep(v as 'this' | 'other')}>
            <Group mt="xs">
              <Radio value="this" label={t('clients.merge.keepThis', { client: thisLabel })} data-testid="merge-keep-this" />
              <Radio value="other" label={t('clients.merge.keepOther', { client: otherLabel })} data-testid="merge-keep-other" />
            </Group>
          </Radio.Group>
        )}
        {other && (!source || !target) && <Loading />}
        {source && target && <MergePreview source={source} target={target} />}
        <FormError message={message} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button leftSection={<IconArrowMerge size={16} />} onClick={() => void confirm()} disabled={!source || !target} loading={state.fetching} data-testid="merge-confirm">
            {t('clients.merge.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
