import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Button, Group, Paper, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconDeviceFloppy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import type { FieldIssue } from '@agency/shared';
import { errorText } from '../../../graphql/error-text';
import { issueText, issuesToErrors, placeServerErrors, samePath, type PathMap } from '../common/field-errors';
import { focusFirstError } from '../common/focus-error';
import { FormError } from '../../../components/query-state';
import { SectionTitle } from '../common/section-title';
import { ReadOnlyArea } from '../common/view-fields';

interface AreaSubmitOptions<V> {
  /** The shared validators' issues, with the form's field paths. */
  validate(values: V): FieldIssue[];
  /** Sends the area; an error keeps what was typed and lands on the fields. */
  save(values: V): Promise<{ error?: CombinedError }>;
  /** The API's field paths on the form's. */
  map?: PathMap;
  /** Text of the notification after saving. */
  saved: string;
  /** Handles an error itself (e.g. a duplicate); true when handled. */
  onError?(error: CombinedError): boolean;
}

/** Submitting one area of the card (edit by area): validate, send, place the server's field errors. */
export function useAreaSubmit<V>(form: UseFormReturnType<V>, options: AreaSubmitOptions<V>) {
  const { t } = useTranslation();
  const ref = useRef<HTMLFormElement>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    setMessage(null);
    const values = form.getValues();
    const issues = options.validate(values);
    if (issues.length) {
      const { errors, unplaced } = issuesToErrors(t, issues);
      form.setErrors(errors);
      if (unplaced.length) setMessage(unplaced.map((u) => issueText(t, u)).join(' '));
      focusFirstError(ref.current);
      return;
    }
    form.clearErrors();
    setSaving(true);
    const result = await options.save(values);
    setSaving(false);
    if (result.error) {
      if (options.onError?.(result.error)) return;
      const unplaced = placeServerErrors(form, result.error, t, options.map ?? samePath);
      if (unplaced === null) setMessage(errorText(t, result.error));
      else if (unplaced.length) setMessage(unplaced.map((u) => issueText(t, u)).join(' '));
      focusFirstError(ref.current);
      return;
    }
    notifications.show({ color: 'teal', message: options.saved });
  };
  return { ref, submit, message, setMessage, saving };
}

interface AreaFormProps {
  title: string;
  hint?: string;
  canEdit: boolean;
  dirty: boolean;
  area: ReturnType<typeof useAreaSubmit>;
  onReset(): void;
  testId: string;
  children: ReactNode;
}

/** One data area of the card as one form: its fields, and Save / Undo for users who may edit; as text for the others. */
export function AreaForm({ title, hint, canEdit, dirty, area, onReset, testId, children }: AreaFormProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="lg" radius="md">
      <form ref={area.ref} onSubmit={(e) => void area.submit(e)} noValidate aria-label={title} data-testid={testId}>
        <Stack gap="md">
          <SectionTitle title={title} hint={hint} />
          <FormError message={area.message} onClose={() => area.setMessage(null)} />
          {/* without the right to edit, the fields read as text: nothing to type into, nothing to save */}
          <ReadOnlyArea readOnly={!canEdit}>{children}</ReadOnlyArea>
          {canEdit && (
            <Group justify="flex-end">
              <Button variant="default" leftSection={<IconArrowBackUp size={16} />} disabled={!dirty || area.saving} onClick={onReset}>
                {t('clients.panel.undo')}
              </Button>
              <Button type="submit" leftSection={<IconDeviceFloppy size={16} />} loading={area.saving} data-testid={`${testId}-save`}>
                {t('common.save')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
