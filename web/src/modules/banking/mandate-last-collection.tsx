import { useState } from 'react';
import { Badge, Button, Group, Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { errorText } from '../../graphql/error-text';
import { fieldErrors } from '../../graphql/errors';
import { SetSepaMandateLastCollectionMutation } from './queries';

type EndedBy = 'CREDITOR' | 'DEBTOR';

/**
 * The Mandates tab's "last collection" control of one mandate: mark it (the creditor or the debtor ends
 * it; the next run collects it with FNAL and the mandate ends), or take the mark back. The server decides
 * which mandates may be marked; its refusal is shown on the field.
 */
export function MandateLastCollection({ mandate, canEdit, onChanged }: { mandate: { id: string; status: string; recurrence: string; lastCollectionBy?: EndedBy | null }; canEdit: boolean; onChanged: () => void }) {
  const { t } = useTranslation();
  const [, setLast] = useMutation(SetSepaMandateLastCollectionMutation);
  const [by, setBy] = useState<EndedBy>('DEBTOR');
  const [error, setError] = useState<string | null>(null);

  async function save(value: EndedBy | null) {
    setError(null);
    const r = await setLast({ id: mandate.id, by: value });
    if (r.error) {
      const f = fieldErrors(r.error).find((x) => x.field === 'by');
      setError(f ? t(`banking2.lastCollection.reason.${f.reason}`, { defaultValue: f.message }) : errorText(t, r.error));
      return;
    }
    onChanged();
  }

  if (mandate.status === 'ENDED') return <Text size="xs" c="dimmed" data-testid="mandate-ended-note">{t('banking2.lastCollection.endedNote')}</Text>;
  if (mandate.lastCollectionBy) {
    return (
      <Group gap="xs" data-testid="mandate-last-marked" data-by={mandate.lastCollectionBy}>
        <Badge variant="light" color="orange">
          {t('banking2.lastCollection.marked', { by: t(`banking2.lastCollection.by.${mandate.lastCollectionBy}`) })}
        </Badge>
        {canEdit && (
          <Button size="compact-xs" variant="subtle" onClick={() => save(null)} data-testid="mandate-last-undo">
            {t('banking2.lastCollection.undo')}
          </Button>
        )}
      </Group>
    );
  }
  if (!canEdit || mandate.status !== 'ACTIVE' || mandate.recurrence !== 'RCUR') return null;
  return (
    <Group gap="xs" align="start" data-testid="mandate-last-form">
      <Select
        size="xs"
        w={140}
        aria-label={t('banking2.lastCollection.byLabel')}
        data={(['DEBTOR', 'CREDITOR'] as const).map((v) => ({ value: v, label: t(`banking2.lastCollection.by.${v}`) }))}
        value={by}
        onChange={(x) => setBy((x as EndedBy) ?? 'DEBTOR')}
        allowDeselect={false}
        error={error}
        data-testid="field-last-by"
      />
      <Button size="xs" variant="light" color="orange" onClick={() => save(by)} data-testid="mandate-mark-last">
        {t('banking2.lastCollection.mark')}
      </Button>
    </Group>
  );
}
