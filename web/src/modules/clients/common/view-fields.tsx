import { createContext, useContext, type ReactNode } from 'react';
import {
  Autocomplete as MantineAutocomplete,
  Checkbox as MantineCheckbox,
  Select as MantineSelect,
  Stack,
  Text,
  TextInput as MantineTextInput,
  Textarea as MantineTextarea,
  type AutocompleteProps,
  type CheckboxProps,
  type ComboboxData,
  type SelectProps,
  type TextInputProps,
  type TextareaProps,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateField as EditableDateField, type DateFieldProps } from '../../../components/date-field';
import { useFormat } from '../../../i18n/format';

/**
 * The card's areas for a user who may not change them (no clients:edit, or an erased card): the
 * fields read as text — label and value — instead of inputs. These stand in for Mantine's inputs in
 * the areas; outside a read-only area (the new-card page, a user who may edit) they are the inputs.
 */
const ReadOnlyContext = createContext(false);

export function ReadOnlyArea({ readOnly, children }: { readOnly: boolean; children: ReactNode }) {
  return <ReadOnlyContext.Provider value={readOnly}>{children}</ReadOnlyContext.Provider>;
}

export function useReadOnlyArea(): boolean {
  return useContext(ReadOnlyContext);
}

type TestIdProps = { 'data-testid'?: string };

/** One field shown as text: its label, then its value (a dash when empty). */
export function ReadOnlyValue({ label, value, testId }: { label: ReactNode; value: ReactNode; testId?: string }) {
  const { t } = useTranslation();
  const empty = value === null || value === undefined || value === '';
  return (
    <Stack gap={2} data-testid={testId} data-readonly-field>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      <Text size="sm" c={empty ? 'dimmed' : undefined} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {empty ? <span aria-label={t('texts.readOnly.empty')}>—</span> : value}
      </Text>
    </Stack>
  );
}

/** The label of the chosen option (plain strings, items, groups of items). */
function optionLabel(data: ComboboxData | undefined, value: string | null | undefined): string {
  if (!value) return '';
  const walk = (items: readonly unknown[]): string | undefined => {
    for (const item of items) {
      if (typeof item === 'string') {
        if (item === value) return item;
      } else if (item && typeof item === 'object') {
        const o = item as { value?: string; label?: string; items?: unknown[] };
        if (o.items) {
          const found = walk(o.items);
          if (found) return found;
        } else if (o.value === value) return o.label ?? o.value;
      }
    }
    return undefined;
  };
  return walk((data ?? []) as readonly unknown[]) ?? value;
}

export function TextInput(props: TextInputProps & TestIdProps) {
  if (!useReadOnlyArea()) return <MantineTextInput {...props} />;
  return <ReadOnlyValue label={props.label} value={props.value as string | undefined} testId={props['data-testid']} />;
}

export function Textarea(props: TextareaProps & TestIdProps) {
  if (!useReadOnlyArea()) return <MantineTextarea {...props} />;
  return <ReadOnlyValue label={props.label} value={props.value as string | undefined} testId={props['data-testid']} />;
}

export function Autocomplete(props: AutocompleteProps & TestIdProps) {
  if (!useReadOnlyArea()) return <MantineAutocomplete {...props} />;
  return <ReadOnlyValue label={props.label} value={props.value} testId={props['data-testid']} />;
}

export function Select(props: SelectProps & TestIdProps) {
  if (!useReadOnlyArea()) return <MantineSelect {...props} />;
  return <ReadOnlyValue label={props.label} value={optionLabel(props.data, props.value)} testId={props['data-testid']} />;
}

export function Checkbox(props: CheckboxProps & TestIdProps) {
  const { t } = useTranslation();
  if (!useReadOnlyArea()) return <MantineCheckbox {...props} />;
  return <ReadOnlyValue label={props.label} value={props.checked ? t('texts.readOnly.yes') : t('texts.readOnly.no')} testId={props['data-testid']} />;
}

export function DateField(props: DateFieldProps & TestIdProps) {
  const format = useFormat();
  if (!useReadOnlyArea()) return <EditableDateField {...props} />;
  const value = props.value instanceof Date ? props.value.toISOString().slice(0, 10) : (props.value as string | null | undefined);
  return <ReadOnlyValue label={props.label} value={format.day(value)} testId={props['data-testid']} />;
}
