import { Group, TextInput } from '@mantine/core';
import { LANGS } from './langs';
import type { Localized } from './design';

interface Props {
  label: string;
  value: Localized | null | undefined;
  onChange(value: Localized): void;
  testId: string;
  error?: string;
}

/** A text in each of the five languages, side by side (empty: not translated). */
export function LocalizedInput({ label, value, onChange, testId, error }: Props) {
  return (
    <Group gap="xs" grow align="flex-start" data-testid={testId}>
      {LANGS.map((l, i) => (
        <TextInput
          key={l}
          label={`${label} (${l.toUpperCase()})`}
          value={value?.[l] ?? ''}
          onChange={(e) => onChange({ ...(value ?? {}), [l]: e.currentTarget.value })}
          error={i === 0 ? error : undefined}
          data-testid={`${testId}-${l}`}
        />
      ))}
    </Group>
  );
}
